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

    [Fact]
    public async Task CancelledMidAnalysis_ThrowsOperationCanceled_ThenAFreshRunMatchesAnUncancelledOne()
    {
        var project = GeneratedProject.Create(seed: 3);
        var compilation = (await project.GetCompilationAsync())!;
        var expected = await AnalyzerRunner.GetDiagnosticsAsync(compilation, DspComponents.Analyzers, project.AnalyzerOptions);
        Assert.Contains(expected, d => DspComponents.Ids.Contains(d.Id));

        foreach (var concurrent in new[] { false, true })
        {
            using var cancellation = new CancellationTokenSource();
            var options = new CancellingOptionsProvider(project.AnalyzerOptions.AnalyzerConfigOptionsProvider, cancellation);
            var withAnalyzers = compilation.WithAnalyzers(
                DspComponents.Analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options), null, concurrent, logAnalyzerExecutionTime: false));
            var analysis = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis.WaitAsync(HangLimit));
            Assert.True(options.TreeRequests > 0, "the cancellation did not happen inside a DSP analyzer");
        }

        var again = await AnalyzerRunner.GetDiagnosticsAsync(compilation, DspComponents.Analyzers, project.AnalyzerOptions).WaitAsync(HangLimit);
        DiagnosticFingerprint.AssertSame(DiagnosticFingerprint.Of(expected), DiagnosticFingerprint.Of(again), "run after the cancelled ones");
    }
}
