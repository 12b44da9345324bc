using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>
/// One measured run: wall-clock time, the processor time of the whole process during it (every thread: the compiler's
/// binding, the driver and the analyzers; less sensitive to other processes than the wall-clock times), each analyzer's execution time (from the compiler's own logging), what it reported,
/// the bytes allocated during the analysis, and the bytes still reachable after it while the compilation is alive (what
/// an analyzer keeps per compilation, on top of what the compiler itself keeps).
/// </summary>
public sealed record AnalysisRun(
    TimeSpan Wall,
    TimeSpan ProcessorTime,
    ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> ExecutionTimes,
    ImmutableDictionary<string, int> DiagnosticCounts,
    long AllocatedBytes,
    long RetainedBytes)
{
    /// <summary>Binds every method body of a fresh compilation (what the analyzer driver pays before any analyzer runs).</summary>
    public static TimeSpan Bind(ImmutableArray<SyntaxTree> trees, bool concurrent)
    {
        var compilation = GeneratedCompilation.Create(GeneratedCompilation.Fresh(trees), concurrent);
        Settle();
        var stopwatch = Stopwatch.StartNew();
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        stopwatch.Stop();
        if (errors > 0)
        {
            throw new InvalidOperationException($"The generated codebase has {errors} compiler errors.");
        }

        return stopwatch.Elapsed;
    }

    /// <summary>Compiles a fresh compilation of <paramref name="trees"/> (freshly parsed ones) to an in-memory assembly.</summary>
    public static TimeSpan Emit(ImmutableArray<SyntaxTree> trees, bool concurrent)
    {
        var compilation = GeneratedCompilation.Create(trees, concurrent);
        Settle();
        var stopwatch = Stopwatch.StartNew();
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        stopwatch.Stop();
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated codebase does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        return stopwatch.Elapsed;
    }

    /// <summary>
    /// Runs <paramref name="analyzers"/> over a fresh compilation of freshly parsed trees, its source assembly made
    /// (<see cref="GeneratedCompilation.Prime"/>), with execution-time logging on; an analyzer exception fails the run.
    /// </summary>
    public static async Task<AnalysisRun> AnalyzeAsync(
        ImmutableArray<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, bool concurrent, CancellationToken cancellationToken = default)
    {
        var compilation = GeneratedCompilation.Prime(GeneratedCompilation.Create(GeneratedCompilation.Fresh(trees), concurrent, AnalyzerCatalog.Ca1859));
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, Options(options, concurrent, exceptions));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();
        var processor = Process.GetCurrentProcess().TotalProcessorTime - processorBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        ThrowIfAnalyzerFailed(exceptions, diagnostics);

        var times = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            times[analyzer] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false)).ExecutionTime;
        }

        var counts = diagnostics.GroupBy(d => d.Id).ToImmutableDictionary(g => g.Key, g => g.Count());
        GC.KeepAlive(withAnalyzers);
        return new AnalysisRun(stopwatch.Elapsed, processor, times.ToImmutable(), counts, allocated, retained);
    }

    /// <summary>The options of every measured analysis: execution-time logging on, exceptions collected.</summary>
    public static CompilationWithAnalyzersOptions Options(AnalyzerOptions options, bool concurrent, ConcurrentQueue<string> exceptions)
        => new(
            options,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);

    /// <summary>Fails the measurement when an analyzer threw (a run that threw measured nothing).</summary>
    public static void ThrowIfAnalyzerFailed(ConcurrentQueue<string> exceptions, ImmutableArray<Diagnostic> diagnostics)
    {
        if (!exceptions.IsEmpty || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("An analyzer threw:\n" + string.Join("\n", exceptions.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()))));
        }
    }

    /// <summary>Collects the previous runs' garbage, so that no run pays for another's.</summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The summed execution time of the given analyzers.</summary>
    public TimeSpan TimeOf(IEnumerable<DiagnosticAnalyzer> analyzers)
        => TimeSpan.FromTicks(analyzers.Sum(a => ExecutionTimes.TryGetValue(a, out var time) ? time.Ticks : 0));
}
