using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnLoopInvariantReceiverAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnLoopInvariantReceiverCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>
/// DSP001 fixes that must NOT be offered, because the rewrite could change behaviour or would not pay: each test reports
/// the diagnostic and expects the code unchanged under the named action.
/// </summary>
public sealed class DispatchOnLoopInvariantReceiverFixEligibilityTests
{
    private const string AllLoops = "dispatch_analyzers.hot_loop_scope = all\n" + SingleTypeSites;

    /// <summary>One-type sites are reported only on request (Dynamic PGO guards them); these tests are about such sites too.</summary>
    internal const string SingleTypeSites = "dispatch_analyzers.report_single_type_sites = true";
    private const string Hoist = DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey;
    private const string MakeGeneric = DispatchOnLoopInvariantReceiverCodeFixProvider.MakeGenericEquivalenceKey;

    private const string Shapes = "\n" + """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        public sealed class Square : IShape { public double Area() => 4; }
        public sealed class Triangle : IShape { public double Area() => 5; }
        public class Open : IShape { public double Area() => 6; }
        public struct Mutable : IShape { public int Calls; public double Area() => ++Calls; }
        public readonly struct Fixed : IShape { public double Area() => 7; }
        """;

    [Theory]
    [InlineData("Sum(new Circle(), 1) + Sum(new Square(), 1) + Sum(new Triangle(), 1)", "dispatch_analyzers.max_hoisted_types = 2")]
    [InlineData("Sum(new Circle(), 1)", "dispatch_analyzers.max_hoisted_types = 0")]
    [InlineData("Sum(new Circle(), 1) + Sum(new Open(), 1)", "")]
    [InlineData("Sum(new Mutable(), 1)", "")]
    [InlineData("Sum(GetAny(), 1)", "")]
    public Task HoistNotOffered_TooManyOrUnsafeOrUnknownTypes(string callers, string editorConfig)
        => NotOffered(Hoist, $$"""
            class C
            {
                double Run() => {{callers}};
                static IShape GetAny() => new Circle();

                private static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|shape.Area|]();
                    return total;
                }
            }
            """, AllLoops + "\n" + editorConfig);

    [Fact]
    public Task HoistOffered_ReadOnlyStruct_KeywordAvoidedInName()
        => new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Fixed(), 1);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|shape.Area|]();
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Fixed(), 1);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Fixed fixed1)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++) total1 += fixed1.Area();
                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++) total += shape.Area();
                        }
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoops,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();

    [Fact]
    public Task HoistNotOffered_MutableField()
        => NotOffered(Hoist, """
            class C
            {
                private IShape _shape = new Circle();
                public void Use(Square s) => _shape = s;

                double Sum(int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|_shape.Area|]();
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task HoistNotOffered_LocalWrittenByLambda()
        => NotOffered(Hoist, """
            using System;
            class C
            {
                double Sum(int n)
                {
                    IShape shape = new Circle();
                    Action swap = () => shape = new Square();
                    double total = 0;
                    for (int i = 0; i < n; i++) { total += [|shape.Area|](); if (i == 3) swap(); }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task HoistNotOffered_LocalAliasedByRef()
        => NotOffered(Hoist, """
            class C
            {
                double Sum(int n)
                {
                    IShape shape = new Circle();
                    ref IShape alias = ref shape;
                    double total = 0;
                    for (int i = 0; i < n; i++) { total += [|shape.Area|](); alias = new Square(); }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task HoistNotOffered_LoopWithLabel()
        => NotOffered(Hoist, """
            class C
            {
                double Run() => Sum(new Circle(), 1);

                double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += [|shape.Area|]();
                        if (total > 100) goto done;
                    }
                    done:
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task HoistNotOffered_LabelledLoop()
        => NotOffered(Hoist, """
            class C
            {
                double Run() => Sum(new Circle(), 1) + Sum(new Square(), 1);

                double Sum(IShape shape, int n)
                {
                    double total = 0;
                    again:
                    for (int i = 0; i < n; i++)
                    {
                        total += [|shape.Area|]();
                    }

                    if (total < 0) goto again;
                    return total;
                }
            }
            """, AllLoops);

    [Theory]
    [InlineData("Keep(shape);")]
    [InlineData("if (shape == null) return 0;")]
    [InlineData("IShape copy = shape;")]
    public Task MakeGenericNotOffered_ParameterUsedBeyondMemberCalls(string otherUse)
        => NotOffered(MakeGeneric, $$"""
            class C
            {
                double Run() => Sum(new Fixed(), 1);
                static void Keep(IShape s) { }

                private static double Sum(IShape shape, int n)
                {
                    {{otherUse}}
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|shape.Area|]();
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task MakeGenericNotOffered_NoStructImplementsTheInterface()
        => NotOffered(MakeGeneric, """
            public interface IPlain { double Area(); }
            public sealed class Round : IPlain { public double Area() => 1; }
            class C
            {
                double Run() => Sum(new Round(), 1);

                private static double Sum(IPlain shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|shape.Area|]();
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task HoistAndMakeGenericNotOffered_LoopWithSyntaxError()
    {
        // Found by the 10,000-variant robustness run: formatting the duplicated broken loop threw inside Roslyn.
        const string code = """
            public interface IPlain { double Area(); }
            public readonly struct Dot : IPlain { public double Area() => 1; }
            class C
            {
                double Run() => Sum(new Dot(), 1);

                private static double Sum(IPlain shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|shape.Area|]() *{|CS1525:;|}
                    return total;
                }
            }
            """;
        return Task.WhenAll(
            new VerifyCS.Test { TestCode = code, FixedCode = code, EditorConfig = AllLoops, CodeActionEquivalenceKey = Hoist }.RunAsync(),
            new VerifyCS.Test { TestCode = code, FixedCode = code, EditorConfig = AllLoops, CodeActionEquivalenceKey = MakeGeneric }.RunAsync());
    }

    private static Task NotOffered(string equivalenceKey, string code, string editorConfig)
    {
        var source = code + Shapes;
        return new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source,
            EditorConfig = editorConfig,
            CodeActionEquivalenceKey = equivalenceKey,
        }.RunAsync();
    }
}
