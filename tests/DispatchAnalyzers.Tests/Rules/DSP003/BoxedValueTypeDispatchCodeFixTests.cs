using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.BoxedValueTypeDispatchAnalyzer,
    DispatchAnalyzers.CodeFixes.BoxedValueTypeDispatchCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP003 fixes: make the callee generic (shared with DSP001), declare the local with the struct's type, Fix All.</summary>
public sealed class BoxedValueTypeDispatchCodeFixTests
{
    private const string AllLoopsHot = "dispatch_analyzers.hot_loop_scope = all";
    private const string MakeGeneric = BoxedValueTypeDispatchCodeFixProvider.MakeGenericEquivalenceKey;
    private const string RetypeLocal = BoxedValueTypeDispatchCodeFixProvider.RetypeLocalEquivalenceKey;

    private const string Shapes = "\n" + """
        public interface IShape { double Area(); }
        public readonly struct Dot : IShape { public double Area() => 1; }
        public readonly struct Tile : IShape { public double Area() => 2; }
        public sealed class Circle : IShape { public double Area() => 3; }
        """;

    [Fact]
    public async Task PrivateCallee_EveryCallerPassesStructs_InPlaceWithStructConstraint()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run(Dot dot, Tile tile) => Sum([|dot|], 3) + Sum([|tile|], 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run(Dot dot, Tile tile) => Sum(dot, 3) + Sum(tile, 3);

                    private static double Sum<TShape>(TShape shape, int n) where TShape : struct, IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task PrivateCallee_AlsoCalledWithClass_InPlaceWithoutStructConstraint()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run(Dot dot) => AreaOf(new Circle()) + Loop(dot, 3);

                    double Loop(Dot dot, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += AreaOf([|dot|]);
                        return total;
                    }

                    private double AreaOf(IShape shape) => shape.Area();
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run(Dot dot) => AreaOf(new Circle()) + Loop(dot, 3);

                    double Loop(Dot dot, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += AreaOf(dot);
                        return total;
                    }

                    private double AreaOf<TShape>(TShape shape) where TShape : IShape => shape.Area();
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task NullableAnnotatedParameter_StructConstraintDropsTheAnnotation()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                static class Kernel
                {
                    static double AreaOf(IShape? shape) => shape!.Area();

                    static double Sum(Dot dot, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += AreaOf([|dot|]);
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                static class Kernel
                {
                    static double AreaOf<TShape>(TShape shape) where TShape : struct, IShape => shape!.Area();

                    static double Sum(Dot dot, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += AreaOf(dot);
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task PublicCallee_KeepsSignatureAndForwardsToGenericOverload()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                public static class Kernel
                {
                    /// <summary>Sums the area <paramref name="n"/> times.</summary>
                    public static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }

                    public static double Run(Dot dot) => Sum([|dot|], 3) + Sum(new Circle(), 3);
                }
                """ + Shapes,
            FixedCode = """
                public static class Kernel
                {
                    /// <summary>Sums the area <paramref name="n"/> times.</summary>
                    public static double Sum(IShape shape, int n) => Sum<IShape>(shape, n);

                    /// <inheritdoc cref="Sum(IShape, int)"/>
                    public static double Sum<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }

                    public static double Run(Dot dot) => Sum(dot, 3) + Sum(new Circle(), 3);
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task PrivateCalleeAlsoCalledWithNull_Forwards()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run(Dot dot) => Sum([|dot|], 3) + Sum(null!, 0);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run(Dot dot) => Sum(dot, 3) + Sum(null!, 0);

                    private static double Sum(IShape shape, int n) => Sum<IShape>(shape, n);

                    private static double Sum<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task CalleeInAnotherDocument_RewritesThatDocument()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                static class Caller
                {
                    static double Run(Dot dot) => Kernel.Sum([|dot|], 3);
                }
                """ + Shapes,
            FixedCode = """
                static class Caller
                {
                    static double Run(Dot dot) => Kernel.Sum(dot, 3);
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        };
        test.TestState.Sources.Add(("/0/Kernel.cs", """
            static class Kernel
            {
                internal static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Kernel.cs", """
                static class Kernel
                {
                    internal static double Sum<TShape>(TShape shape, int n) where TShape : struct, IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }
                }
                """));
        await test.RunAsync();
    }

    [Fact]
    public async Task ExtensionMethodCallee_BecomesGenericExtension()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                static class Kernel
                {
                    static double Twice(this IShape shape) => 2 * shape.Area();

                    static double Sum(Dot dot, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|dot|].Twice();
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                static class Kernel
                {
                    static double Twice<TShape>(this TShape shape) where TShape : struct, IShape => 2 * shape.Area();

                    static double Sum(Dot dot, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += dot.Twice();
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task CalleeWithOverloadOfSameName_NotRewritten()
    {
        const string code = """
            interface IRound : IShape { }

            struct Ball : IRound { public double Area() => 5; }

            static class Kernel
            {
                static double AreaOf(IShape shape) => shape.Area();
                static double AreaOf(IRound round) => -round.Area();

                static double Sum(Dot dot, Ball ball, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += AreaOf([|dot|]) + AreaOf([|ball|]);
                    return total;
                }
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = code + Shapes,
            FixedCode = code + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MutableStruct_GenericCalleeBehavesAsBoxedCopy()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System;

                public interface ICounter { void Increment(); int Count { get; } }

                public struct Counter : ICounter
                {
                    private int _count;
                    public void Increment() => _count++;
                    public int Count => _count;
                }

                public static class Program
                {
                    private static int Bump(ICounter counter, int n)
                    {
                        for (int i = 0; i < n; i++) counter.Increment();
                        return counter.Count;
                    }

                    public static void Main()
                    {
                        var counter = new Counter();
                        counter.Increment();
                        Console.WriteLine(Bump([|counter|], 5));
                        Console.WriteLine(Bump([|counter|], 5));
                        Console.WriteLine(counter.Count);
                    }
                }
                """,
            FixedCode = """
                using System;

                public interface ICounter { void Increment(); int Count { get; } }

                public struct Counter : ICounter
                {
                    private int _count;
                    public void Increment() => _count++;
                    public int Count => _count;
                }

                public static class Program
                {
                    private static int Bump<TCounter>(TCounter counter, int n) where TCounter : struct, ICounter
                    {
                        for (int i = 0; i < n; i++) counter.Increment();
                        return counter.Count;
                    }

                    public static void Main()
                    {
                        var counter = new Counter();
                        counter.Increment();
                        Console.WriteLine(Bump(counter, 5));
                        Console.WriteLine(Bump(counter, 5));
                        Console.WriteLine(counter.Count);
                    }
                }
                """,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();
    }

    [Fact]
    public async Task DefaultInterfaceMemberCalledOnParameter_NotMadeGeneric()
    {
        // On a struct type parameter the runtime would box a fresh copy for IncrementTwice: Bump would print 0, not 6.
        const string code = """
            using System;

            public interface ICounter
            {
                void Increment();
                int Count { get; }
                void IncrementTwice() { Increment(); Increment(); }
            }

            public struct Counter : ICounter
            {
                private int _count;
                public void Increment() => _count++;
                public int Count => _count;
            }

            public static class Program
            {
                private static int Bump(ICounter counter, int n)
                {
                    for (int i = 0; i < n; i++) counter.IncrementTwice();
                    return counter.Count;
                }

                public static void Main() => Console.WriteLine(Bump([|new Counter()|], 3));
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = code,
            FixedCode = code,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
        }.RunAsync();
    }

    [Fact]
    public async Task FixAll_SeveralCallSitesAndCalleesAcrossDocuments_RewritesEachCalleeOnce()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public static class Caller
                {
                    public static double Run(Dot dot, Tile tile, int n)
                    {
                        double total = Kernel.Sum([|dot|], n) + Kernel.Sum([|tile|], n) + Kernel.Max([|dot|], n);
                        for (int i = 0; i < n; i++) total += Kernel.AreaOf([|tile|]);
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                public static class Caller
                {
                    public static double Run(Dot dot, Tile tile, int n)
                    {
                        double total = Kernel.Sum(dot, n) + Kernel.Sum(tile, n) + Kernel.Max(dot, n);
                        for (int i = 0; i < n; i++) total += Kernel.AreaOf(tile);
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        };
        test.TestState.Sources.Add(("/0/Kernel.cs", """
            public static class Kernel
            {
                internal static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }

                public static double Max(IShape shape, int n)
                {
                    double max = 0;
                    for (int i = 0; i < n; i++) max = System.Math.Max(max, shape.Area());
                    return max;
                }

                internal static double AreaOf(IShape shape) => shape.Area();
            }
            """));
        test.FixedState.Sources.Add(("/0/Kernel.cs", """
                public static class Kernel
                {
                    internal static double Sum<TShape>(TShape shape, int n) where TShape : struct, IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }

                    public static double Max(IShape shape, int n) => Max<IShape>(shape, n);

                    public static double Max<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double max = 0;
                        for (int i = 0; i < n; i++) max = System.Math.Max(max, shape.Area());
                        return max;
                    }

                    internal static double AreaOf<TShape>(TShape shape) where TShape : struct, IShape => shape.Area();
                }
                """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Local_DeclaredWithStructType()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Sum(Dot[] dots, int n)
                    {
                        IShape? shape = [|new Dot()|];
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            shape = [|dots[i]|];
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Sum(Dot[] dots, int n)
                    {
                        Dot shape = new Dot();
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            shape = dots[i];
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = RetypeLocal,
        }.RunAsync();
    }

    [Fact]
    public async Task Local_MutableStructAndCopies_BehavesAsBefore()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System;

                public interface ICounter { void Increment(); int Count { get; } }

                public struct Counter : ICounter
                {
                    private int _count;
                    public void Increment() => _count++;
                    public int Count => _count;
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var original = new Counter();
                        ICounter counter = [|original|];
                        for (int i = 0; i < 20; i++) counter.Increment();
                        Func<int> read = () => counter.Count;
                        counter.Increment();
                        Console.WriteLine(read());
                        Console.WriteLine(original.Count);
                    }
                }
                """,
            FixedCode = """
                using System;

                public interface ICounter { void Increment(); int Count { get; } }

                public struct Counter : ICounter
                {
                    private int _count;
                    public void Increment() => _count++;
                    public int Count => _count;
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var original = new Counter();
                        Counter counter = original;
                        for (int i = 0; i < 20; i++) counter.Increment();
                        Func<int> read = () => counter.Count;
                        counter.Increment();
                        Console.WriteLine(read());
                        Console.WriteLine(original.Count);
                    }
                }
                """,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = RetypeLocal,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();
    }

    [Fact]
    public async Task Local_NotOffered_WhenTheStructWouldBindDifferently()
    {
        const string code = """
            public interface IScaled { double Scale(double factor = 1); double Area(); }

            public struct Explicit : IScaled
            {
                double IScaled.Area() => 1;
                public double Area() => -1;
                public double Scale(double factor = 1) => factor;
            }

            public struct Overloaded : IScaled
            {
                public double Area() => 1;
                public double Scale(double factor = 1) => factor;
                public double Scale(int factor) => -factor;
            }

            public struct Defaults : IScaled
            {
                public double Area() => 1;
                public double Scale(double factor = 2) => factor;
            }

            class C
            {
                double Sum(int n)
                {
                    IScaled a = [|new Explicit()|];
                    IScaled b = [|new Overloaded()|];
                    IScaled c = [|new Defaults()|];
                    IScaled d = [|new Dot2()|];
                    if (n > 3) d = [|new Explicit()|];
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += a.Area() + b.Scale(2) + c.Scale() + d.Area() + c.Scale(factor: 3);
                    }

                    return total;
                }
            }

            public struct Dot2 : IScaled
            {
                public double Area() => 1;
                public double Scale(double factor = 1) => factor;
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = code,
            FixedCode = code,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = RetypeLocal,
        }.RunAsync();
    }

    [Fact]
    public async Task FixAll_Locals_RetypesEachLocalOnce()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Sum(Dot[] dots)
                    {
                        IShape first = [|new Dot()|], ignored = new Circle();
                        IShape shape = [|new Dot()|];
                        IShape tile = [|new Tile()|];
                        double total = 0;
                        foreach (var dot in dots)
                        {
                            shape = [|dot|];
                            total += shape.Area() + tile.Area() + first.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Sum(Dot[] dots)
                    {
                        IShape first = new Dot(), ignored = new Circle();
                        Dot shape = new Dot();
                        Tile tile = new Tile();
                        double total = 0;
                        foreach (var dot in dots)
                        {
                            shape = dot;
                            total += shape.Area() + tile.Area() + first.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = RetypeLocal,
            FixedState = { ExpectedDiagnostics = { VerifyCS.Diagnostic().WithSpan(5, 24, 5, 33).WithArguments("Dot", "IShape", "and dispatched on through local 'first' in a hot loop") } },
        };
        test.TestState.Sources.Add(("/0/Other.cs", """
            static class D
            {
                static double Run(int n)
                {
                    IShape shape = [|new Tile()|];
                    double total = 0;
                    while (n-- > 0) total += shape.Area();
                    return total;
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Other.cs", """
                static class D
                {
                    static double Run(int n)
                    {
                        Tile shape = new Tile();
                        double total = 0;
                        while (n-- > 0) total += shape.Area();
                        return total;
                    }
                }
                """));
        await test.RunAsync();
    }
}
