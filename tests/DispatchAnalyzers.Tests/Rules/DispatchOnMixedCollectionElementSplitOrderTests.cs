using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnMixedCollectionElementAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnMixedCollectionElementCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>
/// DSP002's split visits the elements type by type: offered only where the loop's result does not depend on the order
/// of visits (<c>SplitOrderIndependence</c>), never where it does.
/// </summary>
public sealed class DispatchOnMixedCollectionElementSplitOrderTests
{
    private const string AllLoopsHot = "dispatch_analyzers.hot_loop_scope = all";
    private const string Split = DispatchOnMixedCollectionElementCodeFixProvider.SplitByTypeEquivalenceKey;

    private const string Shapes = "\n" + """
        public interface IShape { long Area(); }
        public sealed class Circle(long r) : IShape { public long Area() => 3 * r * r; }
        public sealed class Square(long side) : IShape { public long Area() => side * side; }
        public sealed class Counter { private long _next; public long Next() => ++_next; }
        """;

    [Fact]
    public async Task Split_OrderDependentBodies_NotOffered()
    {
        const string code = """
            using System;
            using System.Collections.Generic;

            class C
            {
                private long _sum;

                long Run(Counter counter, long[] cells)
                {
                    long total = 0;
                    int step = 0;
                    var counted = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in counted) { step++; total += step % 2 == 0 ? [|shape.Area|]() : -1; }
                    var capped = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in capped) { if (total > 5) continue; total += [|shape.Area|](); }
                    var checkedSum = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in checkedSum) checked { total += [|shape.Area|](); }
                    var mixedOperators = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in mixedOperators) { total += [|shape.Area|](); total *= 2; }
                    var refLocal = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in refLocal) { ref long slot = ref cells[0]; slot += [|shape.Area|](); }
                    var field = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in field) _sum += [|shape.Area|]();
                    var stateful = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in stateful) total += [|shape.Area|]() * counter.Next();
                    var text = "";
                    var concatenated = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in concatenated) text += [|shape.Area|]();
                    var runningValue = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in runningValue) Console.WriteLine(total += [|shape.Area|]());
                    long seen = 0;
                    Action report = () => Console.WriteLine(seen);
                    var captured = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in captured) { seen += [|shape.Area|](); report(); }
                    return total + text.Length + seen;
                }
            }
            """;
        await new VerifyCS.Test
        {
            TestCode = code + Shapes,
            FixedCode = code + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Split,
        }.RunAsync();
    }

    [Fact]
    public Task Split_CommutativeAccumulators_OfferedAndPrintsTheSame()
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
                        for (int i = 1; i <= 9; i++)
                        {
                            shapes.Add(new Circle(i));
                            if (i % 2 == 0) shapes.Add(new Square(i));
                        }

                        long total = 0, product = 1, bits = 0;
                        int count = 0;
                        double halves = 0;
                        var log = new List<long>();
                        foreach (var shape in shapes)
                        {
                            var area = [|shape.Area|]();
                            if (area % 3 == 0) continue;
                            count++;
                            total += area;
                            total -= 1;
                            product *= area % 7 + 1;
                            bits |= 1L << (int)(area % 64);
                            halves += area / 2.0;
                            log.Add(area);
                        }

                        log.Sort();
                        Console.WriteLine($"{count} {total} {product} {bits} {halves} {string.Join(",", log)}");
                    }
                }
                """ + Shapes,
            FixedCode = """
                using System;
                using System.Collections.Generic;

                public static class Program
                {
                    public static void Main()
                    {
                        var circles = new List<Circle>();
                        var squares = new List<Square>();
                        for (int i = 1; i <= 9; i++)
                        {
                            circles.Add(new Circle(i));
                            if (i % 2 == 0) squares.Add(new Square(i));
                        }

                        long total = 0, product = 1, bits = 0;
                        int count = 0;
                        double halves = 0;
                        var log = new List<long>();
                        foreach (var shape in circles)
                        {
                            var area = shape.Area();
                            if (area % 3 == 0) continue;
                            count++;
                            total += area;
                            total -= 1;
                            product *= area % 7 + 1;
                            bits |= 1L << (int)(area % 64);
                            halves += area / 2.0;
                            log.Add(area);
                        }

                        foreach (var shape in squares)
                        {
                            var area = shape.Area();
                            if (area % 3 == 0) continue;
                            count++;
                            total += area;
                            total -= 1;
                            product *= area % 7 + 1;
                            bits |= 1L << (int)(area % 64);
                            halves += area / 2.0;
                            log.Add(area);
                        }

                        log.Sort();
                        Console.WriteLine($"{count} {total} {product} {bits} {halves} {string.Join(",", log)}");
                    }
                }
                """ + Shapes,
            EditorConfig = AllLoopsHot,
            CodeActionEquivalenceKey = Split,
            TestState = { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();
}
