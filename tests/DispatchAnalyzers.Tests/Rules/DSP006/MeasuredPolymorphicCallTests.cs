using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Model.Profile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.MeasuredPolymorphicCallAnalyzer,
    DispatchAnalyzers.CodeFixes.MeasuredPolymorphicCallCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP006: what the profile shows hot and polymorphic is reported, wherever it is; nothing else is.</summary>
public sealed class MeasuredPolymorphicCallTests
{
    public const string Shapes = "\n" + """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        public sealed class Square : IShape { public double Area() => 4; }
        public sealed class Triangle : IShape { public double Area() => 5; }
        public sealed class Item { public IShape Shape { get; set; } = new Circle(); }
        """;

    private const string SumOfItems = """
        public static class Scene
        {
            public static double Sum(Item[] items)
            {
                double total = 0;
                foreach (var item in items) total += {|#0:item.Shape.Area()|};
                return total;
            }
        }
        """ + Shapes;

    private const string Sum = "M:Scene.Sum(Item[])";
    private const string Area = "M:IShape.Area";

    [Fact]
    public Task PropertyOfElementReceiver_HotAndPolymorphic_ReportsMeasuredShares()
        => Verify(
            SumOfItems,
            MeasuredProfile.For(SumOfItems, runs: 3, MeasuredProfile.Hot(Sum, Area, ("Circle", 40), ("Square", 30), ("Triangle", 20), ("Hexagon", 10))),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                "IShape.Area", "item.Shape", "measured: Circle 40 %, Square 30 %, Triangle 20 %, 1 more; 100 samples over 3 runs"));

    [Fact]
    public Task RecursiveCallOutsideAnyLoop_Reports()
    {
        const string code = """
            public abstract class Node { public abstract int Eval(); }
            public sealed class Lit(int value) : Node { public override int Eval() => value; }
            public sealed class Neg(Node inner) : Node { public override int Eval() => -{|#0:inner.Eval()|}; }
            """;
        return Verify(
            code,
            MeasuredProfile.For(code, MeasuredProfile.Hot("M:Neg.Eval", "M:Node.Eval", ("Neg", 16), ("Lit", 16))),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("Node.Eval", "inner", "measured: Neg 50 %, Lit 50 %; 32 samples over 1 run"));
    }

    [Fact]
    public Task DelegateCall_Reports()
    {
        const string code = """
            public static class Mapper
            {
                public static int Apply(System.Func<int, int> f, int n)
                {
                    int total = 0;
                    for (int i = 0; i < n; i++) total += {|#0:f(i)|};
                    return total;
                }
            }
            """;
        return Verify(
            code,
            MeasuredProfile.For(code, MeasuredProfile.Hot("M:Mapper.Apply(System.Func{System.Int32,System.Int32},System.Int32)", "M:System.Func`2.Invoke(`0)", ("Doubler", 20), ("Squarer", 12))),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("Func.Invoke", "f", "measured: Doubler 63 %, Squarer 38 %; 32 samples over 1 run"));
    }

    [Fact]
    public Task ChangedMember_IsInfoAndSaysProfileMayBeStale()
        => Verify(
            SumOfItems,
            TestProfile.Json(MeasuredProfile.Hot(Sum, Area, ("Circle", 20), ("Square", 12)) with { MemberSourceHash = "00" }),
            VerifyCS.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments(
                "IShape.Area", "item.Shape", "measured: Circle 63 %, Square 38 %; 32 samples over 1 run; profile may be stale"));

    [Fact]
    public Task ImplicitThisReceiver_MessageSaysThis()
    {
        const string code = """
            public abstract class Shape
            {
                public abstract double Area();
                public double Twice() => 2 * {|#0:Area()|};
            }
            public sealed class Round : Shape { public override double Area() => 3; }
            public sealed class Flat : Shape { public override double Area() => 4; }
            """;
        return Verify(
            code,
            MeasuredProfile.For(code, MeasuredProfile.Hot("M:Shape.Twice", "M:Shape.Area", ("Round", 16), ("Flat", 16))),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("Shape.Area", "this", "measured: Round 50 %, Flat 50 %; 32 samples over 1 run"));
    }

    /// <summary>
    /// Emphasis and Link inherit Container's override of <c>Insert</c> and <c>Eval</c>; every node shares Node's
    /// <c>IData.Get</c>; Literal has its own <c>Eval</c> and Node's <c>Insert</c>.
    /// </summary>
    private static string Containers(string calls) => """
        public interface IData { int Get(); }
        public abstract class Node : IData
        {
            public int Get() => 1;
            public virtual int Insert() => 0;
            public abstract int Eval();
        }
        public class Container : Node { public override int Insert() => 1; public override int Eval() => 1; }
        public sealed class Emphasis : Container { }
        public sealed class Link : Container { }
        public sealed class Literal : Node { public override int Eval() => 2; }
        public sealed class Holder { public Node Node { get; set; } = new Literal(); }
        public static class Walker
        {
            public static int Walk(Holder[] holders)
            {
                int total = 0;
                foreach (var h in holders) total += 
        """ + calls + """
        ;
                return total;
            }
        }
        """;

    private const string Walk = "M:Walker.Walk(Holder[])";

    [Fact]
    public Task SeveralTypesOneImplementation_DoesNotReport()
    {
        var code = Containers("h.Node.Insert() + ((IData)h.Node).Get()");
        return Verify(
            code,
            MeasuredProfile.For(
                code,
                MeasuredProfile.Hot(Walk, "M:Node.Insert", ("Emphasis", 20), ("Link", 12), ("Container", 8)),
                MeasuredProfile.Hot(Walk, "M:IData.Get", ("Emphasis", 20), ("Link", 12), ("Literal", 8))));
    }

    [Fact]
    public Task SeveralImplementations_PolymorphicByTheSharesOfImplementations()
    {
        var code = Containers("h.Node.Insert() + {|#0:h.Node.Eval()|}");
        return Verify(
            code,
            MeasuredProfile.For(
                code,
                MeasuredProfile.Hot(Walk, "M:Node.Insert", ("Emphasis", 45), ("Link", 45), ("Literal", 10)),
                MeasuredProfile.Hot(Walk, "M:Node.Eval", ("Literal", 40), ("Emphasis", 30), ("Link", 30))),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("Node.Eval", "h.Node", "measured: Literal 40 %, Emphasis 30 %, Link 30 %; 100 samples over 1 run"));
    }

    [Fact]
    public Task MonomorphicSite_DoesNotReport()
        => Verify(Quiet(SumOfItems), MeasuredProfile.For(SumOfItems, MeasuredProfile.Hot(Sum, Area, ("Circle", 32))));

    [Fact]
    public Task ColdSite_DoesNotReport()
        => Verify(Quiet(SumOfItems), MeasuredProfile.For(SumOfItems, new TestSite(Sum, Area, 0, 10, ("Circle", 20), ("Square", 12))));

    [Fact]
    public Task SiteNotInProfile_DoesNotReport()
        => Verify(Quiet(SumOfItems), MeasuredProfile.For(SumOfItems, MeasuredProfile.Hot("M:Scene.Other", Area, ("Circle", 20), ("Square", 12))));

    [Fact]
    public Task NoProfile_DoesNotReport()
        => VerifyCS.VerifyAnalyzerAsync(Quiet(SumOfItems));

    private const string MixedList = """
        using System.Collections.Generic;

        public static class Scene
        {
            public static double Sum()
            {
                var shapes = new List<IShape> { new Circle(), new Square() };
                double total = 0;
                foreach (var shape in shapes) total += {|#0:shape.Area()|};
                return total;
            }
        }
        """ + Shapes;

    [Fact]
    public Task SiteDsp002Reports_IsLeftToDsp002()
        => Verify(Quiet(MixedList), MeasuredProfile.For(MixedList, MeasuredProfile.Hot("M:Scene.Sum", Area, ("Circle", 16), ("Square", 16))), editorConfig: "dispatch_analyzers.hot_loop_scope = all");

    [Fact]
    public Task SiteDsp002WouldReport_ButDsp002IsOff_Reports()
        => Verify(
            MixedList,
            MeasuredProfile.For(MixedList, MeasuredProfile.Hot("M:Scene.Sum", Area, ("Circle", 16), ("Square", 16))),
            "dispatch_analyzers.hot_loop_scope = all\ndotnet_diagnostic.DSP002.severity = none",
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("IShape.Area", "shape", "measured: Circle 50 %, Square 50 %; 32 samples over 1 run"));

    /// <summary>The source without its diagnostic markup: nothing is expected there.</summary>
    private static string Quiet(string code) => code.Replace("{|#0:", "").Replace("|}", "");

    private static Task Verify(string code, string profile, params DiagnosticResult[] expected)
        => Verify(code, profile, editorConfig: null, expected);

    private static Task Verify(string code, string profile, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = code, EditorConfig = editorConfig };
        test.TestState.AdditionalFiles.Add((MeasuredProfile.Path, profile));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
