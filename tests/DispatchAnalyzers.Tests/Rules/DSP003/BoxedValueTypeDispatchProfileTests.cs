using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Model.Profile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Rules.BoxedValueTypeDispatchAnalyzer>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP003 with a dispatch profile: the box is reported where its calls are measured hot, with what reached them, and not where they are measured cold.</summary>
public sealed class BoxedValueTypeDispatchProfileTests
{
    private const string Source = """
        public interface IShape { double Area(); }
        public readonly struct Dot : IShape { public double Area() => 1; }

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
        """;

    private static readonly string Hash = TestProfile.MemberHash(Source, "Sum");

    [Fact]
    public Task CallsMeasuredHot_ReportsWithWhatReachedThem()
        => Verify(
            new TestSite("M:Kernel.Sum(System.Int32)", "M:IShape.Area", 0, 70, ("Dot", 32)) { MemberSourceHash = Hash },
            VerifyCS.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("Dot", "IShape", "and dispatched on through local 'shape' in a hot loop (measured: Dot 100 %; 32 samples over 1 run)"));

    [Fact]
    public Task CallsMeasuredCold_NotReported()
        => Verify(new TestSite("M:Kernel.Sum(System.Int32)", "M:IShape.Area", 0, 2, ("Dot", 32)) { MemberSourceHash = Hash });

    [Fact]
    public Task MemberMeasuredButCallsAbsent_NotReported()
        => Verify(new TestSite("M:Kernel.Sum(System.Int32)", "M:System.Object.ToString", 0, 90, ("Dot", 32)) { MemberSourceHash = Hash });

    private static Task Verify(TestSite site, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Source };
        test.TestState.AdditionalFiles.Add((TestProfile.Path, TestProfile.Json(site)));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
