using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Verifiers;
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
