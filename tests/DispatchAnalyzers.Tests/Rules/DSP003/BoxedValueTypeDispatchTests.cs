using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Rules.BoxedValueTypeDispatchAnalyzer>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP003 analyzer: both triggers (boxing in a hot loop, a box dispatched in a hot loop), and every case it leaves alone.</summary>
public sealed class BoxedValueTypeDispatchTests
{
    private const string AllLoops = "dispatch_analyzers.hot_loop_scope = all";

    /// <summary>An interface, a struct and a class implementing it.</summary>
    private const string Shapes = """
        public interface IShape { double Area(); System.Threading.Tasks.Task DrawAsync(); }
        public readonly struct Dot : IShape { public double Area() => 1; public System.Threading.Tasks.Task DrawAsync() => System.Threading.Tasks.Task.CompletedTask; }
        public sealed class Circle : IShape { public double Area() => 3; public System.Threading.Tasks.Task DrawAsync() => System.Threading.Tasks.Task.CompletedTask; }
        """;

    [Fact]
    public Task ArgumentBoxedInHotLoop_CalleeDispatches_Reports()
        => Verify("""
            static class Kernel
            {
                static double AreaOf(IShape shape) => shape.Area();

                static double Sum(Dot dot, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += AreaOf({|#0:dot|});
                    return total;
                }
            }
            """, AllLoops, Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("'Dot' is boxed to 'IShape' in every iteration of a hot loop, then dispatched on in 'Kernel.AreaOf'"));

    [Fact]
    public Task ArgumentBoxedOnce_CalleeDispatchesInHotLoop_Reports()
        => Verify("""
            static class Kernel
            {
                static double Run() => Sum({|#0:new Dot()|}, 100);

                static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }
            }
            """, AllLoops, Diagnostic().WithLocation(0)
                .WithMessage("'Dot' is boxed to 'IShape' and dispatched on in a hot loop of 'Kernel.Sum'"));

    [Fact]
    public Task CalleeInAnotherFile_HotByAttribute_Reports()
        => new VerifyCS.Test
        {
            TestCode = Shapes + "\n" + """
                static class Caller
                {
                    static double Run(Dot dot) => Kernel.Sum({|#0:dot|}, 100);
                }
                """,
            TestState =
            {
                Sources = { ("/0/Kernel.cs", """
                    using System;

                    sealed class HotPathAttribute : Attribute { }

                    static class Kernel
                    {
                        [HotPath]
                        internal static double Sum(IShape shape, int n)
                        {
                            double total = 0;
                            for (int i = 0; i < n; i++) total += shape.Area();
                            return total;
                        }
                    }
                    """) },
            },
            ExpectedDiagnostics = { Diagnostic().WithLocation(0).WithArguments("Dot", "IShape", "and dispatched on in a hot loop of 'Kernel.Sum'") },
        }.RunAsync();

    [Fact]
    public Task ExtensionMethodReceiver_Reports()
        => Verify("""
            static class Kernel
            {
                static double Twice(this IShape shape) => 2 * shape.Area();

                static double Sum(Dot dot, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += {|#0:dot|}.Twice();
                    return total;
                }
            }
            """, AllLoops, Diagnostic().WithLocation(0).WithArguments("Dot", "IShape", "in every iteration of a hot loop, then dispatched on in 'Kernel.Twice'"));

    [Fact]
    public Task StructConstrainedTypeParameter_Reports()
        => Verify("""
            static class Kernel
            {
                static double AreaOf(IShape shape) => shape.Area();

                static double Sum<T>(T value, int n) where T : struct, IShape
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += AreaOf({|#0:value|});
                    return total;
                }
            }
            """, AllLoops, Diagnostic().WithLocation(0).WithArguments("T", "IShape", "in every iteration of a hot loop, then dispatched on in 'Kernel.AreaOf'"));

    [Fact]
    public Task LocalInitializedFromStruct_DispatchedInHotLoop_Reports()
        => Verify("""
            static class Kernel
            {
                static double Sum(int n)
                {
                    IShape shape = {|#0:new Dot()|};
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }
            }
            """, AllLoops, Diagnostic().WithLocation(0)
                .WithMessage("'Dot' is boxed to 'IShape' and dispatched on through local 'shape' in a hot loop"));

    [Fact]
    public Task LocalAssignedInsideHotLoop_EveryStoreReports()
        => Verify("""
            static class Kernel
            {
                static double Sum(Dot[] dots)
                {
                    IShape shape = {|#0:default(Dot)|};
                    double total = 0;
                    foreach (var dot in dots)
                    {
                        shape = {|#1:dot|};
                        total += shape.Area();
                    }

                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("Dot", "IShape", "and dispatched on through local 'shape' in a hot loop"),
            Diagnostic().WithLocation(1).WithArguments("Dot", "IShape", "and dispatched on through local 'shape' in a hot loop"));

    [Fact]
    public Task DefaultScope_SingleLoopInUnmarkedCallee_NotReported()
        => Verify("""
            static class Kernel
            {
                static double Run() => Sum(new Dot(), 100);

                static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }
            }
            """, editorConfig: string.Empty);

    [Fact]
    public Task DefaultScope_NestedLoops_Reports()
        => Verify("""
            static class Kernel
            {
                static double AreaOf(IShape shape) => shape.Area();

                static double Sum(Dot[] dots, int n)
                {
                    double total = 0;
                    for (int k = 0; k < n; k++)
                        foreach (var dot in dots) total += AreaOf({|#0:dot|});
                    return total;
                }
            }
            """, editorConfig: string.Empty, Diagnostic().WithLocation(0).WithArguments("Dot", "IShape", "in every iteration of a hot loop, then dispatched on in 'Kernel.AreaOf'"));

    [Fact]
    public Task ConversionsToObjectValueTypeAndEnum_NotReported()
        => Verify("""
            using System;

            enum Color { Red }

            static class Kernel
            {
                static int Hash(object value) => value.GetHashCode();
                static int HashValue(ValueType value) => value.GetHashCode();
                static int HashEnum(Enum value) => value.GetHashCode();

                static int Sum(Dot dot, int n)
                {
                    int total = 0;
                    for (int i = 0; i < n; i++) total += Hash(dot) + HashValue(dot) + HashEnum(Color.Red);
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task GenericCallee_NotReported()
        => Verify("""
            static class Kernel
            {
                static double AreaOf<TShape>(TShape shape) where TShape : IShape => shape.Area();

                static double Sum(Dot dot, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += AreaOf(dot) + AreaOf<IShape>(dot);
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task GenericCallerDispatchingOnTypeParameter_NotReported()
        => Verify("""
            static class Kernel
            {
                static double Sum<TShape>(TShape shape, int n) where TShape : IShape
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }

                static double Run(Dot dot) => Sum(dot, 100);
            }
            """, AllLoops);

    [Fact]
    public Task ColdCode_NotReported()
        => Verify("""
            using System;

            static class Kernel
            {
                static readonly double Initial = Loop(new Dot(), 100);

                static double Loop(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }

                static double Recover(Dot dot)
                {
                    try { return 0; }
                    catch (InvalidOperationException) { return Loop(dot, 100); }
                    finally { Loop(dot, 1); }
                }

                static double AreaOf(IShape shape) => shape.Area();

                static double Sum(Dot dot, int n)
                {
                    double total = 0;
                    for (int i = 0; i < 4; i++) total += AreaOf(dot);
                    for (int i = 0; i < n; i++)
                    {
                        try { total += i; }
                        catch (Exception) { total += AreaOf(dot); }
                        Func<double> later = () => AreaOf(dot);
                    }

                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task BoxNotDispatched_StoredPassedOnComparedOrUnused_NotReported()
        => Verify("""
            using System.Collections.Generic;

            static class Kernel
            {
                static readonly List<IShape> All = new();
                static IShape last = new Circle();

                static void Keep(IShape shape) => All.Add(shape);
                static void Remember(IShape shape) { last = shape; shape.Area(); }
                static double Forward(IShape shape) => Inner(shape);
                static double Inner(IShape shape) => shape.Area();
                static bool IsNull(IShape shape) => shape is null;
                static string Describe(IShape shape) => shape.ToString() ?? "";
                static int Ignore(IShape shape) => 0;

                static void Run(Dot dot, int n)
                {
                    for (int i = 0; i < n; i++)
                    {
                        Keep(dot);
                        Remember(dot);
                        Forward(dot);
                        IsNull(dot);
                        Describe(dot);
                        Ignore(dot);
                        All.Add(dot);
                        last = dot;
                    }
                }
            }
            """, AllLoops);

    [Fact]
    public Task CalleeOutsideSource_NotReported()
        => Verify("""
            using System.Collections;
            using System.Collections.Generic;

            struct Names : IEnumerable<string>
            {
                public IEnumerator<string> GetEnumerator() { yield return "a"; }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            static class Kernel
            {
                static int Run(Names names, int n)
                {
                    int total = 0;
                    for (int i = 0; i < n; i++) total += string.Join(",", names).Length;
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task VirtualCallee_ExplicitCast_Nullable_AsyncDispatch_NotReported()
        => Verify("""
            using System.Threading.Tasks;

            class Kernel
            {
                protected virtual double AreaOf(IShape shape) => shape.Area();
                static double Direct(IShape shape) => shape.Area();
                static double Maybe(IShape? shape) => shape!.Area();

                static async Task DrawAll(IShape shape, int n)
                {
                    for (int i = 0; i < n; i++) await shape.DrawAsync();
                }

                async Task Run(Dot dot, Dot? maybe, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += AreaOf(dot) + Direct((IShape)dot) + Maybe(maybe);
                    await DrawAll(dot, n);
                }
            }
            """, AllLoops);

    [Fact]
    public Task LocalWithClassOrNullStore_EscapingOrDispatchedOutsideLoops_NotReported()
        => Verify("""
            using System.Collections.Generic;

            static class Kernel
            {
                static double Mixed(bool round, int n)
                {
                    IShape shape = new Dot();
                    if (round) shape = new Circle();
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }

                static double Escapes(List<IShape> list, int n)
                {
                    IShape shape = new Dot();
                    list.Add(shape);
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }

                static double OutsideLoops(int n)
                {
                    IShape shape = new Dot();
                    double total = shape.Area();
                    for (int i = 0; i < n; i++) total += i;
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task HalfTypedCode_DoesNotThrow()
        => new VerifyCS.Test
        {
            TestCode = Shapes + "\n" + """
                static class Kernel
                {
                    static double AreaOf(IShape shape) => shape.Area();
                    static double Broken({|CS0246:Missing|} shape) => shape.Area();
                    static double BrokenBody(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.{|CS1061:Volume|}() + {|CS0103:other|}.Area();
                        return total;
                    }

                    static double Sum(Dot dot, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += AreaOf({|CS0103:undefined|}) + Broken({|CS1503:dot|}) + {|CS0103:Nowhere|}(dot) + BrokenBody(dot, n);
                            IShape local = {|CS0103:missing|};
                            total += local.Area();
                        }

                        return total;
                    }
                }
                """,
            EditorConfig = AllLoops,
        }.RunAsync();

    private static DiagnosticResult Diagnostic() => VerifyCS.Diagnostic();

    private static Task Verify(string source, string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = MoveUsingsFirst(source + "\n" + Shapes), EditorConfig = editorConfig };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Usings written in a test body go to the top of the file, before the shared declarations.</summary>
    private static string MoveUsingsFirst(string source)
    {
        var lines = source.Split('\n');
        return string.Join("\n", System.Linq.Enumerable.Concat(
            System.Linq.Enumerable.Where(lines, l => l.StartsWith("using ", System.StringComparison.Ordinal)),
            System.Linq.Enumerable.Where(lines, l => !l.StartsWith("using ", System.StringComparison.Ordinal))));
    }
}
