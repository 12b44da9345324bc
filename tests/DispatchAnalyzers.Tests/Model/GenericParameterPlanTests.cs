using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>
/// <see cref="GenericParameterPlan.Applies"/> (what the analyzers decide, searching the callers only of an overridable
/// method) answers exactly as <see cref="GenericParameterPlan.Create"/> (what the fixers build) does.
/// </summary>
public sealed class GenericParameterPlanTests
{
    private const string Shapes = """
        public interface IShape { double Area(); }
        public struct Dot : IShape { public double Area() => 0; }
        public sealed class Circle : IShape { public double Area() => 1; }
        """;

    [Theory]
    [InlineData("Internal", true)] // calls pass a struct and a class: in place
    [InlineData("Public", true)] // visible outside: a forwarding overload
    [InlineData("VirtualCalledOutside", true)] // overridable, called with concrete types from another type only
    [InlineData("VirtualCalledInside", false)] // overridable, called inside its type with a concrete type: the caller search rules it out
    [InlineData("VirtualCalledInsideWithInterface", true)] // overridable, the call inside passes the interface itself
    [InlineData("StoresParameter", false)] // the body keeps the box
    [InlineData("Overloaded", false)] // another method of the name
    [InlineData("ClassTyped", false)] // not an interface parameter
    public void Applies_AnswersAsCreate(string method, bool expected)
    {
        var compilation = Compile();
        var parameter = compilation.GetSymbolsWithName(method, SymbolFilter.Member).OfType<IMethodSymbol>().First().Parameters[0];
        var finder = new SymbolReferenceFinder(compilation);
        var visibility = new AssemblyVisibility(compilation);

        Assert.Equal(expected, GenericParameterPlan.Create(parameter, finder, visibility, compilation, default) is not null);
        Assert.Equal(expected, GenericParameterPlan.Applies(parameter, finder, compilation, default));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Tests\")]", false)]
    public void InternalMethod_InPlaceUnlessAFriendAssemblyCanCallIt(string attribute, bool inPlace)
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            [CSharpSyntaxTree.ParseText(attribute + Shapes + """
                internal static class Kernels
                {
                    internal static double Sum(IShape s) => s.Area();
                    internal static double Run() => Sum(new Dot());
                }
                """)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var parameter = compilation.GetSymbolsWithName("Sum", SymbolFilter.Member).OfType<IMethodSymbol>().Single().Parameters[0];

        var plan = GenericParameterPlan.Create(parameter, compilation, default);

        Assert.NotNull(plan);
        Assert.Equal(inPlace, plan.InPlace);
    }

    private static CSharpCompilation Compile()
        => CSharpCompilation.Create(
            "Test",
            [CSharpSyntaxTree.ParseText(Shapes + """
                public class Kernels
                {
                    internal static double Internal(IShape s) => s.Area();
                    public static double Public(IShape s) => s.Area();
                    public virtual double VirtualCalledOutside(IShape s) => s.Area();
                    public virtual double VirtualCalledInside(IShape s) => s.Area();
                    public virtual double VirtualCalledInsideWithInterface(IShape s) => s.Area();
                    private IShape _kept;
                    internal double StoresParameter(IShape s) { _kept = s; return s.Area(); }
                    internal static double Overloaded(IShape s) => s.Area();
                    internal static double Overloaded(IShape s, int n) => s.Area() * n;
                    internal static double ClassTyped(Circle s) => s.Area();
                    private double Inside(IShape shape) => VirtualCalledInside(new Dot()) + VirtualCalledInsideWithInterface(shape);
                }

                internal static class Callers
                {
                    internal static double Run(Kernels k) => Kernels.Internal(new Dot()) + Kernels.Internal(new Circle()) + Kernels.Public(new Dot())
                        + k.VirtualCalledOutside(new Dot()) + Kernels.Overloaded(new Dot()) + Kernels.ClassTyped(new Circle());
                }
                """)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
