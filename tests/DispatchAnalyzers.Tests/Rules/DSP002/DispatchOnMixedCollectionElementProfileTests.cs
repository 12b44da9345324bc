using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Model.Profile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Rules.DispatchOnMixedCollectionElementAnalyzer>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP002 with a dispatch profile: a measured mix is reported even where the stores are unknown; a measured single type or a cold site is not.</summary>
public sealed class DispatchOnMixedCollectionElementProfileTests
{
    private const string Shapes = """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3.14; }
        public sealed class Square : IShape { public double Area() => 1; }

        """;

    /// <summary>The array is a parameter of a public method: nothing in source says what it holds.</summary>
    private const string UnknownStores = Shapes + """
        public static class Kernel
        {
            public static double Sum(IShape[] shapes)
            {
                double total = 0;
                foreach (var s in shapes) total += {|#0:s.Area|}();
                return total;
            }
        }
        """;

    /// <summary>The list is filled with two types in source: without a profile, a warning.</summary>
    private const string MixedStores = Shapes + """
        public static class Kernel
        {
            public static double Sum()
            {
                var shapes = new System.Collections.Generic.List<IShape> { new Circle(), new Square() };
                double total = 0;
                foreach (var s in shapes) total += {|#0:s.Area|}();
                return total;
            }
        }
        """;

    [Fact]
    public Task UnknownStores_MeasuredPolymorphicAndHot_ReportsWarningWithShares()
        => Verify(
            UnknownStores,
            new TestSite("M:Kernel.Sum(IShape[])", "M:IShape.Area", 0, 80, ("Circle", 13), ("Square", 10), ("Circle2", 9)) { MemberSourceHash = TestProfile.MemberHash(UnknownStores, "Sum") },
            VerifyCS.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("IShape.Area", "shapes", "IShape", "measured: Circle 41 %, Square 31 %, Circle2 28 %; 32 samples over 1 run"));

    [Fact]
    public Task UnknownStores_NotMeasured_NotReported()
        => Verify(UnknownStores, new TestSite("M:Kernel.Other", "M:IShape.Area", 0, 80, ("Circle", 13), ("Square", 10)));

    [Fact]
    public Task MixedStores_MeasuredMonomorphic_NotReported()
        => Verify(MixedStores, new TestSite("M:Kernel.Sum", "M:IShape.Area", 0, 80, ("Circle", 32)));

    [Fact]
    public Task MixedStores_MeasuredCold_NotReported()
        => Verify(MixedStores, new TestSite("M:Kernel.Sum", "M:IShape.Area", 0, 3, ("Circle", 16), ("Square", 16)));

    [Fact]
    public Task MixedStores_MeasuredPolymorphicButStale_ReportsInfo()
        => Verify(
            MixedStores,
            new TestSite("M:Kernel.Sum", "M:IShape.Area", 0, 80, ("Square", 16), ("Circle", 16)),
            VerifyCS.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(DiagnosticSeverity.Info)
                .WithArguments("IShape.Area", "shapes", "IShape", "measured: Square 50 %, Circle 50 %; 32 samples over 1 run; profile may be stale"));

    private static Task Verify(string source, TestSite site, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.AdditionalFiles.Add((TestProfile.Path, TestProfile.Json(site)));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
