using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>The DSP analyzers stop when analysis is cancelled in the middle of their work, and leave nothing broken behind.</summary>
public sealed class CancellationTests
{
    /// <summary>Far more than analysis of the small codebase takes: only a hang gets there.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(120);

    /// <summary>How long the rule's thread may take to reach a token check after the run was cancelled.</summary>
    private static readonly TimeSpan ObserverWait = TimeSpan.FromSeconds(10);

    /// <summary>The assemblies of the DSP analyzers: a token check there is the DSP code observing the cancellation.</summary>
    private static readonly ImmutableHashSet<string> DspAssemblies = DspComponents.Analyzers
        .Select(a => a.GetType().Assembly.GetName().Name!)
        .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The rules' analyzers. The configuration analyzer (DSP900) is left out of the cancelled runs: it reads every tree's
    /// options as soon as the compilation starts, so the cancellation would land in its loop and never reach the rules.
    /// </summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> RuleAnalyzers = DspComponents.Analyzers.OfType<DispatchAnalyzers.Rules.DispatchRuleAnalyzer>().ToImmutableArray<DiagnosticAnalyzer>();

    [Fact]
    public async Task CancelledInsideARuleAnalyzer_TheRuleCodeObservesTheToken_ThenAFreshRunMatchesAnUncancelledOne()
    {
        var project = GeneratedProject.Create(seed: 3);
        var compilation = (await project.GetCompilationAsync())!;
        var expected = await AnalyzerRunner.GetDiagnosticsAsync(compilation, DspComponents.Analyzers, project.AnalyzerOptions);
        Assert.Contains(expected, d => DspComponents.Ids.Contains(d.Id));

        foreach (var concurrent in new[] { false, true })
        {
            using var cancellation = new CancellationTokenSource();
            using var observer = new CancellationObserver(cancellation.Token, DspAssemblies);
            // Cancels when a rule analyzer first reads a tree's options, which it does once it has found a dispatch site.
            var options = new CancellingOptionsProvider(project.AnalyzerOptions.AnalyzerConfigOptionsProvider, cancellation, DspAssemblies);
            var withAnalyzers = compilation.WithAnalyzers(
                RuleAnalyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options), null, concurrent, logAnalyzerExecutionTime: false));
            var analysis = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis.WaitAsync(HangLimit));
            Assert.True(options.TreeRequests > 0, "the cancellation did not happen inside a DSP analyzer");
            // With concurrent execution the driver may give up on the run before the rule's thread reaches its next check.
            SpinWait.SpinUntil(() => observer.WatchedCodeObserved, ObserverWait);
            Assert.True(
                observer.WatchedCodeObserved,
                $"no DSP code observed the cancelled token (concurrent: {concurrent}); it was checked by:\n" + string.Join("\n", observer.Checkers.Distinct()) + "\ncancelled by:\n" + options.FirstRequest);
        }

        var again = await AnalyzerRunner.GetDiagnosticsAsync(compilation, DspComponents.Analyzers, project.AnalyzerOptions).WaitAsync(HangLimit);
        DiagnosticFingerprint.AssertSame(DiagnosticFingerprint.Of(expected), DiagnosticFingerprint.Of(again), "run after the cancelled ones");
    }
}
