using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>The analyzers and fixers a robustness run exercises: the DSP ones, or test doubles that check the harness itself.</summary>
internal sealed record RobustnessTargets(ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<CodeFixProvider> Fixers)
{
    public static RobustnessTargets Dsp { get; } = new(DspComponents.Analyzers, DspComponents.Fixers);

    /// <summary>The diagnostic IDs the analyzers report, sorted.</summary>
    public ImmutableArray<string> Ids { get; } = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();
}
