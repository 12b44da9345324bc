using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>Two analyses running at the same time on one compilation, each with concurrent execution, report what a single-threaded one reports.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task TwoConcurrentRuns_ReportTheSameDiagnosticsAsASingleThreadedRun()
    {
        var project = GeneratedProject.Create(seed: 4, "dispatch_analyzers.hot_loop_scope = all");
        var compilation = (await project.GetCompilationAsync())!;

        var first = Task.Run(() => RunAsync(compilation, project.AnalyzerOptions, concurrent: true));
        var second = Task.Run(() => RunAsync(compilation, project.AnalyzerOptions, concurrent: true));
        var both = await Task.WhenAll(first, second);
        var single = await RunAsync(compilation, project.AnalyzerOptions, concurrent: false);

        Assert.Contains(single, line => line.StartsWith("DSP", System.StringComparison.Ordinal));
        DiagnosticFingerprint.AssertSame(single, both[0], "first concurrent run");
        DiagnosticFingerprint.AssertSame(single, both[1], "second concurrent run");
    }

    private static async Task<ImmutableArray<string>> RunAsync(Compilation compilation, AnalyzerOptions options, bool concurrent)
    {
        var withAnalyzers = compilation.WithAnalyzers(DspComponents.Analyzers, new CompilationWithAnalyzersOptions(options, null, concurrent, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return DiagnosticFingerprint.Of(diagnostics.Where(d => DspComponents.Ids.Contains(d.Id)));
    }
}
