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

    [Theory]
    [InlineData("step++; total += step % 2 == 0 ? [|shape.Area|]() : -1;")] // a counter read in the body
    [InlineData("if (total > 5) continue; total += [|shape.Area|]();")] // the running sum read
    [InlineData("checked { total += [|shape.Area|](); }")] // where an overflow check throws depends on the order
    [InlineData("total += [|shape.Area|](); total *= 2;")] // two operator families on one variable
    [InlineData("total = total + [|shape.Area|]();")] // a plain assignment reading the variable
    [InlineData("ref long slot = ref cells[0]; slot += [|shape.Area|]();")] // a ref local into shared storage
    [InlineData("cells[0] += [|shape.Area|]();")] // an array element
    [InlineData("_sum += [|shape.Area|]();")] // a field
    [InlineData("total += [|shape.Area|]() * counter.Next();")] // the result of a stateful object outside the loop
    [InlineData("text += [|shape.Area|]();")] // string concatenation
    [InlineData("Console.WriteLine(total += [|shape.Area|]());")] // the running sum used as a value
    [InlineData("seen += [|shape.Area|](); report();")] // an accumulator captured by a delegate
    public async Task Split_OrderDependentBody_NotOffered(string body)
    {
        var code = """
            using System;
            using System.Collections.Generic;

            class C
            {
                private long _sum;

                long Run(Counter counter, long[] cells)
                {
                    long total = 0, seen = 0;
                    int step = 0;
                    var text = "";
                    Action report = () => Console.WriteLine(seen);
                    var shapes = new List<IShape> { new Circle(1), new Square(2) };
                    foreach (var shape in shapes)
                    {
                        BODY
                    }

                    return total + step + text.Length + seen + _sum;
                }
            }
            """.Replace("BODY", body) + Shapes;
        await new VerifyCS.Test
        {
            TestCode = code,
            FixedCode = code,
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
