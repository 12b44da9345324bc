using System.Threading.Tasks;
using DispatchAnalyzers.Rules;
using System.Linq;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Rules.DispatchOnLoopInvariantReceiverAnalyzer>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP001 analyzer: what it reports, where, at which severity, and where it stays quiet.</summary>
public sealed class DispatchOnLoopInvariantReceiverTests
{
    private const string AllLoops = "dispatch_analyzers.hot_loop_scope = all";

    /// <summary>
    /// Added to every <see cref="Verify"/>: one-type sites are reported only on request (Dynamic PGO guards them), and
    /// these tests are about such sites too. The default is the precision corpus's (Precision/PrecisionCorpusTests).
    /// </summary>
    private const string SingleTypeSites = "dispatch_analyzers.report_single_type_sites = true";

    /// <summary>An interface with two sealed implementations, both passed to <c>Sum</c> by the code under test.</summary>
    private const string Shapes = """
        public interface IShape { double Area(); double Scale { get; } double this[int i] { get; } }
        public sealed class Circle : IShape { public double Area() => 3.14; public double Scale => 1; public double this[int i] => i; }
        public sealed class Square : IShape { public double Area() => 1; public double Scale => 2; public double this[int i] => -i; }
        """;

    [Fact]
    public Task LoopInvariantInterfaceParameter_TwoTypesReach_ReportsWarning()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    {|#1:for (int i = 0; i < n; i++)
                    {
                        total += {|#0:shape.Area|}();
                    }|}
                    return total;
                }

                static double Both() => Sum(new Circle(), 10) + Sum(new Square(), 10);
            }
            """, AllLoops, VerifyCS.Diagnostic().WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IShape.Area", "shape", "Circle, Square"));

    [Fact]
    public Task OneTypeReaches_ReportsInfo()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += {|#0:shape.Area|}();
                    return total;
                }

                static double One() => Sum(new Circle(), 10);
            }
            """, AllLoops, Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("IShape.Area", "shape", "Circle"));

    [Fact]
    public Task OneTypeReaches_PublishAot_ReportsWarning()
        => new VerifyCS.Test
        {
            TestCode = Shapes + "\n" + """
                static class Kernel
                {
                    static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += {|#0:shape.Area|}();
                        return total;
                    }

                    static double One() => Sum(new Circle(), 10);
                }
                """,
            EditorConfig = AllLoops,
            GlobalConfig = "is_global = true\nbuild_property.PublishAot = true",
            ExpectedDiagnostics = { Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IShape.Area", "shape", "Circle") },
        }.RunAsync();

    [Fact]
    public Task UserSeverityOverride_Wins()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += {|#0:shape.Area|}();
                    return total;
                }

                static double One() => Sum(new Circle(), 10);
            }
            """, AllLoops + "\ndotnet_diagnostic.DSP001.severity = error", Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("IShape.Area", "shape", "Circle"));

    [Fact]
    public Task LocalAssignedTwoTypes_PropertyAndIndexerOnOneLine_ReportOnce()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Run(bool round, int n)
                {
                    IShape shape = round ? new Circle() : new Square();
                    if (n < 0) shape = new Square();
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += {|#0:shape.Scale|} + shape[i];
                    }
                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("IShape.Scale, IShape.this[]", "shape", "Circle, Square"));

    [Fact]
    public Task LocalFromTwoObjectCreations_NamesBothTypes()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Run(int n)
                {
                    IShape shape = new Circle();
                    if (n > 100) shape = new Square();
                    double total = 0;
                    for (int i = 0; i < n; i++) total += {|#0:shape.Area|}();
                    return total;
                }
            }
            """, AllLoops, Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IShape.Area", "shape", "Circle, Square"));

    [Fact]
    public Task VirtualMemberOfAbstractClass_ThisAndImplicitThisOnOneLine_ReportOnce()
        => Verify("""
            public abstract class Filter
            {
                protected abstract double Apply(double x);
                public double Run(double[] samples)
                {
                    double total = 0;
                    for (int i = 0; i < samples.Length; i++) total += [|Apply|](samples[i]) + this.Apply(1);
                    return total;
                }
            }
            public sealed class Gain : Filter { protected override double Apply(double x) => x * 2; }
            public sealed class Offset : Filter { protected override double Apply(double x) => x + 2; }
            """, AllLoops);

    [Fact]
    public Task ReadOnlyFieldAndUnassignedField_Report()
        => Verify(Shapes + "\n" + """
            sealed class Holder
            {
                private readonly IShape _fixed = new Circle();
                private IShape _current = new Square();
                public double Run(int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|_fixed.Area|]() + [|_current.Area|]();
                    return total;
                }
                public void Swap() => _current = new Circle();
            }
            """, AllLoops);

    [Fact]
    public Task ReceiverChangingEveryIteration_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            sealed class Holder
            {
                private IShape _current = new Square();
                public double Run(IShape shape, IShape[] all, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += shape.Area() + _current.Area();
                        shape = all[i];
                        _current = all[0];
                    }
                    foreach (var s in all) total += s.Area();
                    for (int i = 0; i < n; i++) { IShape local = all[i]; total += local.Area(); }
                    for (int i = 0; i < n; i++) total += all[i].Area();
                    for (int i = 0; i < n; i++) total += Update(ref shape);
                    return total;
                }
                static double Update(ref IShape s) { s = new Circle(); return 0; }
            }
            """, AllLoops);

    [Fact]
    public Task NoDispatch_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            using System;
            public struct Point : IShape { public double Area() => 0; public double Scale => 0; public double this[int i] => 0; }
            public class Plain { public double Area() => 1; public static double Static() => 2; }
            public class Base { public virtual double Area() => 1; }
            public class Derived : Base { public sealed override double Area() => 2; }
            static class Kernel
            {
                static double Run<T>(Circle sealedShape, Point point, T generic, Plain plain, Derived derived, Func<double> callback, object any, int n)
                    where T : IShape
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += sealedShape.Area() + point.Area() + generic.Area() + plain.Area() + Plain.Static()
                            + derived.Area() + callback() + any.GetHashCode();
                    }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task BaseCall_NoDiagnostic()
        => Verify("""
            public class Base { public virtual int Step(int x) => x; }
            public class Derived : Base
            {
                public override int Step(int x)
                {
                    int total = 0;
                    for (int i = 0; i < x; i++) total += base.Step(i);
                    return total;
                }
            }
            """, AllLoops);

    [Theory]
    [InlineData("for (int i = 0; i < 8; i++)")]
    [InlineData("for (int i = 0; i <= 7; i++)")]
    [InlineData("for (int i = 8; i > 0; i--)")]
    [InlineData("for (int i = 0; i < 64; i += 8)")]
    [InlineData("foreach (var unused in new[] { 1, 2, 3 })")]
    [InlineData("foreach (var unused in new int[4])")]
    [InlineData("foreach (int unused in (int[])[1, 2, 3])")]
    public Task SmallConstantTripCount_NoDiagnostic(string loopHeader)
        => Verify(Shapes + "\n" + $$"""
            static class Kernel
            {
                static double Run(IShape shape)
                {
                    double total = 0;
                    {{loopHeader}} total += shape.Area();
                    return total;
                }
            }
            """, AllLoops);

    [Theory]
    [InlineData("for (int i = 0; i < 9; i++)")]
    [InlineData("for (int i = 0; i < n; i++)")]
    [InlineData("while (n-- > 0)")]
    [InlineData("foreach (var unused in new int[9])")]
    public Task LargeOrUnknownTripCount_Reports(string loopHeader)
        => Verify(Shapes + "\n" + $$"""
            static class Kernel
            {
                static double Run(IShape shape, int n)
                {
                    double total = 0;
                    {{loopHeader}} total += [|shape.Area|]();
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task DoLoop_Reports()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Run(IShape shape, int n)
                {
                    double total = 0;
                    do { total += [|shape.Area|](); } while (--n > 0);
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task SmallConstantLoopIsTransparent_InsideHotLoopReports()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Run(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 4; j++)
                            total += [|shape.Area|]();
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task ColdCode_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            using System;
            static class Kernel
            {
                static readonly double Table;
                static Kernel()
                {
                    IShape shape = new Circle();
                    for (int i = 0; i < 1000; i++) Table += shape.Area();
                }

                static double Run(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        try { total += i; }
                        catch (Exception) { for (int j = 0; j < n; j++) total += shape.Area(); }
                        finally { for (int j = 0; j < n; j++) total += shape.Area(); }
                        if (total < 0) throw new InvalidOperationException(shape.Area().ToString());
                        total = total > 1e300 ? throw new ArgumentException(shape.Scale.ToString()) : total;
                    }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task LambdaAndLocalFunctionInsideLoop_AreNotInTheLoop()
        => Verify(Shapes + "\n" + """
            using System;
            static class Kernel
            {
                static double Run(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        Func<double> f = () => shape.Area();
                        total += f() + Local();
                        double Local() => shape.Scale;
                    }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task DefaultScope_SingleLoopQuiet_NestedLoopReports()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Single(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }

                static double Nested(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            total += [|shape.Area|]();
                    return total;
                }
            }
            """, string.Empty);

    [Theory]
    [InlineData("[HotPath]", "")]
    [InlineData("[HotPathAttribute]", "")]
    [InlineData("[Benchmark]", "")]
    [InlineData("[MethodImpl(MethodImplOptions.AggressiveOptimization)]", "")]
    [InlineData("[MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]", "")]
    [InlineData("[Fast]", "dispatch_analyzers.hot_path_attributes = My.FastAttribute, Other")]
    [InlineData("[HotPath]", "dispatch_analyzers.hot_loop_scope = marked")]
    [InlineData("[HotPath]", "dispatch_analyzers.hot_loop_scope = not-a-scope")]
    public Task HotMethod_SingleLoopReports(string attribute, string editorConfig)
        => Verify(HotAttributes + "\n" + Shapes + "\n" + $$"""
            static class Kernel
            {
                {{attribute}}
                static double Single(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|shape.Area|]();
                    return total;
                }
            }
            """, editorConfig);

    [Theory]
    [InlineData("[HotPath]", "dispatch_analyzers.hot_path_attributes = Fast")]
    [InlineData("[MethodImpl(MethodImplOptions.AggressiveInlining)]", "")]
    [InlineData("", "dispatch_analyzers.hot_loop_scope = marked")]
    public Task NotAHotMethod_SingleAndNestedLoopsQuiet(string attribute, string editorConfig)
        => Verify(HotAttributes + "\n" + Shapes + "\n" + $$"""
            static class Kernel
            {
                {{attribute}}
                static double Single(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                        total += shape.Area();
                    return total;
                }

                static double Nested(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            total += {{(editorConfig.Length == 0 || editorConfig.Contains("hot_path") ? "[|shape.Area|]" : "shape.Area")}}();
                    return total;
                }
            }
            """, editorConfig);

    [Fact]
    public Task HoistedTypeCheckFallback_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    if (shape is Circle circle)
                    {
                        for (int i = 0; i < n; i++) total += circle.Area();
                    }
                    else if (shape is Square square)
                    {
                        for (int i = 0; i < n; i++) total += square.Area();
                    }
                    else
                    {
                        for (int i = 0; i < n; i++) total += shape.Area();
                    }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task IoAsyncAndForeignTypes_NoDiagnostic()
        => Verify("""
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            public interface IJob { Task RunAsync(); }
            public sealed class Job : IJob { public Task RunAsync() => Task.CompletedTask; }
            static class Kernel
            {
                static async Task<long> Run(Stream stream, IJob job, IList<int> list, TextWriter writer, int n)
                {
                    var buffer = new byte[4096];
                    long total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += stream.Read(buffer, 0, buffer.Length) + list.Count;
                        writer.Write(i);
                        await job.RunAsync();
                    }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task ForeignInterfaceImplementedInSource_Reports()
        => Verify("""
            using System.Collections.Generic;
            public sealed class ByLength : IComparer<string> { public int Compare(string? x, string? y) => (x?.Length ?? 0) - (y?.Length ?? 0); }
            static class Kernel
            {
                static int Count(IComparer<string> comparer, string[] items)
                {
                    int count = 0;
                    for (int i = 1; i < items.Length; i++) count += [|comparer.Compare|](items[i - 1], items[i]);
                    return count;
                }
            }
            """, AllLoops);

    [Fact]
    public Task PrivateFieldAssignedInAnotherFile_TypesFromBothFiles()
        => new VerifyCS.Test
        {
            TestCode = Shapes + "\n" + """
                sealed partial class Renderer
                {
                    private IShape _shape = new Circle();
                    public double Render(int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += {|#0:_shape.Area|}();
                        return total;
                    }
                }
                """,
            TestState = { Sources = { ("/0/Other.cs", """
                sealed partial class Renderer
                {
                    public void UseSquares() => _shape = new Square();
                }
                """) } },
            EditorConfig = AllLoops,
            ExpectedDiagnostics = { Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IShape.Area", "_shape", "Circle, Square") },
        }.RunAsync();

    [Fact]
    public Task PublicMethodCalledFromAnotherFile_CollectsArgumentTypes()
        => new VerifyCS.Test
        {
            TestCode = Shapes + "\n" + """
                public static class Kernel
                {
                    public static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += {|#0:shape.Area|}();
                        return total;
                    }
                }
                """,
            TestState = { Sources = { ("/0/Caller.cs", """
                static class Caller
                {
                    static double Go() => Kernel.Sum(new Square(), 3) + Kernel.Sum(new Circle(), 3) + Kernel.Sum(null!, 0);
                }
                """) } },
            EditorConfig = AllLoops,
            ExpectedDiagnostics = { Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IShape.Area", "shape", "Circle, Square") },
        }.RunAsync();

    [Fact]
    public Task HalfTypedCode_DoesNotCrash()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < {|CS0103:m|}; i++)
                    {
                        total += [|shape.Area|]();
                        total += {|CS0103:unknown|}.Area();
                        total += shape.{|CS1061:Missing|}();
                    }
                    for (;;) { total += shape.Area(){|CS1002:|}
                    return total;
                }
            }{|CS1513:|}
            """, AllLoops);

    [Fact]
    public Task LocalAssignedOnceFromNew_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Run(int n)
                {
                    IShape shape = new Circle();
                    double total = 0;
                    for (int i = 0; i < n; i++) total += shape.Area();
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task CallOnTheWayOutOfTheLoop_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Find(IShape shape, double[] xs)
                {
                    for (int i = 0; i < xs.Length; i++)
                    {
                        if (xs[i] > 1) { var area = shape.Area(); return area * xs[i]; }
                    }
                    for (int i = 0; i < xs.Length; i++)
                    {
                        if (xs[i] < 0) { xs[0] = shape.Scale; break; }
                    }
                    return 0;
                }
            }
            """, AllLoops);

    [Fact]
    public Task BreakOfASwitchOrAnInnerLoop_StillRepeatsInTheOuterLoop()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Run(IShape shape, int[] codes)
                {
                    double total = 0;
                    for (int i = 0; i < codes.Length; i++)
                    {
                        switch (codes[i])
                        {
                            case 1: { total += [|shape.Area|](); break; }
                            default: total -= 1; break;
                        }

                        while (total < 100) { total += [|shape.Scale|]; break; }
                    }
                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task DefaultScope_ReceiverChangingWithTheOuterLoop_NoDiagnostic()
        => Verify(HotAttributes + "\n" + Shapes + "\n" + """
            static class Kernel
            {
                static double PerShape(IShape[] shapes, int[] weights)
                {
                    double total = 0;
                    foreach (var shape in shapes)
                        for (int j = 0; j < weights.Length; j++)
                            total += shape.Area() * weights[j];
                    return total;
                }

                [HotPath]
                static double PerShapeHot(IShape[] shapes, int[] weights)
                {
                    double total = 0;
                    foreach (var shape in shapes)
                        for (int j = 0; j < weights.Length; j++)
                            total += [|shape.Area|]() * weights[j];
                    return total;
                }
            }
            """, string.Empty);

    [Fact]
    public Task TypesSharingOneImplementation_InfoWithCappedMessage()
        => Verify("""
            public abstract class Node
            {
                public virtual int Weight() => 1;
                public int Sum(int n) { int t = 0; for (int i = 0; i < n; i++) t += {|#0:Weight|}(); return t; }
            }
            public sealed class A : Node { } public sealed class B : Node { } public sealed class C : Node { }
            public sealed class D : Node { } public sealed class E : Node { } public sealed class F : Node { }
            """, AllLoops, Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("Node.Weight", "this", "A, B, C, D and 2 more"));

    [Fact]
    public Task InternalInterfaceWithUnknownArguments_FallsBackToItsImplementations()
        => Verify("""
            interface IBuffer { char this[int i] { get; } int Length { get; } }
            sealed class ArrayBuffer : IBuffer { public char this[int i] => 'a'; public int Length => 1; }
            sealed class BuilderBuffer : IBuffer { public char this[int i] => 'b'; public int Length => 2; }
            public static class Lookup
            {
                static int Count(System.Func<object> source, int n)
                {
                    var buffer = (IBuffer)source();
                    int count = 0;
                    for (int i = 0; i < n; i++) count += {|#0:buffer[i]|};
                    return count;
                }
            }
            """, AllLoops, Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IBuffer.this[]", "buffer", "ArrayBuffer, BuilderBuffer"));

    private const string HotAttributes = """
        using System;
        using System.Runtime.CompilerServices;
        sealed class HotPathAttribute : Attribute { }
        sealed class BenchmarkAttribute : Attribute { }
        sealed class FastAttribute : Attribute { }
        """;

    /// <summary>A DSP001 result whose loop location (checked by the main test) is not restated.</summary>
    private static DiagnosticResult Diagnostic() => VerifyCS.Diagnostic().WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static Task Verify(string source, string editorConfig, params DiagnosticResult[] expected)
    {
        // Usings written in a test body go to the top of the file, before the shared declarations.
        var lines = source.Split('\n');
        source = string.Join("\n", lines.Where(l => l.StartsWith("using ", System.StringComparison.Ordinal)).Concat(lines.Where(l => !l.StartsWith("using ", System.StringComparison.Ordinal))));
        var test = new VerifyCS.Test { TestCode = source, EditorConfig = editorConfig + "\n" + SingleTypeSites };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
