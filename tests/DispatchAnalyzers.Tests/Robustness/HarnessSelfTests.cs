using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Robustness.SelfTest;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>The robustness harness reports what it exists to catch: analyzer exceptions, fixer exceptions, slow analyzers and hangs.</summary>
public sealed class HarnessSelfTests
{
    private const int Variants = 6;

    /// <summary>Time limit for the variants that must finish.</summary>
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    /// <summary>Time limit (and grace) for the variants that never finish on their own.</summary>
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ThrowingAnalyzer_IsAFailure()
    {
        var report = await RunAsync([new ThrowingAnalyzer()], [], Generous);
        Assert.Contains(report.Failures, f => f.Problem.Contains("boom from the test analyzer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrowingFixer_IsAFailure()
    {
        var report = await RunAsync([new LoopMarkerAnalyzer()], [new ThrowingLoopFix()], Generous);
        Assert.Contains(report.Failures, f => f.Problem.Contains("boom from the test fixer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnalyzerPastTheTimeLimit_IsATimeout_AndOneIgnoringCancellation_IsAHang()
    {
        var spinning = await RunAsync([new LoopMarkerAnalyzer(LoopMarkerAnalyzer.Behavior.SpinUntilCancelled)], [], Short);
        Assert.Contains(spinning.Failures, f => f.Problem.StartsWith("Timeout", StringComparison.Ordinal));

        var blocking = new LoopMarkerAnalyzer(LoopMarkerAnalyzer.Behavior.BlockIgnoringCancellation);
        try
        {
            var report = await RunAsync([blocking], [], Short);
            Assert.Contains(report.Failures, f => f.Problem.StartsWith("Hang", StringComparison.Ordinal));
        }
        finally
        {
            blocking.Release.Set();
        }
    }

    private static Task<RobustnessReport> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers, TimeSpan timeout)
        => RobustnessRun.RunAsync(new RobustnessTargets(analyzers, fixers), seed: 5, Variants, timeout, grace: Short, maxAppliedDiagnostics: 2, maxFailures: 1);
}
