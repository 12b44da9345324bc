using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Model.Profile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Rules.DispatchOnLoopInvariantReceiverAnalyzer>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP001 with a dispatch profile: the measurement overrides the static guess (<see cref="DispatchAnalyzers.Model.Profile.MeasuredVerdict"/>).</summary>
public sealed class DispatchOnLoopInvariantReceiverProfileTests
{
    private const string Member = "M:Kernel.Sum(IShape,System.Int32)";

    /// <summary>Two types reach <c>shape</c> in source: without a profile, a warning.</summary>
    private const string Source = """
        public interface IShape { double Area(); double Scale { get; } }
        public sealed class Circle : IShape { public double Area() => 3.14; public double Scale => 1; }
        public sealed class Square : IShape { public double Area() => 1; public double Scale => 2; }

        static class Kernel
        {
            static double Sum(IShape shape, int n)
            {
                double total = 0;
                for (int i = 0; i < n; i++) total += {|#0:shape.Area|}();
                return total;
            }

            static double Both() => Sum(new Circle(), 10) + Sum(new Square(), 10);
        }
        """;

    private static readonly string Hash = TestProfile.MemberHash(Source, "Sum");

    [Fact]
    public Task MeasuredPolymorphicAndHot_ReportsWarningWithShares()
        => Verify(
            Site(90, ("Square", 20), ("Circle", 12)),
            Expected(DiagnosticSeverity.Warning, "measured: Square 63 %, Circle 38 %; 32 samples over 1 run"));

    [Fact]
    public Task MeasuredWithManyTypes_ShowsThreeAndCountsTheRest()
        => Verify(
            Site(90, ("Circle", 40), ("Square", 22), ("Triangle", 22), ("Hexagon", 6), ("Star", 4), ("Dot", 2)),
            Expected(DiagnosticSeverity.Warning, "measured: Circle 42 %, Square 23 %, Triangle 23 %, 3 more; 96 samples over 1 run"));

    [Fact]
    public Task MeasuredMonomorphic_NotReported()
        => Verify(Site(90, ("Circle", 31), ("Square", 1)));

    [Fact]
    public Task MeasuredMonomorphic_PublishAot_ReportsWarning()
        => Verify(
            Site(90, ("Circle", 32)),
            globalConfig: "build_property.PublishAot = true",
            expected: Expected(DiagnosticSeverity.Warning, "measured: Circle 100 %; 32 samples over 1 run"));

    [Fact]
    public Task MeasuredBelowHotPercentile_NotReported()
        => Verify(Site(5, ("Circle", 20), ("Square", 12)));

    [Fact]
    public Task HotPercentileOption_RaisesTheBar()
        => Verify(Site(60, ("Circle", 20), ("Square", 12)), editorConfig: "dispatch_analyzers.profile.hot_percentile = 75");

    [Fact]
    public Task PolymorphicShareOption_LowersTheBar()
        => Verify(
            Site(90, ("Circle", 31), ("Square", 1)),
            editorConfig: "dispatch_analyzers.profile.polymorphic_share = 0.03",
            expected: Expected(DiagnosticSeverity.Warning, "measured: Circle 97 %, Square 3 %; 32 samples over 1 run"));

    [Fact]
    public Task MemberMeasuredButSiteAbsent_Cold_NotReported()
        => Verify(new TestSite(Member, "M:IShape.get_Scale", 0, 90, ("Circle", 32)) { MemberSourceHash = Hash });

    [Fact]
    public Task MemberChanged_MayBeStale_ReportsOneLevelLower()
        => Verify(
            Site(90, ("Circle", 20), ("Square", 12)) with { MemberSourceHash = "0123" },
            Expected(DiagnosticSeverity.Info, "measured: Circle 63 %, Square 38 %; 32 samples over 1 run; profile may be stale"));

    [Fact]
    public Task CodeTheProfileDoesNotCover_ProfileScope_NotReported()
        => Verify(new TestSite("M:Other.Run", "M:IShape.Area", 0, 90, ("Circle", 20), ("Square", 12)));

    [Fact]
    public Task CodeTheProfileDoesNotCover_ExplicitScope_StaticRule()
        => Verify(
            new TestSite("M:Other.Run", "M:IShape.Area", 0, 90, ("Circle", 20), ("Square", 12)),
            editorConfig: "dispatch_analyzers.hot_loop_scope = all",
            expected: Expected(DiagnosticSeverity.Warning, "Circle, Square"));

    [Fact]
    public Task MalformedProfile_StaticRule()
        => new VerifyCS.Test
        {
            TestCode = Source,
            EditorConfig = "dispatch_analyzers.hot_loop_scope = all",
            TestState = { AdditionalFiles = { (TestProfile.Path, "{ \"formatVersion\": 1, \"sites\": [ ") } },
            ExpectedDiagnostics = { Expected(DiagnosticSeverity.Warning, "Circle, Square") },
        }.RunAsync();

    private static TestSite Site(double percentile, params (string Type, int Count)[] targets)
        => new(Member, "M:IShape.Area", 0, percentile, targets) { MemberSourceHash = Hash };

    private static DiagnosticResult Expected(DiagnosticSeverity severity, string types)
        => VerifyCS.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSeverity(severity).WithArguments("IShape.Area", "shape", types);

    private static Task Verify(TestSite site, DiagnosticResult? expected = null, string? editorConfig = null, string? globalConfig = null)
    {
        var test = new VerifyCS.Test { TestCode = Source, EditorConfig = editorConfig, GlobalConfig = globalConfig };
        test.TestState.AdditionalFiles.Add((TestProfile.Path, TestProfile.Json(site)));
        if (expected is { } diagnostic)
        {
            test.ExpectedDiagnostics.Add(diagnostic);
        }

        return test.RunAsync();
    }
}
