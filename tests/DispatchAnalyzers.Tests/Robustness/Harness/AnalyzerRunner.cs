using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Runs analyzers over a project or compilation the way the compiler does (concurrently, with the project's analyzer
/// config options) and returns what a test compares: analyzer diagnostics of any severity plus compiler errors,
/// suppressed ones excluded, sorted by path, span and ID. An analyzer exception (AD0001) throws.
/// </summary>
public static class AnalyzerRunner
{
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        Project project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CancellationToken cancellationToken = default)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The project has no compilation.");
        return await GetDiagnosticsAsync(compilation, analyzers, project.AnalyzerOptions, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var crashes = exceptions.Concat(all.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw (AD0001):\n" + string.Join("\n\n", crashes));
        }

        return Sort(all.Where(d => !d.IsSuppressed && (d.Severity == DiagnosticSeverity.Error || !IsCompilerDiagnostic(d))));
    }

    public static bool IsCompilerDiagnostic(Diagnostic diagnostic)
        => diagnostic.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.Compiler);

    public static ImmutableArray<Diagnostic> Sort(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
}
