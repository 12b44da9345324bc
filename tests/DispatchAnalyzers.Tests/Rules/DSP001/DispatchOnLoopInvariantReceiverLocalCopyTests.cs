using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnLoopInvariantReceiverAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnLoopInvariantReceiverCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>
/// DSP001's hoist gives each typed loop its own copy of the variables the loop writes (<see cref="LoopLocalCopies"/>),
/// and leaves alone every variable another path could observe meanwhile. Each test that could behave differently runs
/// the program before and after the fix.
/// </summary>
public sealed class DispatchOnLoopInvariantReceiverLocalCopyTests
{
    private const string AllLoops = "dispatch_analyzers.hot_loop_scope = all\n" + SingleTypeSites;

    /// <summary>One-type sites are reported only on request (Dynamic PGO guards them); these tests are about such sites too.</summary>
    internal const string SingleTypeSites = "dispatch_analyzers.report_single_type_sites = true";
    private const string Hoist = DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey;

    private const string Shapes = "\n" + """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        """;

    /// <summary>Main runs <c>Sum</c> with a circle, with another shape and with null (caught).</summary>
    private const string Main = """
            static IShape? Make(int k) => k == 1 ? new Other() : null;

            public static void Main()
            {
                for (int k = 0; k < 3; k++)
                {
                    try { System.Console.WriteLine(Sum(k, 3)); }
                    catch (System.NullReferenceException) { System.Console.WriteLine("null"); }
                }
            }
        """;

    private const string Other = "\npublic sealed class Other : IShape { public double Area() => 5; }";

    [Fact]
    public Task IntegerAccumulatorAndParameter_CopiedPerTypedLoop()
        => Fixed(
            """
            static long Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                long count = 0;
                while (n-- > 0)
                {
                    count += (long)[|shape!.Area|]();
                }

                return count * 10 + n;
            }
            """,
            """
            static long Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                long count = 0;
                if (shape is Circle circle)
                {
                    var n1 = n;
                    var count1 = count;
                    while (n1-- > 0)
                    {
                        count1 += (long)circle.Area();
                    }

                    n = n1;
                    count = count1;
                }
                else
                {
                    while (n-- > 0)
                    {
                        count += (long)shape!.Area();
                    }
                }

                return count * 10 + n;
            }
            """);

    [Fact]
    public Task StructAccumulator_CopiedPerTypedLoop()
        => Fixed(
            """
            struct Acc { public double Sum; public int Count; }

            static string Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                var acc = new Acc();
                for (int i = 0; i < n; i++)
                {
                    acc.Sum += [|shape!.Area|]();
                    acc.Count++;
                }

                return acc.Sum + "/" + acc.Count;
            }
            """,
            """
            struct Acc { public double Sum; public int Count; }

            static string Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                var acc = new Acc();
                if (shape is Circle circle)
                {
                    var acc1 = acc;
                    for (int i = 0; i < n; i++)
                    {
                        acc1.Sum += circle.Area();
                        acc1.Count++;
                    }

                    acc = acc1;
                }
                else
                {
                    for (int i = 0; i < n; i++)
                    {
                        acc.Sum += shape!.Area();
                        acc.Count++;
                    }
                }

                return acc.Sum + "/" + acc.Count;
            }
            """);

    [Fact]
    public Task VariableOnlyReadInLoop_NotCopied()
        => Fixed(
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double scale = 2, total = 0;
                for (int i = 0; i < n; i++)
                {
                    total += scale * [|shape!.Area|]();
                }

                return total;
            }
            """,
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double scale = 2, total = 0;
                if (shape is Circle circle)
                {
                    var total1 = total;
                    for (int i = 0; i < n; i++)
                    {
                        total1 += scale * circle.Area();
                    }

                    total = total1;
                }
                else
                {
                    for (int i = 0; i < n; i++)
                    {
                        total += scale * shape!.Area();
                    }
                }

                return total;
            }
            """);

    [Fact]
    public Task CapturedLocal_NotCopied()
        => Fixed(
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                System.Func<double> peek = () => total;
                double seen = 0;
                for (int i = 0; i < n; i++)
                {
                    total += [|shape!.Area|]();
                    seen += peek();
                }

                return total * 100 + seen;
            }
            """,
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                System.Func<double> peek = () => total;
                double seen = 0;
                if (shape is Circle circle)
                {
                    var seen1 = seen;
                    for (int i = 0; i < n; i++)
                    {
                        total += circle.Area();
                        seen1 += peek();
                    }

                    seen = seen1;
                }
                else
                {
                    for (int i = 0; i < n; i++)
                    {
                        total += shape!.Area();
                        seen += peek();
                    }
                }

                return total * 100 + seen;
            }
            """);

    [Fact]
    public Task RefLocalAndItsTarget_NotCopied()
        => Fixed(
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0, seen = 0;
                ref double alias = ref total;
                for (int i = 0; i < n; i++)
                {
                    alias += [|shape!.Area|]();
                    total += 1;
                    seen += alias;
                }

                return total * 100 + seen;
            }
            """,
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0, seen = 0;
                ref double alias = ref total;
                if (shape is Circle circle)
                {
                    var seen1 = seen;
                    for (int i = 0; i < n; i++)
                    {
                        alias += circle.Area();
                        total += 1;
                        seen1 += alias;
                    }

                    seen = seen1;
                }
                else
                {
                    for (int i = 0; i < n; i++)
                    {
                        alias += shape!.Area();
                        total += 1;
                        seen += alias;
                    }
                }

                return total * 100 + seen;
            }
            """);

    [Fact]
    public Task OutArgumentOutsideLoop_NotCopied()
        => Fixed(
            """
            static void Start(out double value) => value = 1;

            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                Start(out double total);
                for (int i = 0; i < n; i++)
                {
                    total += [|shape!.Area|]();
                }

                return total;
            }
            """,
            """
            static void Start(out double value) => value = 1;

            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                Start(out double total);
                if (shape is Circle circle)
                {
                    for (int i = 0; i < n; i++)
                    {
                        total += circle.Area();
                    }
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
            """);

    [Fact]
    public Task TryFinallyReadingVariable_NotCopied()
        => Fixed(
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                try
                {
                    for (int i = 0; i < n; i++)
                    {
                        total += [|shape!.Area|]();
                        if (i == 1) return -1;
                    }
                }
                finally
                {
                    System.Console.Write(total + " ");
                }

                return total;
            }
            """,
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                try
                {
                    if (shape is Circle circle)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            total += circle.Area();
                            if (i == 1) return -1;
                        }
                    }
                    else
                    {
                        for (int i = 0; i < n; i++)
                        {
                            total += shape!.Area();
                            if (i == 1) return -1;
                        }
                    }
                }
                finally
                {
                    System.Console.Write(total + " ");
                }

                return total;
            }
            """);

    [Fact]
    public Task TryCatchReadingVariable_NotCopied()
        => Fixed(
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                try
                {
                    for (int i = 0; i < n; i++)
                    {
                        total += [|shape!.Area|]();
                        if (i == 1) throw new System.InvalidOperationException();
                    }
                }
                catch (System.InvalidOperationException)
                {
                    return -total;
                }

                return total;
            }
            """,
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                try
                {
                    if (shape is Circle circle)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            total += circle.Area();
                            if (i == 1) throw new System.InvalidOperationException();
                        }
                    }
                    else
                    {
                        for (int i = 0; i < n; i++)
                        {
                            total += shape!.Area();
                            if (i == 1) throw new System.InvalidOperationException();
                        }
                    }
                }
                catch (System.InvalidOperationException)
                {
                    return -total;
                }

                return total;
            }
            """);

    [Fact]
    public Task LoopEndUnreachable_CopiedWithoutWriteBack()
        => Fixed(
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                for (int i = 0; ; i++)
                {
                    total += [|shape!.Area|]();
                    if (i >= n) return total;
                }
            }
            """,
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0;
                if (shape is Circle circle)
                {
                    var total1 = total;
                    for (int i = 0; ; i++)
                    {
                        total1 += circle.Area();
                        if (i >= n) return total1;
                    }
                }
                else
                {
                    for (int i = 0; ; i++)
                    {
                        total += shape!.Area();
                        if (i >= n) return total;
                    }
                }
            }
            """);

    [Fact]
    public Task NameofAndInferredTupleName_NotCopied()
        => Fixed(
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0, last = 0;
                string name = "";
                for (int i = 0; i < n; i++)
                {
                    total += [|shape!.Area|]();
                    var pair = (last, i);
                    last = pair.last + 1;
                    name = nameof(total);
                }

                return total + last + name.Length;
            }
            """,
            """
            static double Sum(int k, int n)
            {
                IShape? shape = new Circle();
                if (k > 0) shape = Make(k);
                double total = 0, last = 0;
                string name = "";
                if (shape is Circle circle)
                {
                    var name1 = name;
                    for (int i = 0; i < n; i++)
                    {
                        total += circle.Area();
                        var pair = (last, i);
                        last = pair.last + 1;
                        name1 = nameof(total);
                    }

                    name = name1;
                }
                else
                {
                    for (int i = 0; i < n; i++)
                    {
                        total += shape!.Area();
                        var pair = (last, i);
                        last = pair.last + 1;
                        name = nameof(total);
                    }
                }

                return total + last + name.Length;
            }
            """);

    [Theory]
    [InlineData("if (total > 100) goto done;", false)]
    [InlineData("if (total > 100) break;", true)]
    public void GotoOutOfLoop_NoCopies(string exit, bool copied)
    {
        var tree = CSharpSyntaxTree.ParseText($$"""
            class C
            {
                double Sum(System.Func<double> area, int n)
                {
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += area();
                        {{exit}}
                    }
                    done:
                    return total;
                }
            }
            """);
        var compilation = CSharpCompilation.Create("Test", [tree], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        var model = compilation.GetSemanticModel(tree);
        var loop = (ILoopOperation)model.GetOperation(tree.GetRoot().DescendantNodes().OfType<ForStatementSyntax>().Single())!;

        var copies = LoopLocalCopies.For(loop, CancellationToken.None);

        Assert.Equal(copied ? new[] { "total" } : new string[0], copies.Variables.Select(v => v.Name));
    }

    /// <summary>Applies the hoist to <paramref name="method"/> in a program, compares with <paramref name="expected"/>, runs both.</summary>
    private static Task Fixed(string method, string expected)
        => new VerifyCS.Test
        {
            TestCode = Program(method),
            FixedCode = Program(expected),
            EditorConfig = AllLoops,
            CodeActionEquivalenceKey = Hoist,
            TestState = { OutputKind = OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

    private static string Program(string method)
        => "public static class Program\n{\n" + Indent(method) + "\n\n" + Main + "\n}\n" + Shapes + Other;

    private static string Indent(string code)
        => string.Join("\n", code.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
