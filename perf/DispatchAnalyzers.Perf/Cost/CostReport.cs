using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>Prints the cost table: the best run of every measurement, DSP's share of compile time, and the ratio to CA1859.</summary>
public static class CostReport
{
    /// <summary>All DSP analyzers together may cost at most this share of compile time.</summary>
    public const double TargetShare = 0.01;

    public static void Print(TextWriter output, TimeSpan parse, IReadOnlyList<CostSample> samples, ImmutableArray<DiagnosticAnalyzer> dispatch, DiagnosticAnalyzer ca1859)
    {
        var ca = new[] { ca1859 };
        var emit = Best(samples.Select(s => s.Emit));
        var compile = parse + emit;
        var dspAlone = Best(samples.Select(s => s.Dispatch.TimeOf(dispatch)));
        var caAlone = Best(samples.Select(s => s.Ca1859.TimeOf(ca)));
        var dspTogether = Best(samples.Select(s => s.Together.TimeOf(dispatch)));
        var caTogether = Best(samples.Select(s => s.Together.TimeOf(ca)));

        output.WriteLine();
        output.WriteLine($"| {"Measurement (best of runs)",-50} | {"wall ms",9} | {"analyzer ms",11} | {"share of compile",16} |");
        output.WriteLine($"|{new string('-', 52)}|{new string('-', 10)}:|{new string('-', 12)}:|{new string('-', 17)}:|");
        Row(output, "Parse", parse, null, null);
        Row(output, "Emit (bind + code generation)", emit, null, null);
        Row(output, "Compile = parse + emit", compile, null, null);
        Row(output, "Bind only (GetDiagnostics)", Best(samples.Select(s => s.Bind)), null, null);
        Row(output, $"All DSP analyzers ({dispatch.Length})", Best(samples.Select(s => s.Dispatch.Wall)), dspAlone, compile);
        foreach (var analyzer in dispatch)
        {
            Row(output, "  " + string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct()) + " " + analyzer.GetType().Name, null, Best(samples.Select(s => s.Dispatch.TimeOf(new[] { analyzer }))), compile);
        }

        Row(output, "CA1859 alone", Best(samples.Select(s => s.Ca1859.Wall)), caAlone, compile);
        Row(output, "DSP + CA1859 in one run: DSP", Best(samples.Select(s => s.Together.Wall)), dspTogether, compile);
        Row(output, "DSP + CA1859 in one run: CA1859", null, caTogether, compile);
        output.WriteLine();

        var share = dspAlone.TotalMilliseconds / compile.TotalMilliseconds;
        var ratio = Median(samples.Select(s => s.Together.TimeOf(dispatch).TotalMilliseconds / Math.Max(1e-9, s.Together.TimeOf(ca).TotalMilliseconds)));
        output.WriteLine($"DSP share of compile time: {share:P2} (target <= {TargetShare:P0}): {(share <= TargetShare ? "met" : "MISSED")}");
        output.WriteLine($"DSP / CA1859 (same run, median of runs): {ratio:N2} (target < 1): {(ratio < 1 ? "met" : "MISSED")}");
        var mb = 1024.0 * 1024.0;
        output.WriteLine($"Memory (smallest of runs): DSP retains {samples.Min(s => s.Dispatch.RetainedBytes) / mb:N0} MB and allocates {samples.Min(s => s.Dispatch.AllocatedBytes) / mb:N0} MB; "
            + $"CA1859 retains {samples.Min(s => s.Ca1859.RetainedBytes) / mb:N0} MB and allocates {samples.Min(s => s.Ca1859.AllocatedBytes) / mb:N0} MB "
            + "(retained: reachable after the analysis while the compilation is alive, compiler's own state included).");
        var counts = samples[^1].Together.DiagnosticCounts;
        output.WriteLine("Diagnostics: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}")));
    }

    /// <summary>Prints the per-edit medians: the compiler's own diagnostics of the document, then DSP and CA1859 on it.</summary>
    public static void PrintEdits(TextWriter output, IReadOnlyList<EditSample> edits, bool cold = false)
    {
        output.WriteLine();
        output.WriteLine($"One-line edit in {edits[0].File} (the kernel file with the most DSP findings), that document's diagnostics on a fresh compilation (median of {edits.Count} edits):");
        if (cold)
        {
            output.WriteLine("Cold edits: the DSP analyzers never saw the unedited compilation, and each edit's compilation is gone before the next is analysed.");
        }

        output.WriteLine($"| {"Per edit",-40} | {"wall ms",9} | {"analyzer ms",11} |");
        output.WriteLine($"|{new string('-', 42)}|{new string('-', 10)}:|{new string('-', 12)}:|");
        output.WriteLine($"| {"Compiler diagnostics of the document",-40} | {Ms(Median(edits.Select(e => e.Compiler))),9} | {"",11} |");
        output.WriteLine($"| {"All DSP analyzers",-40} | {Ms(Median(edits.Select(e => e.DispatchWall))),9} | {Ms(Median(edits.Select(e => e.Dispatch))),11} |");
        output.WriteLine($"| {"CA1859",-40} | {Ms(Median(edits.Select(e => e.Ca1859Wall))),9} | {Ms(Median(edits.Select(e => e.Ca1859))),11} |");
        output.WriteLine($"DSP diagnostics in the edited document: {string.Join(", ", edits.Select(e => e.DispatchDiagnostics).Distinct())}.");
        var ratio = Median(edits.Select(e => e.Dispatch.TotalMilliseconds / Math.Max(1e-9, e.Ca1859.TotalMilliseconds)));
        output.WriteLine($"DSP / CA1859 per edit (median of per-edit ratios): {ratio:N2} (target <= 1): {(ratio <= 1 ? "met" : "MISSED")}");
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N0");

    private static TimeSpan Median(IEnumerable<TimeSpan> values) => TimeSpan.FromMilliseconds(Median(values.Select(v => v.TotalMilliseconds)));

    private static void Row(TextWriter output, string name, TimeSpan? wall, TimeSpan? analyzer, TimeSpan? compile)
    {
        var wallText = wall is { } w ? w.TotalMilliseconds.ToString("N0") : "";
        var analyzerText = analyzer is { } a ? a.TotalMilliseconds.ToString("N0") : "";
        var shareText = analyzer is { } x && compile is { } c ? (x.TotalMilliseconds / c.TotalMilliseconds).ToString("P2") : "";
        output.WriteLine($"| {name,-50} | {wallText,9} | {analyzerText,11} | {shareText,16} |");
    }

    /// <summary>The fastest run: other processes only ever add time, so the minimum is the least noisy estimate.</summary>
    private static TimeSpan Best(IEnumerable<TimeSpan> values) => values.Min();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
