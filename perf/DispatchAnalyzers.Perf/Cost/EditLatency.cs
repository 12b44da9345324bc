using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>What one document's diagnostics cost after a one-line edit, the way an IDE asks for them.</summary>
/// <remarks>
/// Per edit, a line <c>_ = n;</c> is inserted into a constructor of the kernel file where the DSP analyzers report the
/// most at the scope measured (found by one analysis of the unedited codebase; its methods' parameters have call sites
/// in other files), and three fresh compilations are made from the same
/// unedited one with <see cref="Compilation.ReplaceSyntaxTree"/>, as every keystroke does: one asks the compiler alone for
/// the document's diagnostics, one runs the DSP analyzers and one CA1859 on the edited tree only
/// (<see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, TextSpan?, System.Threading.CancellationToken)"/>),
/// each compilation's source assembly made first, as the IDE has it before it asks for diagnostics (<see cref="GeneratedCompilation.Prime"/>).
/// The first edit is not counted (it jits the document paths); the order of the two analyzer runs alternates.
/// <para>
/// Cold (<c>--cold-edits</c>): the file is found on a copy of the codebase parsed again, so the DSP analyzers first see
/// the unedited trees in the first edit's compilation, and each edit's compilation (with its edited tree) is gone when
/// the next one is analysed, as in an IDE whose previous compilation is released before the keystroke is analysed.
/// Otherwise the unedited compilation, analysed once to find the file, stays alive through the edits.
/// </para>
/// </remarks>
public static class EditLatency
{
    private const string AnchorLine = "_current = primary;";

    public static async Task<IReadOnlyList<EditSample>> MeasureAsync(
        ImmutableArray<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> dispatch, DiagnosticAnalyzer ca1859, AnalyzerOptions options, bool concurrent, int edits, bool cold = false)
    {
        var unedited = GeneratedCompilation.Create(trees, concurrent, AnalyzerCatalog.Ca1859);
        var searched = cold ? GeneratedCompilation.Create(GeneratedCompilation.Fresh(trees), concurrent, AnalyzerCatalog.Ca1859) : unedited;
        var found = await MostReportedKernelFileAsync(searched, dispatch, options, concurrent).ConfigureAwait(false);
        var original = unedited.SyntaxTrees.Single(t => t.FilePath == found.FilePath);
        var samples = new List<EditSample>();
        for (var edit = 0; edit <= edits; edit++)
        {
            var compiler = TimeCompiler(unedited.ReplaceSyntaxTree(original, Edit(original, edit * 3)), original);
            var first = edit % 2 == 0 ? dispatch : ImmutableArray.Create(ca1859);
            var second = edit % 2 == 0 ? ImmutableArray.Create(ca1859) : dispatch;
            var a = await AnalyzeAsync(unedited, original, Edit(original, edit * 3 + 1), first, options, concurrent).ConfigureAwait(false);
            var b = await AnalyzeAsync(unedited, original, Edit(original, edit * 3 + 2), second, options, concurrent).ConfigureAwait(false);
            var (dsp, ca) = edit % 2 == 0 ? (a, b) : (b, a);
            if (edit > 0)
            {
                samples.Add(new EditSample(Path.GetFileName(original.FilePath), compiler, dsp.Wall, dsp.Analyzer, ca.Wall, ca.Analyzer, dsp.Reported));
            }
        }

        return samples;
    }

    /// <summary>The kernel file (one with the anchor line) where the DSP analyzers report the most in the unedited codebase.</summary>
    private static async Task<SyntaxTree> MostReportedKernelFileAsync(
        Compilation unedited, ImmutableArray<DiagnosticAnalyzer> dispatch, AnalyzerOptions options, bool concurrent)
    {
        var exceptions = new ConcurrentQueue<string>();
        var diagnostics = await unedited.WithAnalyzers(dispatch, AnalysisRun.Options(options, concurrent, exceptions)).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        AnalysisRun.ThrowIfAnalyzerFailed(exceptions, diagnostics);
        var reported = diagnostics.Where(d => d.Location.SourceTree is not null).GroupBy(d => d.Location.SourceTree!).ToDictionary(g => g.Key, g => g.Count());
        return unedited.SyntaxTrees
            .Where(t => t.GetText().ToString().Contains(AnchorLine, StringComparison.Ordinal))
            .OrderByDescending(t => reported.TryGetValue(t, out var count) ? count : 0)
            .ThenBy(t => t.FilePath, StringComparer.Ordinal)
            .First();
    }

    /// <summary>The file with one line inserted after the anchor.</summary>
    private static SyntaxTree Edit(SyntaxTree tree, int number)
    {
        var text = tree.GetText();
        var anchor = text.ToString().IndexOf(AnchorLine, StringComparison.Ordinal);
        if (anchor < 0)
        {
            throw new InvalidOperationException($"{tree.FilePath} has no line '{AnchorLine}' to edit after.");
        }

        var end = text.Lines.GetLineFromPosition(anchor).End;
        return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(end, 0), "\n        _ = " + number + ";")));
    }

    private static TimeSpan TimeCompiler(Compilation compilation, SyntaxTree original)
    {
        var tree = compilation.SyntaxTrees.First(t => t.FilePath == original.FilePath);
        AnalysisRun.Settle();
        var stopwatch = Stopwatch.StartNew();
        compilation.GetSemanticModel(tree).GetDiagnostics();
        return stopwatch.Elapsed;
    }

    private static async Task<(TimeSpan Wall, TimeSpan Analyzer, int Reported)> AnalyzeAsync(
        Compilation unedited, SyntaxTree original, SyntaxTree edited, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, bool concurrent)
    {
        var compilation = GeneratedCompilation.Prime(unedited.ReplaceSyntaxTree(original, edited));
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, AnalysisRun.Options(options, concurrent, exceptions));
        AnalysisRun.Settle();
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(edited), null, default).ConfigureAwait(false);
        stopwatch.Stop();
        AnalysisRun.ThrowIfAnalyzerFailed(exceptions, diagnostics);
        var analyzer = TimeSpan.Zero;
        foreach (var a in analyzers)
        {
            analyzer += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).ConfigureAwait(false)).ExecutionTime;
        }

        return (stopwatch.Elapsed, analyzer, diagnostics.Length);
    }
}

/// <summary>One edit: the compiler's own diagnostics of the document, then each analyzer set's wall and execution time for it, and what DSP reported in it.</summary>
public sealed record EditSample(string File, TimeSpan Compiler, TimeSpan DispatchWall, TimeSpan Dispatch, TimeSpan Ca1859Wall, TimeSpan Ca1859, int DispatchDiagnostics);
