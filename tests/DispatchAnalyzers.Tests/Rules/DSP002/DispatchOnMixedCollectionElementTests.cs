using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Rules.DispatchOnMixedCollectionElementAnalyzer>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP002 analyzer: which collections count as mixed, which loops and receivers, and where it stays quiet.</summary>
public sealed class DispatchOnMixedCollectionElementTests
{
    private const string AllLoops = "dispatch_analyzers.hot_loop_scope = all";

    private const string Shapes = """
        using System.Collections.Generic;
        public interface IShape { double Area(); double Scale { get; } double this[int i] { get; } }
        public sealed class Circle : IShape { public double Area() => 3; public double Scale => 1; public double this[int i] => i; }
        public sealed class Square : IShape { public double Area() => 4; public double Scale => 2; public double this[int i] => -i; }
        public sealed class Triangle : IShape { public double Area() => 5; public double Scale => 3; public double this[int i] => 0; }
        """;

    [Fact]
    public Task LocalListFilledWithAdd_ForeachCall_ReportsWithLoop()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(int n)
                {
                    var shapes = new List<IShape>();
                    for (int i = 0; i < n; i++)
                    {
                        shapes.Add(new Circle());
                        shapes.Add(new Square());
                    }

                    double total = 0;
                    {|#1:foreach (var shape in shapes)
                    {
                        total += {|#0:shape.Area|}();
                    }|}

                    return total;
                }
            }
            """, AllLoops, VerifyCS.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("IShape.Area", "shapes", "IShape", "Circle, Square"));

    [Fact]
    public Task CollectionInitializer_PropertyAndIndexer_Report()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(int n)
                {
                    var shapes = new List<IShape> { new Circle(), new Square() };
                    double total = 0;
                    foreach (var shape in shapes)
                    {
                        total += {|#0:shape.Scale|} * {|#1:shape[n]|};
                    }

                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("IShape.Scale", "shapes", "IShape", "Circle, Square"),
            Diagnostic().WithLocation(1).WithArguments("IShape.this[]", "shapes", "IShape", "Circle, Square"));

    [Fact]
    public Task ArrayInitializers_Report()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum()
                {
                    IShape[] shapes = { new Circle(), new Triangle() };
                    var more = new IShape[] { new Square(), new Circle() };
                    double total = 0;
                    foreach (var shape in shapes) total += {|#0:shape.Area|}();
                    foreach (var shape in more) total += {|#1:shape.Area|}();
                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("IShape.Area", "shapes", "IShape", "Circle, Triangle"),
            Diagnostic().WithLocation(1).WithArguments("IShape.Area", "more", "IShape", "Circle, Square"));

    [Fact]
    public Task CollectionExpressionWithSpread_Reports()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(Square[] squares)
                {
                    IShape[] shapes = [new Circle(), .. squares];
                    List<IShape> list = [new Triangle()];
                    list.AddRange(squares);
                    double total = 0;
                    foreach (var shape in shapes) total += {|#0:shape.Area|}();
                    foreach (var shape in list) total += {|#1:shape.Area|}();
                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("IShape.Area", "shapes", "IShape", "Circle, Square"),
            Diagnostic().WithLocation(1).WithArguments("IShape.Area", "list", "IShape", "Square, Triangle"));

    [Fact]
    public Task ElementAssignment_ForWithIndexer_Reports()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(int n)
                {
                    var shapes = new IShape[n];
                    var list = new List<IShape>(n) { new Circle() };
                    for (int i = 0; i < n; i++) shapes[i] = i % 2 == 0 ? new Circle() : new Square();
                    list[0] = new Triangle();
                    double total = 0;
                    for (int i = 0; i < shapes.Length; i++)
                    {
                        total += {|#0:shapes[i].Area|}();
                    }

                    for (int i = 0; i < list.Count; i++)
                    {
                        var shape = list[i];
                        total += {|#1:shape.Area|}();
                    }

                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("IShape.Area", "shapes", "IShape", "Circle, Square"),
            Diagnostic().WithLocation(1).WithArguments("IShape.Area", "list", "IShape", "Circle, Triangle"));

    [Fact]
    public Task InsertAddRangePushEnqueue_Report()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(List<Square> squares)
                {
                    var list = new List<IShape>();
                    list.Insert(0, new Circle());
                    list.AddRange(squares);
                    var stack = new Stack<IShape>();
                    stack.Push(new Circle());
                    stack.Push(new Triangle());
                    var queue = new Queue<IShape>();
                    queue.Enqueue(new Square());
                    queue.Enqueue(new Triangle());
                    double total = 0;
                    foreach (var shape in list) total += {|#0:shape.Area|}();
                    foreach (var shape in stack) total += {|#1:shape.Area|}();
                    foreach (var shape in queue) total += {|#2:shape.Area|}();
                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("IShape.Area", "list", "IShape", "Circle, Square"),
            Diagnostic().WithLocation(1).WithArguments("IShape.Area", "stack", "IShape", "Circle, Triangle"),
            Diagnostic().WithLocation(2).WithArguments("IShape.Area", "queue", "IShape", "Square, Triangle"));

    [Fact]
    public Task PrivateFieldFilledInAnotherFileOfThePartialType_Reports()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Shapes + "\n" + """
                partial class Scene
                {
                    private readonly List<IShape> _shapes = new() { new Circle() };

                    public double Sum()
                    {
                        double total = 0;
                        foreach (var shape in _shapes) total += {|#0:shape.Area|}();
                        foreach (var shape in this._shapes) total += {|#1:shape.Area|}();
                        return total;
                    }
                }
                """,
            TestState = { Sources = { ("/0/Scene.Fill.cs", "partial class Scene { public void AddSquare() => _shapes.Add(new Square()); }") } },
            EditorConfig = AllLoops,
        };
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0).WithArguments("IShape.Area", "_shapes", "IShape", "Circle, Square"));
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(1).WithArguments("IShape.Area", "_shapes", "IShape", "Circle, Square"));
        return test.RunAsync();
    }

    [Fact]
    public Task InternalFieldAndPropertyFilledFromOtherTypesAndFiles_Report()
    {
        var test = new VerifyCS.Test
        {
            TestCode = Shapes + "\n" + """
                static class Registry
                {
                    internal static readonly List<IShape> All = new();
                    internal static IShape[] Fixed { get; set; } = [];

                    public static double Sum()
                    {
                        double total = 0;
                        foreach (var shape in All) total += {|#0:shape.Area|}();
                        foreach (var shape in Fixed) total += {|#1:shape.Area|}();
                        return total;
                    }
                }
                """,
            TestState =
            {
                Sources =
                {
                    ("/0/Circles.cs", "static class Circles { public static void Register() { Registry.All.Add(new Circle()); Registry.Fixed = new IShape[] { new Circle() }; } }"),
                    ("/0/Squares.cs", "static class Squares { public static void Register() { Registry.All.Add(new Square()); Registry.Fixed = [new Triangle()]; } }"),
                },
            },
            EditorConfig = AllLoops,
        };
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0).WithArguments("IShape.Area", "All", "IShape", "Circle, Square"));
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(1).WithArguments("IShape.Area", "Fixed", "IShape", "Circle, Triangle"));
        return test.RunAsync();
    }

    [Fact]
    public Task LocalCopiedFromFieldOrSpan_AddsInLambda_Report()
        => Verify(Shapes + "\n" + """
            using System;
            sealed class Scene
            {
                private readonly List<IShape> _shapes = [new Circle(), new Triangle()];

                public double Sum(Action<Action> schedule)
                {
                    var shapes = _shapes;
                    var local = new IShape[2];
                    schedule(() => { local[0] = new Square(); local[1] = new Circle(); });
                    ReadOnlySpan<IShape> span = local;
                    double total = 0;
                    foreach (var shape in shapes) total += {|#0:shape.Area|}();
                    foreach (var shape in span) total += {|#1:shape.Area|}();
                    foreach (var shape in local.AsSpan()) total += {|#2:shape.Area|}();
                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("IShape.Area", "shapes", "IShape", "Circle, Triangle"),
            Diagnostic().WithLocation(1).WithArguments("IShape.Area", "span", "IShape", "Circle, Square"),
            Diagnostic().WithLocation(2).WithArguments("IShape.Area", "local", "IShape", "Circle, Square"));

    [Fact]
    public Task AbstractClassElements_VirtualCall_Reports()
        => Verify("""
            using System.Collections.Generic;
            public abstract class Node { public abstract int Eval(); public virtual int Cost => 1; }
            public sealed class Leaf : Node { public override int Eval() => 1; }
            public class Pair : Node { public override int Eval() => 2; public override int Cost => 2; }
            static class Kernel
            {
                static int Run(int n)
                {
                    var nodes = new List<Node>();
                    for (int i = 0; i < n; i++) nodes.Add(i % 3 == 0 ? new Leaf() : new Pair());
                    int total = 0;
                    foreach (var node in nodes) total += {|#0:node.Eval|}() + {|#1:node.Cost|};
                    return total;
                }
            }
            """, AllLoops,
            Diagnostic().WithLocation(0).WithArguments("Node.Eval", "nodes", "Node", "Leaf, Pair"),
            Diagnostic().WithLocation(1).WithArguments("Node.Cost", "nodes", "Node", "Leaf, Pair"));

    [Fact]
    public Task HotPathMethodWithDefaultOptions_ReportsWarning_SeverityOverrideWins()
        => Verify(Shapes + "\n" + """
            sealed class HotPathAttribute : System.Attribute { }
            static class Kernel
            {
                [HotPath]
                static double Sum(List<Circle> circles)
                {
                    var shapes = new List<IShape>(circles) { new Square() };
                    double total = 0;
                    foreach (var shape in shapes) total += {|#0:shape.Area|}();
                    return total;
                }

                static double Cold(List<Circle> circles)
                {
                    var shapes = new List<IShape>(circles) { new Square() };
                    double total = 0;
                    foreach (var shape in shapes) total += shape.Area();
                    return total;
                }
            }
            """, "dotnet_diagnostic.DSP002.severity = error",
            Diagnostic().WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithArguments("IShape.Area", "shapes", "IShape", "Circle, Square"));

    [Fact]
    public Task HomogeneousSealedStructAndNonDispatchingLoops_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            public struct Dot : IShape { public double Area() => 0; public double Scale => 0; public double this[int i] => 0; }
            static class Kernel
            {
                static double Sum(IShape other, int n)
                {
                    var same = new List<IShape> { new Circle() };
                    for (int i = 0; i < n; i++) same.Add(new Circle());
                    var circles = new List<Circle> { new Circle() };
                    var dots = new List<Dot> { new Dot() };
                    var mixed = new List<IShape> { new Circle(), new Square() };
                    double total = 0;
                    foreach (var shape in same) total += shape.Area();
                    foreach (var circle in circles) total += circle.Area();
                    foreach (var dot in dots) total += dot.Area();
                    foreach (var shape in mixed) total += Measure(shape) + shape.GetHashCode() + shape.ToString()!.Length;
                    for (int i = 0; i < n; i++) total += mixed[0].Area();
                    foreach (var shape in mixed)
                    {
                        for (int i = 0; i < n; i++) total += 1;
                    }

                    return total;
                }

                static double Measure(IShape shape) => 0;
            }
            """, AllLoops);

    [Fact]
    public Task ElementInvariantInInnerLoop_LeftToDsp001()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(int n)
                {
                    var shapes = new List<IShape> { new Circle(), new Square() };
                    double total = 0;
                    foreach (var shape in shapes)
                    {
                        for (int i = 0; i < n; i++) total += shape.Area();
                    }

                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task ColdCode_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(int n)
                {
                    var shapes = new List<IShape> { new Circle(), new Square() };
                    double total = 0;
                    foreach (var shape in shapes) total += shape.Area();
                    for (int k = 0; k < n; k++)
                    {
                        try { total += k; }
                        catch (System.Exception)
                        {
                            foreach (var shape in shapes) total += shape.Area();
                        }

                        foreach (var shape in new IShape[] { new Circle(), new Square() }) total += shape.Area();
                    }

                    return total;
                }
            }
            """, string.Empty);

    [Fact]
    public Task NoStoreEvidence_DefaultMode_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            public static class Kernel
            {
                public static List<IShape> Public = new() { new Circle(), new Square() };

                static double Sum(IEnumerable<IShape> shapes, IShape[] array, int n)
                {
                    double total = 0;
                    foreach (var shape in shapes) total += shape.Area();
                    for (int i = 0; i < n; i++) total += array[i].Area();
                    foreach (var shape in Public) total += shape.Area();
                    var made = Make();
                    foreach (var shape in made) total += shape.Area();
                    return total;
                }

                static List<IShape> Make() => new() { new Circle(), new Square() };
            }
            """, AllLoops);

    [Fact]
    public Task ImplementationsMode_UnknownContents_ReportsImplementations_ProvenHomogeneous_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(IEnumerable<IShape> shapes)
                {
                    var circles = new List<IShape> { new Circle() };
                    var partly = new List<IShape>(shapes) { new Circle() };
                    double total = 0;
                    foreach (var shape in shapes) total += {|#0:shape.Area|}();
                    foreach (var shape in circles) total += shape.Area();
                    foreach (var shape in partly) total += {|#1:shape.Area|}();
                    return total;
                }
            }
            """, AllLoops + "\ndispatch_analyzers.mixed_collection_evidence = implementations",
            Diagnostic().WithLocation(0).WithArguments("IShape.Area", "shapes", "IShape", "Circle, Square, Triangle"),
            Diagnostic().WithLocation(1).WithArguments("IShape.Area", "partly", "IShape", "Circle, Square, Triangle"));

    [Fact]
    public Task TypeSwitchFallbacks_NoDiagnostic()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double Sum(int n)
                {
                    var shapes = new List<IShape> { new Circle(), new Square() };
                    double total = 0;
                    foreach (var shape in shapes)
                    {
                        total += shape switch
                        {
                            Circle circle => circle.Area(),
                            _ => shape.Area(),
                        };
                        switch (shape)
                        {
                            case Square square:
                                total += square.Scale;
                                break;
                            default:
                                total += shape.Scale;
                                break;
                        }

                        if (shape is Circle c) total += c[n];
                        else total += shape[n];
                    }

                    for (int i = 0; i < shapes.Count; i++)
                    {
                        total += shapes[i] switch { Circle circle => circle.Area(), var other => other.Area() };
                    }

                    return total;
                }
            }
            """, AllLoops);

    [Fact]
    public Task IoAndAsyncElements_NoDiagnostic()
        => Verify("""
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            public interface IJob { Task RunAsync(); }
            public sealed class A : IJob { public Task RunAsync() => Task.CompletedTask; }
            public sealed class B : IJob { public Task RunAsync() => Task.CompletedTask; }
            static class Kernel
            {
                static async Task Run()
                {
                    var streams = new List<Stream> { new MemoryStream(), new BufferedStream(new MemoryStream()) };
                    var jobs = new List<IJob> { new A(), new B() };
                    foreach (var stream in streams) stream.Flush();
                    foreach (var job in jobs) await job.RunAsync();
                }
            }
            """, AllLoops);

    [Fact]
    public Task HalfTypedCode_DoesNotCrash()
        => Verify(Shapes + "\n" + """
            static class Kernel
            {
                static double {|CS0161:Sum|}(int n)
                {
                    var shapes = new List<IShape> { new Circle(), new Square(), new {|CS0246:Missing|}() };
                    var broken = new List<{|CS0246:Unknown|}> { {|CS1950:{|CS1503:new Circle()|}|} };
                    double total = 0;
                    foreach (var shape in shapes) total += [|shape.Area|]() + shape.{|CS1061:Nope|}();
                    foreach (var item in broken) total += item.Area();
                    foreach (var item in {|CS0103:nowhere|}) total += item.Area();
                    for (int i = 0; i < n; i++) total += shapes[{|CS0103:j|}].Area();
                    foreach (var (a, b) in new List<(IShape, IShape)> { (new Circle(), new Square()) }) total += a.Area();
                    var grid = new IShape[2, 2];
                    grid[0, 0] = new Circle();
                    grid[1, 1] = new Square();
                    foreach (var shape in grid) total += [|shape.Area|]();
                    shapes[{|CS0103:k|}] = new Triangle();
                    shapes.{|CS1061:AddAll|}(new Circle());
                    {|CS0103:Fill|}(shapes);
                    // Unclosed: the return below is in the loop body, so this call runs once, on the way out.
                    foreach (var shape in shapes) { total += shape.Area(){|CS1002:|}
                    return total;
                }
            }{|CS1513:|}
            """, AllLoops);

    private static DiagnosticResult Diagnostic() => VerifyCS.Diagnostic().WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static Task Verify(string source, string editorConfig, params DiagnosticResult[] expected)
    {
        // Usings written in a test body go to the top of the file, before the shared declarations.
        var lines = source.Split('\n');
        source = string.Join("\n", lines.Where(l => l.StartsWith("using ", System.StringComparison.Ordinal)).Concat(lines.Where(l => !l.StartsWith("using ", System.StringComparison.Ordinal))));
        var test = new VerifyCS.Test { TestCode = source, EditorConfig = editorConfig };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
