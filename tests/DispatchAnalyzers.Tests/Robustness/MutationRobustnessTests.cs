using System;
using System.Globalization;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Half-typed code must not crash the DSP analyzers or fixers, nor hang them. The bounded run is part of every test
/// run; the long run is the same test with more variants:
/// <c>DSP_ROBUSTNESS_VARIANTS=10000 dotnet test tests/DispatchAnalyzers.Tests -c Release --filter FullyQualifiedName~MutationRobustnessTests</c>
/// (also <c>DSP_ROBUSTNESS_SEED</c>, <c>DSP_ROBUSTNESS_APPLY</c>: for how many diagnostics per variant the actions are
/// applied, and <c>DSP_ROBUSTNESS_WHOLE_EVERY</c>: one variant in how many is analysed as a whole compilation).
/// </summary>
public sealed class MutationRobustnessTests(ITestOutputHelper output)
{
    private const int BoundedVariants = 2000;
    private const int BoundedApplied = 2;

    [Fact]
    public async Task BrokenVariants_NoAnalyzerOrFixerThrowsOrHangs()
    {
        var count = Setting("DSP_ROBUSTNESS_VARIANTS", BoundedVariants);
        var report = await RobustnessRun.RunAsync(
            RobustnessTargets.Dsp,
            Setting("DSP_ROBUSTNESS_SEED", 1),
            count,
            TimeSpan.FromSeconds(60),
            TimeSpan.FromSeconds(30),
            Setting("DSP_ROBUSTNESS_APPLY", BoundedApplied),
            Setting("DSP_ROBUSTNESS_WHOLE_EVERY", 25));
        output.WriteLine(report.Summary);
        Assert.True(report.Failures.Count == 0, report.Describe());
        Assert.Equal(count, report.Variants);

        // The run must have exercised the rules: broken code still has diagnostics, and the fixers ran on them.
        Assert.True(report.WithDiagnostics >= count / 10, report.Summary);
        Assert.True(report.ActionsApplied >= count / 10 && report.FixAllsApplied > 0, report.Summary);
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
