using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnMixedCollectionElementAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnMixedCollectionElementCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP002 fixes: the behaviour-preserving type switch and the per-type split, one at a time and with Fix All.</summary>
public sealed class DispatchOnMixedCollectionElementCodeFixTests
{
    private const string AllLoopsHot = "dispatch_analyzers.hot_loop_scope = all";
    private const string TypeSwitch = DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchEquivalenceKey;
    private const string Split = DispatchOnMixedCollectionElementCodeFixProvider.SplitByTypeEquivalenceKey;

    /// <summary>A NativeAOT project: no Dynamic PGO, where the type switch pays and is offered (as with the other settings without it).</summary>
    private const string NoPgo = "build_property.PublishAot = true";

    /// <summary>Integer areas: sums do not depend on the order the split visits the elements in.</summary>
    private const string IntShapes = "\n" + """
        public interface IShape { long Area(); }
        public sealed class Circle(long r) : IShape { public long Area() => 3 * r * r; }
        public sealed class Square(long side) : IShape { public long Area() => side * side; }
        public sealed class Box : IShape { long IShape.Area() => 1; public long Area(int scale) => scale; }
        """;

    private const string Shapes = "\n" + """
        public interface IShape { double Area(); void Draw(System.Text.StringBuilder output); }
        public sealed class Circle : IShape { public double Area() => 3; public void Draw(System.Text.StringBuilder output) => output.Append('o'); }
        public sealed class Square : IShape { public double Area() => 4; public void Draw(System.Text.StringBuilder output) => output.Append('#'); }
        """;

    [Fact]
    public Task ForeachValue_BecomesSwitchExpressionWithOriginalDefaultArm()
        => new VerifyCS.Test
        {
            TestCode = """
                using System.Collections.Generic;

                class C
                {
                    double Sum(int n)
                    {
                        var shapes = new List<IShape>();
                        for (int i = 0; i < n; i++)
                        {
                            shapes.Add(new Circle());
                            shapes.Add(new Square());
                        }

                        double total = 0;
                        foreach (var shape in shapes)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                using System.Collections.Generic;

                class C
                {
                    double Sum(int n)
                    {
                        var shapes = new List<IShape>();
                        for (int i = 0; i < n; i++)
                        {
                            shapes.Add(new Circle());
                            shapes.Add(new Square());
                        }

                        double total = 0;
                        foreach (var shape in shapes)
                        {
                            total += shape switch
                            {
                                Circle circle => circle.Area(),
                                Square square => square.Area(),
                                _ => shape.Area(),
                            };
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

    [Fact]
    public Task StatementCalls_BecomeSwitchStatements_EmbeddedAndInBlocks()
        => new VerifyCS.Test
        {
            TestCode = """
                using System.Collections.Generic;
                using System.Text;

                class C
                {
                    string Draw(List<Circle> circles)
                    {
                        var shapes = new List<IShape>(circles) { new Square() };
                        var output = new StringBuilder();
                        foreach (var shape in shapes)
                            [|shape.Draw|](output);
                        foreach (var shape in shapes)
                        {
                            // Twice, for emphasis.
                            [|shape.Draw|](output);
                        }

                        return output.ToString();
                    }
                }
                """ + Shapes,
            FixedCode = """
                using System.Collections.Generic;
                using System.Text;

                class C
                {
                    string Draw(List<Circle> circles)
                    {
                        var shapes = new List<IShape>(circles) { new Square() };
                        var output = new StringBuilder();
                        foreach (var shape in shapes)
                            switch (shape)
                            {
                                case Circle circle:
                                    circle.Draw(output);
                                    break;
                                case Square square:
                                    square.Draw(output);
                                    break;
                                default:
                                    shape.Draw(output);
                                    break;
                            }
                        foreach (var shape in shapes)
                        {
                            // Twice, for emphasis.
                            switch (shape)
                            {
                                case Circle circle1:
                                    circle1.Draw(output);
                                    break;
                                case Square square1:
                                    square1.Draw(output);
                                    break;
                                default:
                                    shape.Draw(output);
                                    break;
                            }
                        }

                        return output.ToString();
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

    [Fact]
    public Task ElementReads_SwitchOnTheReadOnce_VarArmNamesIt()
        => new VerifyCS.Test
        {
            TestCode = """
                using System.Text;

                class C
                {
                    double Sum(int n, StringBuilder output)
                    {
                        var shapes = new IShape[n];
                        for (int i = 0; i < n; i++) shapes[i] = i % 2 == 0 ? new Circle() : new Square();
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shapes[i].Area|]();
                            [|shapes[i].Draw|](output);
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                using System.Text;

                class C
                {
                    double Sum(int n, StringBuilder output)
                    {
                        var shapes = new IShape[n];
                        for (int i = 0; i < n; i++) shapes[i] = i % 2 == 0 ? new Circle() : new Square();
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += shapes[i] switch
                            {
                                Circle circle => circle.Area(),
                                Square square => square.Area(),
                                var shape => shape.Area(),
                            };
                            switch (shapes[i])
                            {
                                case Circle circle1:
                                    circle1.Draw(output);
                                    break;
                                case Square square1:
                                    square1.Draw(output);
                                    break;
                                case var shape1:
                                    shape1.Draw(output);
                                    break;
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

    [Fact]
    public Task ExplicitImplementation_ArmCallsThroughCastToElementType()
        => new VerifyCS.Test
        {
            TestCode = """
                using System.Collections.Generic;

                public interface IShape { double Area(); }
                public sealed class Circle : IShape { double IShape.Area() => 3; }
                public sealed class Square : IShape { public double Area() => 4; public double Area(int scale) => scale; }

                class C
                {
                    double Sum()
                    {
                        var shapes = new List<IShape>();
                        shapes.Add(new Circle());
                        shapes.Add(new Square());
                        double total = 0;
                        foreach (var shape in shapes) total += [|shape.Area|]();
                        return total;
                    }
                }
                """,
            FixedCode = """
                using System.Collections.Generic;

                public interface IShape { double Area(); }
                public sealed class Circle : IShape { double IShape.Area() => 3; }
                public sealed class Square : IShape { public double Area() => 4; public double Area(int scale) => scale; }

                class C
                {
                    double Sum()
                    {
                        var shapes = new List<IShape>();
                        shapes.Add(new Circle());
                        shapes.Add(new Square());
                        double total = 0;
                        foreach (var shape in shapes) total += shape switch
                        {
                            Circle circle => ((IShape)circle).Area(),
                            Square square => square.Area(),
                            _ => shape.Area(),
                        };
                        return total;
                    }
                }
                """,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

    [Fact]
    public Task NullMutableStructsAndUnsealedTypes_TakeTheDefaultArm_OutputUnchanged()
        => new VerifyCS.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;
                using System.Text;

                public interface ICounter { int Next(); }
                public sealed class Up : ICounter { private int _n; public int Next() => ++_n; }
                public sealed class Down : ICounter { private int _n; public int Next() => --_n; }
                public struct Tally : ICounter { private int _n; public int Next() => _n += 10; }
                public class Base : ICounter { public virtual int Next() => 100; }
                public class Derived : Base { public override int Next() => 200; }

                public static class Program
                {
                    public static void Main()
                    {
                        var up = new Up();
                        var counters = new List<ICounter> { up, new Down(), new Tally(), new Base(), new Derived(), up, null! };
                        var log = new StringBuilder();
                        for (int round = 0; round < 2; round++)
                        {
                            foreach (var counter in counters)
                            {
                                try
                                {
                                    log.Append([|counter.Next|]()).Append(' ');
                                }
                                catch (NullReferenceException)
                                {
                                    log.Append("null ");
                                }
                            }
                        }

                        Console.WriteLine(log);
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.Collections.Generic;
                using System.Text;

                public interface ICounter { int Next(); }
                public sealed class Up : ICounter { private int _n; public int Next() => ++_n; }
                public sealed class Down : ICounter { private int _n; public int Next() => --_n; }
                public struct Tally : ICounter { private int _n; public int Next() => _n += 10; }
                public class Base : ICounter { public virtual int Next() => 100; }
                public class Derived : Base { public override int Next() => 200; }

                public static class Program
                {
                    public static void Main()
                    {
                        var up = new Up();
                        var counters = new List<ICounter> { up, new Down(), new Tally(), new Base(), new Derived(), up, null! };
                        var log = new StringBuilder();
                        for (int round = 0; round < 2; round++)
                        {
                            foreach (var counter in counters)
                            {
                                try
                                {
                                    log.Append(counter switch
                                    {
                                        Up up1 => up1.Next(),
                                        Down down => down.Next(),
                                        _ => counter.Next(),
                                    }).Append(' ');
                                }
                                catch (NullReferenceException)
                                {
                                    log.Append("null ");
                                }
                            }
                        }

                        Console.WriteLine(log);
                    }
                }
                """,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

    [Fact]
    public async Task MoreKnownTypesThanAllowed_NotOffered_UnlessTheLimitIsRaised()
    {
        const string code = """
            using System.Collections.Generic;

            public sealed class Triangle : IShape { public double Area() => 5; public void Draw(System.Text.StringBuilder output) { } }
            public sealed class Hexagon : IShape { public double Area() => 6; public void Draw(System.Text.StringBuilder output) { } }

            class C
            {
                double Sum()
                {
                    var shapes = new List<IShape> { new Circle(), new Square(), new Triangle(), new Hexagon() };
                    double total = 0;
                    foreach (var shape in shapes) total += [|shape.Area|]();
                    return total;
                }
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = code + Shapes,
            FixedCode = code + Shapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

        await new VerifyCS.Test
        {
            TestCode = code + Shapes,
            FixedCode = code.Replace("total += [|shape.Area|]();", """
                total += shape switch
                        {
                            Circle circle => circle.Area(),
                            Hexagon hexagon => hexagon.Area(),
                            Square square => square.Area(),
                            Triangle triangle => triangle.Area(),
                            _ => shape.Area(),
                        };
                """) + Shapes,
            EditorConfig = AllLoopsHot + "\ndispatch_analyzers.max_hoisted_types = 4",
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();
    }

    /// <summary>Other.cs of the two-file test after the type switch, one at a time or by Fix All.</summary>
    private const string OtherSwitched = """
        using System.Collections.Generic;

        static class Other
        {
            public static int Run(List<INode> unknown)
            {
                var nodes = new List<INode> { new Leaf(), new Pair() };
                int total = 0;
                foreach (var node in nodes) total += node switch
                {
                    Leaf leaf => leaf.Eval(),
                    Pair pair => pair.Eval(),
                    _ => node.Eval(),
                };
                return total;
            }
        }
        """;

    [Fact]
    public Task NestedAndRepeatedCallsInSeveralDocuments_FixAllSwitchesInnermostFirst()
        => new VerifyCS.Test
        {
            TestCode = """
                using System.Collections.Generic;

                public interface INode { int Eval(); int Mix(int value); }
                public sealed class Leaf : INode { public int Eval() => 1; public int Mix(int value) => value + 1; }
                public sealed class Pair : INode { public int Eval() => 2; public int Mix(int value) => value * 2; }

                static class Kernel
                {
                    public static int Run(int n)
                    {
                        var nodes = new List<INode>();
                        for (int i = 0; i < n; i++) nodes.Add(i % 3 == 0 ? new Leaf() : new Pair());
                        int total = 0;
                        foreach (var node in nodes)
                        {
                            total += [|node.Mix|]([|node.Eval|]());
                        }

                        return total + Other.Run(nodes);
                    }
                }
                """,
            TestState =
            {
                Sources = { ("/0/Other.cs", """
                    using System.Collections.Generic;

                    static class Other
                    {
                        public static int Run(List<INode> unknown)
                        {
                            var nodes = new List<INode> { new Leaf(), new Pair() };
                            int total = 0;
                            foreach (var node in nodes) total += [|node.Eval|]();
                            return total;
                        }
                    }
                    """) },
            },
            // One at a time, the outer call is switched first and its default arm keeps the inner call as it was.
            FixedCode = """
                using System.Collections.Generic;

                public interface INode { int Eval(); int Mix(int value); }
                public sealed class Leaf : INode { public int Eval() => 1; public int Mix(int value) => value + 1; }
                public sealed class Pair : INode { public int Eval() => 2; public int Mix(int value) => value * 2; }

                static class Kernel
                {
                    public static int Run(int n)
                    {
                        var nodes = new List<INode>();
                        for (int i = 0; i < n; i++) nodes.Add(i % 3 == 0 ? new Leaf() : new Pair());
                        int total = 0;
                        foreach (var node in nodes)
                        {
                            total += node switch
                            {
                                Leaf leaf => leaf.Mix(node switch
                                {
                                    Leaf leaf1 => leaf1.Eval(),
                                    Pair pair1 => pair1.Eval(),
                                    _ => node.Eval(),
                                }),
                                Pair pair => pair.Mix(node switch
                                {
                                    Leaf leaf2 => leaf2.Eval(),
                                    Pair pair2 => pair2.Eval(),
                                    _ => node.Eval(),
                                }),
                                _ => node.Mix(node.Eval()),
                            };
                        }

                        return total + Other.Run(nodes);
                    }
                }
                """,
            BatchFixedCode = """
                using System.Collections.Generic;

                public interface INode { int Eval(); int Mix(int value); }
                public sealed class Leaf : INode { public int Eval() => 1; public int Mix(int value) => value + 1; }
                public sealed class Pair : INode { public int Eval() => 2; public int Mix(int value) => value * 2; }

                static class Kernel
                {
                    public static int Run(int n)
                    {
                        var nodes = new List<INode>();
                        for (int i = 0; i < n; i++) nodes.Add(i % 3 == 0 ? new Leaf() : new Pair());
                        int total = 0;
                        foreach (var node in nodes)
                        {
                            total += node switch
                            {
                                Leaf leaf1 => leaf1.Mix(node switch
                                {
                                    Leaf leaf => leaf.Eval(),
                                    Pair pair => pair.Eval(),
                                    _ => node.Eval(),
                                }),
                                Pair pair1 => pair1.Mix(node switch
                                {
                                    Leaf leaf => leaf.Eval(),
                                    Pair pair => pair.Eval(),
                                    _ => node.Eval(),
                                }),
                                _ => node.Mix(node switch
                                {
                                    Leaf leaf => leaf.Eval(),
                                    Pair pair => pair.Eval(),
                                    _ => node.Eval(),
                                }),
                            };
                        }

                        return total + Other.Run(nodes);
                    }
                }
                """,
            NumberOfIncrementalIterations = 4,
            FixedState = { Sources = { ("/0/Other.cs", OtherSwitched) } },
            BatchFixedState = { Sources = { ("/0/Other.cs", OtherSwitched) } },
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

    [Fact]
    public Task Split_LocalListFilledAndIterated_OneListPerType_OutputUnchanged()
        => new VerifyCS.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;

                public static class Program
                {
                    public static void Main()
                    {
                        var shapes = new List<IShape>();
                        for (int i = 0; i < 10; i++)
                        {
                            shapes.Add(new Circle(i));
                            if (i % 3 == 0) shapes.Add(new Square(i));
                        }

                        long total = 0;
                        // Sum every area.
                        foreach (var shape in shapes)
                        {
                            total += [|shape.Area|]();
                        }

                        Console.WriteLine(total);
                    }
                }
                """ + IntShapes,
            FixedCode = """
                using System;
                using System.Collections.Generic;

                public static class Program
                {
                    public static void Main()
                    {
                        var circles = new List<Circle>();
                        var squares = new List<Square>();
                        for (int i = 0; i < 10; i++)
                        {
                            circles.Add(new Circle(i));
                            if (i % 3 == 0) squares.Add(new Square(i));
                        }

                        long total = 0;
                        // Sum every area.
                        foreach (var shape in circles)
                        {
                            total += shape.Area();
                        }

                        foreach (var shape in squares)
                        {
                            total += shape.Area();
                        }

                        Console.WriteLine(total);
                    }
                }
                """ + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Split,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

    [Fact]
    public Task Split_PrivateFieldWithGroupedInitializer_ExplicitLoopTypeAndExplicitImplementation()
        => new VerifyCS.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;

                sealed class Scene
                {
                    /// <summary>Everything drawn.</summary>
                    private readonly List<IShape> _shapes = new List<IShape> { new Circle(1), new Circle(2), new Box() };

                    public Scene(int n)
                    {
                        for (int i = 0; i < n; i++) _shapes.Add(new Square(i));
                        this._shapes.Add(new Box());
                    }

                    public long Sum()
                    {
                        long total = 0;
                        foreach (IShape shape in _shapes) total += [|shape.Area|]();
                        return total;
                    }

                    public long SumTwice()
                    {
                        long total = 0;
                        foreach (var shape in this._shapes)
                        {
                            var twice = 2 * [|shape.Area|]();
                            if (twice > 1000) continue;
                            total += twice;
                        }

                        return total;
                    }
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var scene = new Scene(7);
                        Console.WriteLine(scene.Sum());
                        Console.WriteLine(scene.SumTwice());
                    }
                }
                """ + IntShapes,
            FixedCode = """
                using System;
                using System.Collections.Generic;

                sealed class Scene
                {
                    /// <summary>Everything drawn.</summary>
                    private readonly List<Circle> _circles = new List<Circle> { new Circle(1), new Circle(2) };
                    private readonly List<Box> _boxes = new List<Box> { new Box() };
                    private readonly List<Square> _squares = new List<Square>();

                    public Scene(int n)
                    {
                        for (int i = 0; i < n; i++) _squares.Add(new Square(i));
                        this._boxes.Add(new Box());
                    }

                    public long Sum()
                    {
                        long total = 0;
                        foreach (Circle shape in _circles) total += shape.Area();
                        foreach (Box shape in _boxes) total += ((IShape)shape).Area();
                        foreach (Square shape in _squares) total += shape.Area();
                        return total;
                    }

                    public long SumTwice()
                    {
                        long total = 0;
                        foreach (var shape in this._circles)
                        {
                            var twice = 2 * shape.Area();
                            if (twice > 1000) continue;
                            total += twice;
                        }

                        foreach (var shape in this._boxes)
                        {
                            var twice = 2 * ((IShape)shape).Area();
                            if (twice > 1000) continue;
                            total += twice;
                        }

                        foreach (var shape in this._squares)
                        {
                            var twice = 2 * shape.Area();
                            if (twice > 1000) continue;
                            total += twice;
                        }

                        return total;
                    }
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var scene = new Scene(7);
                        Console.WriteLine(scene.Sum());
                        Console.WriteLine(scene.SumTwice());
                    }
                }
                """ + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Split,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

    [Fact]
    public async Task Split_NotOfferedWhenAnyUseCouldChangeMoreThanOrder()
    {
        const string code = """
            using System;
            using System.Collections.Generic;

            public class Blob : IShape { public long Area() => 7; }

            class C
            {
                private readonly List<IShape> _other = new() { new Circle(1), new Square(1) };
                internal List<IShape> Internal = new() { new Circle(1), new Square(1) };

                long Run(IShape unknown, Func<IShape, long> measure)
                {
                    long total = 0;
                    var breaks = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in breaks) { if (total > 5) break; total += [|shape.Area|](); }
                    var passed = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in passed) total += [|shape.Area|]() + measure(shape);
                    var escapes = new List<IShape> { new Circle(1), new Square(2) };
                    Fill(escapes);
                    foreach (var shape in escapes) total += [|shape.Area|]();
                    var inserted = new List<IShape> { new Circle(1) };
                    inserted.Insert(0, new Square(2));
                    foreach (var shape in inserted) total += [|shape.Area|]();
                    var untyped = new List<IShape> { new Circle(1), new Square(2) };
                    untyped.Add(unknown);
                    foreach (var shape in untyped) total += [|shape.Area|]();
                    Circle? none = null;
                    var nullable = new List<IShape> { new Square(2) };
                    nullable.Add(none!);
                    foreach (var shape in nullable) total += [|shape.Area|]();
                    var interleaved = new List<IShape> { new Circle(1), new Square(2), new Circle(3) };
                    foreach (var shape in interleaved) total += [|shape.Area|]();
                    var unsealed = new List<IShape> { new Circle(1), new Blob() };
                    foreach (var shape in unsealed) total += [|shape.Area|]();
                    var counted = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in counted) total += [|shape.Area|]() * counted.Count;
                    var captured = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in captured) total += [|shape.Area|]() + Apply(() => shape.Area());
                    var array = new IShape[] { new Circle(1), new Square(2) };
                    foreach (var shape in array) total += [|shape.Area|]();
                    foreach (var shape in _other) total += [|shape.Area|]();
                    foreach (var shape in Internal) total += [|shape.Area|]();
                    return total;
                }

                long Returns()
                {
                    var shapes = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in shapes) if ([|shape.Area|]() > 3) return 1;
                    return 0;
                }

                static void Fill(List<IShape> shapes) => shapes.Add(new Circle(5));

                static long Apply(Func<long> f) => f();

                long Other(C other)
                {
                    other._other.Add(new Circle(3));
                    return 0;
                }
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = code + IntShapes,
            FixedCode = code + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Split,
        }.RunAsync();
    }

    [Fact]
    public Task Split_FixAll_SeveralCollectionsAndLoops_EachSplitOnce()
        => new VerifyCS.Test
        {
            TestCode = """
                using System.Collections.Generic;

                static class Kernel
                {
                    public static long Run(int n)
                    {
                        var shapes = new List<IShape>();
                        var boxes = new List<IShape> { new Box() };
                        for (int i = 0; i < n; i++)
                        {
                            shapes.Add(new Square(i));
                            shapes.Add(new Circle(i));
                            boxes.Add(new Circle(i));
                        }

                        long total = 0;
                        foreach (var shape in shapes) total += [|shape.Area|]();
                        foreach (var shape in shapes) total -= [|shape.Area|]();
                        foreach (var box in boxes)
                            total += [|box.Area|]();
                        return total;
                    }
                }
                """ + IntShapes,
            FixedCode = """
                using System.Collections.Generic;

                static class Kernel
                {
                    public static long Run(int n)
                    {
                        var squares = new List<Square>();
                        var circles = new List<Circle>();
                        var boxes1 = new List<Box> { new Box() };
                        var circles1 = new List<Circle>();
                        for (int i = 0; i < n; i++)
                        {
                            squares.Add(new Square(i));
                            circles.Add(new Circle(i));
                            circles1.Add(new Circle(i));
                        }

                        long total = 0;
                        foreach (var shape in squares) total += shape.Area();
                        foreach (var shape in circles) total += shape.Area();
                        foreach (var shape in squares) total -= shape.Area();
                        foreach (var shape in circles) total -= shape.Area();
                        foreach (var box in boxes1)
                            total += ((IShape)box).Area();
                        foreach (var box in circles1)
                            total += box.Area();
                        return total;
                    }
                }
                """ + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Split,
        }.RunAsync();

    [Fact]
    public Task SealedOverrideOnBaseAndSealedSubclass_DerivedArmFirst_OutputUnchanged()
        => new VerifyCS.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;

                public abstract class Body { public abstract int Fall(); }
                public class Ball : Body { public sealed override int Fall() => 1; }
                public sealed class HeavyBall : Ball { public int Weight => 3; }
                public sealed class Feather : Body { public override int Fall() => 2; }

                public static class Program
                {
                    public static void Main()
                    {
                        var bodies = new List<Body> { new Ball(), new HeavyBall(), new Feather() };
                        int total = 0;
                        foreach (var body in bodies) total += [|body.Fall|]();
                        Console.WriteLine(total);
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.Collections.Generic;

                public abstract class Body { public abstract int Fall(); }
                public class Ball : Body { public sealed override int Fall() => 1; }
                public sealed class HeavyBall : Ball { public int Weight => 3; }
                public sealed class Feather : Body { public override int Fall() => 2; }

                public static class Program
                {
                    public static void Main()
                    {
                        var bodies = new List<Body> { new Ball(), new HeavyBall(), new Feather() };
                        int total = 0;
                        foreach (var body in bodies) total += body switch
                        {
                            HeavyBall heavyBall => heavyBall.Fall(),
                            Ball ball => ball.Fall(),
                            Feather feather => feather.Fall(),
                            _ => body.Fall(),
                        };
                        Console.WriteLine(total);
                    }
                }
                """,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

    [Fact]
    public async Task TopLevelStatements_TypeSwitchApplies_SplitNotOffered()
    {
        const string code = """
            using System;
            using System.Collections.Generic;

            var shapes = new List<IShape>();
            shapes.Add(new Circle(1));
            shapes.Add(new Square(2));
            long total = 0;
            foreach (var shape in shapes) total += [|shape.Area|]();
            Console.WriteLine(total);
            """;
        await new VerifyCS.Test
        {
            TestCode = code + IntShapes,
            FixedCode = """
                using System;
                using System.Collections.Generic;

                var shapes = new List<IShape>();
                shapes.Add(new Circle(1));
                shapes.Add(new Square(2));
                long total = 0;
                foreach (var shape in shapes) total += shape switch
                {
                    Circle circle => circle.Area(),
                    Square square => square.Area(),
                    _ => shape.Area(),
                };
                Console.WriteLine(total);
                """ + IntShapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

        // Top-level locals are not in a block the split could declare its lists in.
        await new VerifyCS.Test
        {
            TestCode = code + IntShapes,
            FixedCode = code + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Split,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
        }.RunAsync();
    }

    [Fact]
    public Task PropertyAndIndexerReads_SwitchedLikeCalls_OutputUnchanged()
        => new VerifyCS.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;

                public interface IGrid { int Size { get; } int this[int i] { get; } }
                public sealed class Small : IGrid { public int Size => 2; public int this[int i] => i; }
                public sealed class Large : IGrid { public int Size => 20; public int this[int i] => 10 * i; }

                public static class Program
                {
                    public static void Main()
                    {
                        var grids = new List<IGrid> { new Small(), new Large(), new Small() };
                        int total = 0;
                        foreach (var grid in grids)
                        {
                            total += [|grid.Size|] * [|grid[3]|];
                        }

                        Console.WriteLine(total);
                    }
                }
                """,
            FixedCode = """
                using System;
                using System.Collections.Generic;

                public interface IGrid { int Size { get; } int this[int i] { get; } }
                public sealed class Small : IGrid { public int Size => 2; public int this[int i] => i; }
                public sealed class Large : IGrid { public int Size => 20; public int this[int i] => 10 * i; }

                public static class Program
                {
                    public static void Main()
                    {
                        var grids = new List<IGrid> { new Small(), new Large(), new Small() };
                        int total = 0;
                        foreach (var grid in grids)
                        {
                            total += grid switch
                            {
                                Small small => small.Size,
                                Large large => large.Size,
                                _ => grid.Size,
                            } * grid switch
                            {
                                Small small1 => small1[3],
                                Large large1 => large1[3],
                                _ => grid[3],
                            };
                        }

                        Console.WriteLine(total);
                    }
                }
                """,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

    /// <summary>A local list both fixes apply to: two sealed types added, summed in a foreach.</summary>
    private const string BothFixesApply = """
        using System.Collections.Generic;

        class C
        {
            long Sum(int n)
            {
                var shapes = new List<IShape>();
                for (int i = 0; i < n; i++)
                {
                    shapes.Add(new Circle(i));
                    shapes.Add(new Square(i));
                }

                long total = 0;
                foreach (var shape in shapes)
                {
                    total += [|shape.Area|]();
                }

                return total;
            }
        }
        """;

    private const string BothFixesSplit = """
        using System.Collections.Generic;

        class C
        {
            long Sum(int n)
            {
                var circles = new List<Circle>();
                var squares = new List<Square>();
                for (int i = 0; i < n; i++)
                {
                    circles.Add(new Circle(i));
                    squares.Add(new Square(i));
                }

                long total = 0;
                foreach (var shape in circles)
                {
                    total += shape.Area();
                }

                foreach (var shape in squares)
                {
                    total += shape.Area();
                }

                return total;
            }
        }
        """;

    [Fact]
    public async Task DynamicPgoOn_TypeSwitchNotOffered_SplitStillIs()
    {
        // Without PublishAot the runtime's guarded devirtualization already tests the commonest type: no switch.
        await new VerifyCS.Test
        {
            TestCode = BothFixesApply + IntShapes,
            FixedCode = BothFixesApply + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

        await new VerifyCS.Test
        {
            TestCode = BothFixesApply + IntShapes,
            FixedCode = BothFixesSplit + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = Split,
        }.RunAsync();
    }

    [Fact]
    public Task NoPgo_SplitIsTheFirstAction()
        => new VerifyCS.Test
        {
            TestCode = BothFixesApply + IntShapes,
            FixedCode = BothFixesSplit + IntShapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = Split,
        }.RunAsync();

    /// <summary>Every runtime setting where Dynamic PGO does not guard the call: the switch pays there, offered after the split.</summary>
    [Theory]
    [InlineData(NoPgo)]
    [InlineData("build_property.TieredPGO = false")]
    [InlineData("build_property.TieredCompilation = false")]
    [InlineData("build_property.TargetFramework = net48")]
    [InlineData("build_property.TargetFrameworkIdentifier = .NETCoreApp\nbuild_property.TargetFrameworkVersion = v7.0")]
    public Task RuntimeWithoutDynamicPgo_TypeSwitchIsTheSecondAction(string globalConfig)
        => new VerifyCS.Test
        {
            TestCode = BothFixesApply + IntShapes,
            FixedCode = BothFixesApply.Replace("total += [|shape.Area|]();", SwitchedArea) + IntShapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = globalConfig,
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

    [Fact]
    public Task AggressiveOptimizationMethod_TypeSwitchOffered_PgoOn()
        => new VerifyCS.Test
        {
            TestCode = AggressivelyOptimized(BothFixesApply) + IntShapes,
            FixedCode = AggressivelyOptimized(BothFixesApply.Replace("total += [|shape.Area|]();", SwitchedArea)) + IntShapes,
            EditorConfig = AllLoopsHot,
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();

    private const string SwitchedArea = """
        total += shape switch
                    {
                        Circle circle => circle.Area(),
                        Square square => square.Area(),
                        _ => shape.Area(),
                    };
        """;

    private static string AggressivelyOptimized(string source)
        => source.Replace("    long Sum(int n)", "    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]\n    long Sum(int n)");

    [Theory]
    [InlineData("public long Area() { long sum = 0; for (int k = 0; k < 4; k++) sum += k; return sum; }")]
    [InlineData("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] public long Area() => 2;")]
    [InlineData("public long Area() { long a = 2; return a * a; }")]
    public Task CalleeTheJitKeepsOutOfLine_TypeSwitchNotOffered(string squareArea)
    {
        var shapes = IntShapes.Replace("public sealed class Square(long side) : IShape { public long Area() => side * side; }", "public sealed class Square(long side) : IShape { " + squareArea + " }");
        return new VerifyCS.Test
        {
            TestCode = BothFixesApply + shapes,
            FixedCode = BothFixesApply + shapes,
            EditorConfig = AllLoopsHot,
            GlobalConfig = NoPgo,
            CodeActionEquivalenceKey = TypeSwitch,
        }.RunAsync();
    }
}
