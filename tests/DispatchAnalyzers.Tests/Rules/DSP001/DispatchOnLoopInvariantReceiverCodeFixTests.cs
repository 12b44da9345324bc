using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnLoopInvariantReceiverAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnLoopInvariantReceiverCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

public class DispatchOnLoopInvariantReceiverCodeFixTests
{
    private const string AllLoopsHot = "dispatch_analyzers.hot_loop_scope = all\n" + SingleTypeSites;

    /// <summary>One-type sites are reported only on request (Dynamic PGO guards them); these tests are about such sites too.</summary>
    internal const string SingleTypeSites = "dispatch_analyzers.report_single_type_sites = true";
    private const string Hoist = DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey;
    private const string MakeGeneric = DispatchOnLoopInvariantReceiverCodeFixProvider.MakeGenericEquivalenceKey;

    private const string StructShapes = "\n" + """
        public interface IShape { double Area(); }
        public readonly struct Dot : IShape { public double Area() => 1; }
        public sealed class Circle : IShape { public double Area() => 3; }
        """;

    private const string Shapes = "\n" + """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        public sealed class Square : IShape { public double Area() => 4; }
        """;

    [Fact]
    public async Task LocalReceiver_HoistsTypeCheck()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Sum(int n)
                    {
                        IShape shape = new Circle();
                        if (n > 10) shape = new Square();
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Sum(int n)
                    {
                        IShape shape = new Circle();
                        if (n > 10) shape = new Square();
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += circle.Area();
                            }

                            total = total1;
                        }
                        else if (shape is Square square)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += square.Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape.Area();
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task ParameterReceiver_TwoTypes_HoistsTypeCheck()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3) + Sum(new Square(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3) + Sum(new Square(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += circle.Area();
                            }

                            total = total1;
                        }
                        else if (shape is Square square)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += square.Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape.Area();
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task ParameterReceiver_OneType_HoistsSingleCheck()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                            total += [|shape.Area|]();
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                                total1 += circle.Area();
                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                                total += shape.Area();
                        }
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task ParameterReceiver_ThreeTypes_HoistsThreeChecks()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3) + Sum(new Square(), 3) + Sum(new Triangle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        foreach (var weight in new double[n])
                        {
                            total += weight * [|shape.Area|]();
                        }

                        return total;
                    }
                }

                public sealed class Triangle : IShape { public double Area() => 5; }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3) + Sum(new Square(), 3) + Sum(new Triangle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            foreach (var weight in new double[n])
                            {
                                total1 += weight * circle.Area();
                            }

                            total = total1;
                        }
                        else if (shape is Square square)
                        {
                            var total1 = total;
                            foreach (var weight in new double[n])
                            {
                                total1 += weight * square.Area();
                            }

                            total = total1;
                        }
                        else if (shape is Triangle triangle)
                        {
                            var total1 = total;
                            foreach (var weight in new double[n])
                            {
                                total1 += weight * triangle.Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            foreach (var weight in new double[n])
                            {
                                total += weight * shape.Area();
                            }
                        }

                        return total;
                    }
                }

                public sealed class Triangle : IShape { public double Area() => 5; }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task ReadOnlyFieldReceiver_CopiesToLocalThenHoists()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    private readonly IShape _shape = new Circle();

                    double Sum(int n)
                    {
                        double total = 0;
                        while (n-- > 0)
                        {
                            total += [|_shape.Area|]() + this._shape.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    private readonly IShape _shape = new Circle();

                    double Sum(int n)
                    {
                        double total = 0;
                        var shape = _shape;
                        if (shape is Circle circle)
                        {
                            var n1 = n;
                            var total1 = total;
                            while (n1-- > 0)
                            {
                                total1 += circle.Area() + circle.Area();
                            }

                            n = n1;
                            total = total1;
                        }
                        else
                        {
                            while (n-- > 0)
                            {
                                total += shape.Area() + shape.Area();
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task ThisReceiver_ImplicitAndExplicitCalls_UsePatternVariable()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                public abstract class Shape
                {
                    public abstract double Area();

                    public virtual double Scale => 1;

                    public double Sum(int n)
                    {
                        double total = 0;
                        do
                        {
                            total += [|Area|]() * this.Scale;
                        }
                        while (--n > 0);

                        return total;
                    }
                }

                public sealed class Disc : Shape { public override double Area() => 3; }
                public sealed class Box : Shape { public override double Area() => 4; public override double Scale => 2; }
                """,
            FixedCode = """
                public abstract class Shape
                {
                    public abstract double Area();

                    public virtual double Scale => 1;

                    public double Sum(int n)
                    {
                        double total = 0;
                        if (this is Box box)
                        {
                            var n1 = n;
                            var total1 = total;
                            do
                            {
                                total1 += box.Area() * box.Scale;
                            }
                            while (--n1 > 0);
                            n = n1;
                            total = total1;
                        }
                        else if (this is Disc disc)
                        {
                            var n1 = n;
                            var total1 = total;
                            do
                            {
                                total1 += disc.Area() * disc.Scale;
                            }
                            while (--n1 > 0);
                            n = n1;
                            total = total1;
                        }
                        else
                        {
                            do
                            {
                                total += Area() * this.Scale;
                            }
                            while (--n > 0);
                        }

                        return total;
                    }
                }

                public sealed class Disc : Shape { public override double Area() => 3; }
                public sealed class Box : Shape { public override double Area() => 4; public override double Scale => 2; }
                """,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task ExplicitInterfaceImplementation_UsesCastForm()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Hidden(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }

                public sealed class Hidden : IShape { double IShape.Area() => 7; }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Hidden(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Hidden hidden)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += ((IShape)hidden).Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape.Area();
                            }
                        }

                        return total;
                    }
                }

                public sealed class Hidden : IShape { double IShape.Area() => 7; }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task BetterOverloadOnConcreteType_UsesCastForm()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                public interface IScaler { double Scale(double factor); }
                public sealed class Doubler : IScaler
                {
                    public double Scale(double factor) => factor * 2;
                    public double Scale(int factor) => -1;
                }

                class C
                {
                    double Run() => Sum(new Doubler(), 3);

                    private static double Sum(IScaler scaler, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|scaler.Scale|](i);
                        }

                        return total;
                    }
                }
                """,
            FixedCode = """
                public interface IScaler { double Scale(double factor); }
                public sealed class Doubler : IScaler
                {
                    public double Scale(double factor) => factor * 2;
                    public double Scale(int factor) => -1;
                }

                class C
                {
                    double Run() => Sum(new Doubler(), 3);

                    private static double Sum(IScaler scaler, int n)
                    {
                        double total = 0;
                        if (scaler is Doubler doubler)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += ((IScaler)doubler).Scale(i);
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += scaler.Scale(i);
                            }
                        }

                        return total;
                    }
                }
                """,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task LoopAsEmbeddedStatement_WrapsInBlockAndKeepsComment()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    private readonly IShape _shape = new Circle();

                    double Sum(int n)
                    {
                        double total = 0;
                        if (n > 0)
                            // Sum every area.
                            for (int i = 0; i < n; i++) total += [|_shape.Area|]();
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    private readonly IShape _shape = new Circle();

                    double Sum(int n)
                    {
                        double total = 0;
                        if (n > 0)
                        {
                            // Sum every area.
                            var shape = _shape;
                            if (shape is Circle circle)
                            {
                                var total1 = total;
                                for (int i = 0; i < n; i++) total1 += circle.Area();
                                total = total1;
                            }
                            else
                            {
                                for (int i = 0; i < n; i++) total += shape.Area();
                            }
                        }
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task CommentBeforeLoop_MovesToIfStatement()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;

                        // Sum every area.
                        for (int i = 0; i < n; i++)
                        {
                            // Inner comment.
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;

                        // Sum every area.
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                // Inner comment.
                                total1 += circle.Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                // Inner comment.
                                total += shape.Area();
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task PatternVariableNames_AvoidNamesInScopeAndDeclaredLater()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    int square = 1;

                    double Run() => Sum(new Circle(), 3) + Sum(new Square(), 3);

                    private double Sum(IShape shape, int n)
                    {
                        double total = square;
                        for (int i = 0; i < n; i++)
                        {
                            var circle = [|shape.Area|]();
                            total += circle;
                        }

                        var circle1 = total;
                        return circle1;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    int square = 1;

                    double Run() => Sum(new Circle(), 3) + Sum(new Square(), 3);

                    private double Sum(IShape shape, int n)
                    {
                        double total = square;
                        if (shape is Circle circle2)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                var circle = circle2.Area();
                                total1 += circle;
                            }

                            total = total1;
                        }
                        else if (shape is Square square1)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                var circle = square1.Area();
                                total1 += circle;
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                var circle = shape.Area();
                                total += circle;
                            }
                        }

                        var circle1 = total;
                        return circle1;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task OtherUsesOfReceiver_StayUnchanged()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Circle(), new Circle(), 3);

                    static double Weigh(IShape shape) => 1;
                    static double Weigh(Circle circle) => 2;

                    private static double Sum(IShape shape, IShape other, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]() * Weigh(shape);
                            if (shape == other) total += shape.GetHashCode();
                            System.Func<double> later = () => shape.Area();
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), new Circle(), 3);

                    static double Weigh(IShape shape) => 1;
                    static double Weigh(Circle circle) => 2;

                    private static double Sum(IShape shape, IShape other, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += circle.Area() * Weigh(shape);
                                if (shape == other) total1 += shape.GetHashCode();
                                System.Func<double> later = () => shape.Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape.Area() * Weigh(shape);
                                if (shape == other) total += shape.GetHashCode();
                                System.Func<double> later = () => shape.Area();
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task NullAndUnknownTypesAtRunTime_BehaveAsBefore()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System;

                public static class Program
                {
                    static IShape? Make(int k) => k == 2 ? null : new Triangle();

                    static double Sum(int k, int n)
                    {
                        IShape? shape = new Circle();
                        if (k == 1) shape = new Square();
                        if (k > 1) shape = Make(k);
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape!.Area|]();
                        }

                        return total;
                    }

                    public static void Main()
                    {
                        for (int k = 0; k < 4; k++)
                        {
                            try { Console.WriteLine(Sum(k, 3)); }
                            catch (NullReferenceException) { Console.WriteLine("null"); }
                        }
                    }
                }

                public sealed class Triangle : IShape { public double Area() => 5; }
                """ + Shapes,
            FixedCode = """
                using System;

                public static class Program
                {
                    static IShape? Make(int k) => k == 2 ? null : new Triangle();

                    static double Sum(int k, int n)
                    {
                        IShape? shape = new Circle();
                        if (k == 1) shape = new Square();
                        if (k > 1) shape = Make(k);
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += circle.Area();
                            }

                            total = total1;
                        }
                        else if (shape is Square square)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += square.Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape!.Area();
                            }
                        }

                        return total;
                    }

                    public static void Main()
                    {
                        for (int k = 0; k < 4; k++)
                        {
                            try { Console.WriteLine(Sum(k, 3)); }
                            catch (NullReferenceException) { Console.WriteLine("null"); }
                        }
                    }
                }

                public sealed class Triangle : IShape { public double Area() => 5; }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();
    }

    [Fact]
    public async Task FixAll_SeveralLoopsAndDocuments_HoistsEachLoopOnce()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3) + Twice(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]() + shape.Area();
                        }

                        return total;
                    }

                    private static double Twice(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|shape.Area|]();
                        for (int i = 0; i < n; i++) total += [|shape.Area|]();
                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3) + Twice(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += circle.Area() + circle.Area();
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape.Area() + shape.Area();
                            }
                        }

                        return total;
                    }

                    private static double Twice(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++) total1 += circle.Area();
                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++) total += shape.Area();
                        }
                        if (shape is Circle circle1)
                        {
                            var total2 = total;
                            for (int i = 0; i < n; i++) total2 += circle1.Area();
                            total = total2;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++) total += shape.Area();
                        }
                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        };
        test.TestState.Sources.Add(("/0/Other.cs", """
            class D
            {
                double Run() => Sum(new Square(), 2);

                private static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    while (n-- > 0) total += [|shape.Area|]();
                    return total;
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Other.cs", """
                class D
                {
                    double Run() => Sum(new Square(), 2);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Square square)
                        {
                            var n1 = n;
                            var total1 = total;
                            while (n1-- > 0) total1 += square.Area();
                            n = n1;
                            total = total1;
                        }
                        else
                        {
                            while (n-- > 0) total += shape.Area();
                        }
                        return total;
                    }
                }
                """));
        await test.RunAsync();
    }

    [Fact]
    public async Task NestedLoops_SingleFixesHoistOuterFirst_FixAllHoistsInnermostFirst()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                            for (int j = 0; j < n; j++)
                            {
                                total += [|shape.Area|]();
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total1 += circle.Area();
                                for (int j = 0; j < n; j++)
                                {
                                    total1 += circle.Area();
                                }
                            }

                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape.Area();
                                if (shape is Circle circle1)
                                {
                                    var total2 = total;
                                    for (int j = 0; j < n; j++)
                                    {
                                        total2 += circle1.Area();
                                    }

                                    total = total2;
                                }
                                else
                                {
                                    for (int j = 0; j < n; j++)
                                    {
                                        total += shape.Area();
                                    }
                                }
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            BatchFixedCode = """
                class C
                {
                    double Run() => Sum(new Circle(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Circle circle1)
                        {
                            var total2 = total;
                            for (int i = 0; i < n; i++)
                            {
                                total2 += circle1.Area();
                                if (shape is Circle circle)
                                {
                                    var total1 = total2;
                                    for (int j = 0; j < n; j++)
                                    {
                                        total1 += circle.Area();
                                    }

                                    total2 = total1;
                                }
                                else
                                {
                                    for (int j = 0; j < n; j++)
                                    {
                                        total2 += circle1.Area();
                                    }
                                }
                            }

                            total = total2;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += shape.Area();
                                if (shape is Circle circle)
                                {
                                    var total1 = total;
                                    for (int j = 0; j < n; j++)
                                    {
                                        total1 += circle.Area();
                                    }

                                    total = total1;
                                }
                                else
                                {
                                    for (int j = 0; j < n; j++)
                                    {
                                        total += shape.Area();
                                    }
                                }
                            }
                        }

                        return total;
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Hoist,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_PrivateStaticWithStructCallers_InPlaceWithStructConstraint()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Dot(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Dot(), 3);

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
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_PrivateInstanceWithExistingTypeParameters_AppendsLast()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Dot(), "a", 3) + Sum(new Circle(), "b", 3);

                    private double Sum<T>(IShape shape, T tag, int n)
                        where T : class
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Dot(), "a", 3) + Sum(new Circle(), "b", 3);

                    private double Sum<T, TShape>(TShape shape, T tag, int n)
                        where T : class
                        where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_PublicMethod_ForwardsToGenericOverload()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System.Runtime.CompilerServices;

                public class C
                {
                    /// <summary>Sums.</summary>
                    [MethodImpl(MethodImplOptions.AggressiveInlining)]
                    [System.Obsolete("old")]
                    public static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                using System.Runtime.CompilerServices;

                public class C
                {
                    /// <summary>Sums.</summary>
                    [MethodImpl(MethodImplOptions.AggressiveInlining)]
                    [System.Obsolete("old")]
                    public static double Sum(IShape shape, int n) => Sum<IShape>(shape, n);

                    /// <inheritdoc cref="Sum(IShape, int)"/>
                    [MethodImpl(MethodImplOptions.AggressiveInlining)]
                    public static double Sum<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_PrivateMethodCalledWithNull_Forwards()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Dot(), 3) + Sum(null!, 0);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Dot(), 3) + Sum(null!, 0);

                    private static double Sum(IShape shape, int n) => Sum<IShape>(shape, n);

                    private static double Sum<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_InterfaceImplementation_Forwards()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                public interface ISummer { double Sum(IShape shape, int n); }

                public class C : ISummer
                {
                    public double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|shape.Area|]();
                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                public interface ISummer { double Sum(IShape shape, int n); }

                public class C : ISummer
                {
                    public double Sum(IShape shape, int n) => Sum<IShape>(shape, n);

                    public double Sum<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_ProtectedVirtual_ForwardsToPrivateOverload()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                public class C
                {
                    protected virtual double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|shape.Area|]();
                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                public class C
                {
                    protected virtual double Sum(IShape shape, int n) => Sum<IShape>(shape, n);

                    private double Sum<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_AsyncPublicMethod_ForwarderDropsAsync()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                using System.Threading.Tasks;

                public class C
                {
                    public async Task<double> SumAsync(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            await Task.Yield();
                            total += [|shape.Area|]();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                using System.Threading.Tasks;

                public class C
                {
                    public Task<double> SumAsync(IShape shape, int n) => SumAsync<IShape>(shape, n);

                    public async Task<double> SumAsync<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++)
                        {
                            await Task.Yield();
                            total += shape.Area();
                        }

                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_TypeParameterNameTaken_AppendsNumber()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class TShape { }

                class C<TShape1>
                {
                    double Run() => Sum(new Dot(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|shape.Area|]();
                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                class TShape { }

                class C<TShape1>
                {
                    double Run() => Sum(new Dot(), 3);

                    private static double Sum<TShape2>(TShape2 shape, int n) where TShape2 : struct, IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area();
                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_FixAllOverSeveralMethodsAndDocuments_RewritesEachMethodOnce()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class C
                {
                    double Run() => Sum(new Dot(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|shape.Area|]() * shape.Area();
                        return total;
                    }

                    public static double Max(IShape shape, int n)
                    {
                        double max = 0;
                        for (int i = 0; i < n; i++) max = System.Math.Max(max, [|shape.Area|]());
                        return max;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                public class C
                {
                    double Run() => Sum(new Dot(), 3);

                    private static double Sum<TShape>(TShape shape, int n) where TShape : struct, IShape
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += shape.Area() * shape.Area();
                        return total;
                    }

                    public static double Max(IShape shape, int n) => Max<IShape>(shape, n);

                    public static double Max<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double max = 0;
                        for (int i = 0; i < n; i++) max = System.Math.Max(max, shape.Area());
                        return max;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        };
        test.TestState.Sources.Add(("/0/Other.cs", """
            static class D
            {
                internal static double Count(IShape shape, int n)
                {
                    double count = 0;
                    for (int i = 0; i < n; i++) count += [|shape.Area|]();
                    return count;
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Other.cs", """
                static class D
                {
                    internal static double Count<TShape>(TShape shape, int n) where TShape : IShape
                    {
                        double count = 0;
                        for (int i = 0; i < n; i++) count += shape.Area();
                        return count;
                    }
                }
                """));
        await test.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_NotOfferedWithoutCanMakeGeneric()
    {
        const string code = """
            class C
            {
                double Run() => Sum(new Circle(), 3);

                private static double Sum(IShape shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++) total += [|shape.Area|]();
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
    public async Task MakeGenericAndHoist_BothOffered_HoistFirst()
    {
        await new VerifyCS.Test
        {
            TestCode = """
                class C
                {
                    double Run() => Sum(new Dot(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        for (int i = 0; i < n; i++) total += [|shape.Area|]();
                        return total;
                    }
                }
                """ + StructShapes,
            FixedCode = """
                class C
                {
                    double Run() => Sum(new Dot(), 3);

                    private static double Sum(IShape shape, int n)
                    {
                        double total = 0;
                        if (shape is Dot dot)
                        {
                            var total1 = total;
                            for (int i = 0; i < n; i++) total1 += dot.Area();
                            total = total1;
                        }
                        else
                        {
                            for (int i = 0; i < n; i++) total += shape.Area();
                        }
                        return total;
                    }
                }
                """ + StructShapes,
            EditorConfig = AllLoopsHot,
            CodeActionIndex = 0,
        }.RunAsync();
    }

    [Fact]
    public async Task MakeGeneric_DefaultInterfaceMemberOnParameter_NotOffered()
    {
        // A struct type parameter would call Grow on a fresh box each time: the growth would be lost.
        const string code = """
            public interface IGrowing { double Area(); void Scale(); void Grow() { Scale(); } }

            public struct Blob : IGrowing
            {
                private double _size;
                public double Area() => _size;
                public void Scale() => _size += 1;
            }

            class C
            {
                double Run() => Sum(new Blob(), 3);

                private static double Sum(IGrowing shape, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        [|shape.Grow|]();
                        total += [|shape.Area|]();
                    }

                    return total;
                }
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = code,
            FixedCode = code,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = MakeGeneric,
        }.RunAsync();
    }
}
