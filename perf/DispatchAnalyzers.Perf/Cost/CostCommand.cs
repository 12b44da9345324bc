using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Perf.CodeGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>
/// <c>dotnet run -c Release --project perf/DispatchAnalyzers.Perf -- cost --files 1000 --seed 1 [--scope all]</c>: what
/// the DSP analyzers cost on a generated codebase, as a share of its compile time, against CA1859, in memory, and per
/// edit of one document (<see cref="EditLatency"/>).
/// </summary>
/// <remarks>
/// Warms up (three rounds on a small codebase, so the compiler's own code is jitted), then per iteration measures on fresh compilations of freshly parsed trees (each analysis
/// with the compilation's source assembly already made, as the compiler has it before analyzers run): emit (bind + code generation),
/// bind only, analysis with all DSP analyzers, with CA1859 alone, and with both together (the ratio comes from that
/// one run, so both see the same machine load). Analyzer times are the compiler's execution-time logging, the numbers
/// <c>-p:ReportAnalyzer=true</c> prints; the table shows the best run of each (other processes only add time) and the
/// median DSP / CA1859 ratio. Memory is what each analysis leaves reachable while its compilation is alive.
/// </remarks>
public static class CostCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CostOptions.Parse(args);
        var analyzerOptions = ConfigOptions.ForScope(options.Scope);
        var dispatch = AnalyzerCatalog.Dispatch();
        var ca1859 = AnalyzerCatalog.FromNetAnalyzers(AnalyzerCatalog.Ca1859);

        var total = Stopwatch.StartNew();
        Console.WriteLine("Warming up on a small codebase...");
        var warmUp = GeneratedCompilation.Parse(CodebaseGenerator.Generate(options.Seed, 60));
        for (var i = 0; i < (options.DispatchOnly ? 1 : 3); i++)
        {
            if (options.DispatchOnly)
            {
                await AnalysisRun.AnalyzeAsync(warmUp, dispatch, analyzerOptions, options.Concurrent).ConfigureAwait(false);
                continue;
            }

            await MeasureAsync(warmUp, dispatch, ca1859, analyzerOptions, options.Concurrent).ConfigureAwait(false);
        }

        var stopwatch = Stopwatch.StartNew();
        var codebase = CodebaseGenerator.Generate(options.Seed, options.Files);
        var generate = stopwatch.Elapsed;
        AnalysisRun.Settle();
        stopwatch.Restart();
        var trees = GeneratedCompilation.Parse(codebase);
        var parse = stopwatch.Elapsed;
        Console.WriteLine($"Generated codebase: seed {options.Seed}, {codebase.Files.Count:N0} files, {codebase.Lines:N0} lines, {codebase.Modules} modules (generated in {generate.TotalMilliseconds:N0} ms).");
        Console.WriteLine($"Analyzers: {string.Join(", ", dispatch.Select(a => a.GetType().Name))}; {ca1859.GetType().Name} ({AnalyzerCatalog.Ca1859}). {(options.Concurrent ? "Concurrent" : "Single-threaded")} build and analysis, {options.Iterations} iteration(s), {options.Edits} edit(s). Scope: {options.Scope ?? "default (nested)"}.");

        if (options.DispatchOnly)
        {
            // Once to jit the analyzers' code on the whole codebase, then measured (each run's DSP time, and the best).
            await AnalysisRun.AnalyzeAsync(trees, dispatch, analyzerOptions, options.Concurrent).ConfigureAwait(false);
            var runs = new List<AnalysisRun>();
            for (var i = 0; i < Math.Max(1, options.Iterations); i++)
            {
                var measured = await AnalysisRun.AnalyzeAsync(trees, dispatch, analyzerOptions, options.Concurrent).ConfigureAwait(false);
                runs.Add(measured);
                Console.WriteLine($"  run {i + 1}: DSP {measured.TimeOf(dispatch).TotalMilliseconds:N0} ms, wall {measured.Wall.TotalMilliseconds:N0} ms, processor time of the process {measured.ProcessorTime.TotalMilliseconds:N0} ms");
            }

            var run = runs.OrderBy(r => r.TimeOf(dispatch)).First();
            Console.WriteLine($"DSP analyzers, best of {runs.Count}: {run.TimeOf(dispatch).TotalMilliseconds:N0} ms (" + string.Join(", ", dispatch.Select(a => $"{a.GetType().Name} {run.TimeOf(new[] { a }).TotalMilliseconds:N0}")) + ")");
            Console.WriteLine($"Memory: retained {run.RetainedBytes / 1048576.0:N0} MB, allocated {run.AllocatedBytes / 1048576.0:N0} MB.");
            Console.WriteLine("Diagnostics: " + string.Join(", ", run.DiagnosticCounts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}")));
            return 0;
        }

        var samples = new List<CostSample>();
        for (var i = 0; i < options.Iterations; i++)
        {
            var sample = await MeasureAsync(trees, dispatch, ca1859, analyzerOptions, options.Concurrent).ConfigureAwait(false);
            samples.Add(sample);
            Console.WriteLine($"  iteration {i + 1}: emit {sample.Emit.TotalMilliseconds:N0} ms, DSP {sample.Together.TimeOf(dispatch).TotalMilliseconds:N0} ms, CA1859 {sample.Together.TimeOf(new[] { ca1859 }).TotalMilliseconds:N0} ms");
        }

        if (samples.Count > 0)
        {
            CostReport.Print(Console.Out, samples.Select(s => s.Parse).Append(parse).Min(), samples, dispatch, ca1859);
        }

        if (options.Edits > 0)
        {
            var edits = await EditLatency.MeasureAsync(trees, dispatch, ca1859, analyzerOptions, options.Concurrent, options.Edits, options.ColdEdits).ConfigureAwait(false);
            CostReport.PrintEdits(Console.Out, edits, options.ColdEdits);
        }

        Console.WriteLine($"Total run time: {total.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }

    /// <summary>Parses the files again and compiles them (not in the async method: its state would keep the trees alive through the analyses).</summary>
    private static (TimeSpan Parse, TimeSpan Emit) ParseAndEmit(ImmutableArray<SyntaxTree> trees, bool concurrent)
    {
        AnalysisRun.Settle();
        var stopwatch = Stopwatch.StartNew();
        var parsed = GeneratedCompilation.Fresh(trees);
        var parse = stopwatch.Elapsed;
        return (parse, AnalysisRun.Emit(parsed, concurrent));
    }

    private static async Task<CostSample> MeasureAsync(
        ImmutableArray<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> dispatch, DiagnosticAnalyzer ca1859, AnalyzerOptions options, bool concurrent)
    {
        var (parse, emit) = ParseAndEmit(trees, concurrent);
        var bind = AnalysisRun.Bind(trees, concurrent);
        var dsp = await AnalysisRun.AnalyzeAsync(trees, dispatch, options, concurrent).ConfigureAwait(false);
        var ca = await AnalysisRun.AnalyzeAsync(trees, ImmutableArray.Create(ca1859), options, concurrent).ConfigureAwait(false);
        var together = await AnalysisRun.AnalyzeAsync(trees, dispatch.Add(ca1859), options, concurrent).ConfigureAwait(false);
        return new CostSample(parse, emit, bind, dsp, ca, together);
    }
}

/// <summary>One iteration's measurements.</summary>
public sealed record CostSample(TimeSpan Parse, TimeSpan Emit, TimeSpan Bind, AnalysisRun Dispatch, AnalysisRun Ca1859, AnalysisRun Together);
