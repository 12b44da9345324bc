using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Rules;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnLoopInvariantReceiverAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnLoopInvariantReceiverCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

public class DispatchOnLoopInvariantReceiverCodeFixTests
{
    private const string AllLoopsHot = "dispatch_analyzers.hot_loop_scope = all";
    private const string Hoist = DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey;

    private const string Shapes = """
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
                            for (int i = 0; i < n; i++)
                            {
                                total += circle.Area();
                            }
                        }
                        else if (shape is Square square)
                        {
                            for (int i = 0; i < n; i++)
                            {
                                total += square.Area();
                            }
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
}
