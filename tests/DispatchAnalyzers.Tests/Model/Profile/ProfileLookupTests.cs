using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DispatchAnalyzers.Tests.Model.Profile;

/// <summary>The profile's index: keyed by (member, callee, ordinal), filtered to the compilation's assembly.</summary>
public sealed class ProfileLookupTests
{
    private const string Shapes = """
        public interface IShape { double Area(); double Scale { get; set; } }
        public sealed class Circle : IShape { public double Area() => 1; public double Scale { get; set; } }
        public sealed class Square : IShape { public double Area() => 2; public double Scale { get; set; } }
        """;

    [Fact]
    public void SecondCallOfTheCallee_FindsTheEntryWithOrdinalOne()
    {
        var compilation = new ProfiledCompilation(
            Shapes + """
            public static class Scene
            {
                public static double Render(IShape[] shapes, IShape first)
                {
                    var total = first.Area();
                    foreach (var s in shapes) { total += s.Area(); }
                    return total;
                }
            }
            """,
            TestProfile.Json(
                new TestSite("M:Scene.Render(IShape[],IShape)", "M:IShape.Area", 0, 10, ("Circle", 32)),
                new TestSite("M:Scene.Render(IShape[],IShape)", "M:IShape.Area", 1, 90, ("Circle", 20), ("Square", 12))));

        var first = compilation.Find<InvocationExpressionSyntax>("first.Area()");
        var second = compilation.Find<InvocationExpressionSyntax>("s.Area()");

        Assert.Equal(new[] { 32 }, first!.Targets.Select(t => t.Count));
        Assert.Equal(new[] { "Circle", "Square" }, second!.Targets.Select(t => t.Name));
        Assert.Equal(90, second.Percentile);
        Assert.True(compilation.Model.Profile.IsPresent);
    }

    [Fact]
    public void CallInsideLambda_CountsAsCallOfTheDeclaringMember()
    {
        var compilation = new ProfiledCompilation(
            Shapes + """
            public static class Scene
            {
                public static double Render(System.Collections.Generic.List<IShape> shapes, IShape first)
                {
                    System.Func<IShape, double> area = s => s.Area();
                    return first.Area() + shapes.Sum(area);
                }

                private static double Sum(this System.Collections.Generic.List<IShape> shapes, System.Func<IShape, double> f) => f(shapes[0]);
            }
            """,
            TestProfile.Json(new TestSite("M:Scene.Render(System.Collections.Generic.List{IShape},IShape)", "M:IShape.Area", 0, 90, ("Circle", 20), ("Square", 12))));

        Assert.NotNull(compilation.Find<InvocationExpressionSyntax>("s.Area()"));
        Assert.Null(compilation.Find<InvocationExpressionSyntax>("first.Area()"));
    }

    [Fact]
    public void PropertyGetterAndSetter_AreDifferentCallees()
    {
        var compilation = new ProfiledCompilation(
            Shapes + """
            public static class Scene
            {
                public static void Grow(IShape shape) { shape.Scale = shape.Scale * 2; }
            }
            """,
            TestProfile.Json(
                new TestSite("M:Scene.Grow(IShape)", "M:IShape.get_Scale", 0, 90, ("Circle", 20), ("Square", 12)),
                new TestSite("M:Scene.Grow(IShape)", "M:IShape.set_Scale(System.Double)", 0, 90, ("Square", 32))));

        Assert.Equal("Circle", compilation.Find<MemberAccessExpressionSyntax>("shape.Scale", 1)!.Targets[0].Name);
        Assert.Equal("Square", compilation.Find<MemberAccessExpressionSyntax>("shape.Scale", 0)!.Targets[0].Name);
    }

    [Fact]
    public void EntryOfAnotherAssembly_IsIgnored()
    {
        var compilation = new ProfiledCompilation(
            Shapes + "public static class Scene { public static double Render(IShape s) => s.Area(); }",
            TestProfile.Json(new TestSite("M:Scene.Render(IShape)", "M:IShape.Area", 0, 90, ("Circle", 20), ("Square", 12)) { Assembly = "Other" }));

        Assert.Null(compilation.Find<InvocationExpressionSyntax>("s.Area()"));
        Assert.False(compilation.Model.Profile.IsPresent);
    }

    [Fact]
    public void ProfileInAnyFolderAnyCase_IsFound()
    {
        var compilation = new ProfiledCompilation(
            Shapes + "public static class Scene { public static double Render(IShape s) => s.Area(); }",
            TestProfile.Json(new TestSite("M:Scene.Render(IShape)", "M:IShape.Area", 0, 90, ("Circle", 20), ("Square", 12))),
            profilePath: "/shared/profiles/Dispatch-Profile.JSON");

        Assert.NotNull(compilation.Find<InvocationExpressionSyntax>("s.Area()"));
    }

    [Fact]
    public void NoProfile_FindsNothing()
    {
        var compilation = new ProfiledCompilation(Shapes + "public static class Scene { public static double Render(IShape s) => s.Area(); }", profileJson: null);

        Assert.Null(compilation.Find<InvocationExpressionSyntax>("s.Area()"));
        Assert.False(compilation.Model.Profile.IsPresent);
    }
}
