using System;
using System.Collections.Generic;
using System.Linq;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>The totals of a robustness run and its failures (each with the variant that caused it).</summary>
internal sealed record RobustnessReport(
    int Seed,
    int Variants,
    int WithDiagnostics,
    int Diagnostics,
    int ActionsOffered,
    int ActionsApplied,
    int FixAllsApplied,
    TimeSpan Duration,
    IReadOnlyList<(Variant Variant, string Problem)> Failures)
{
    public string Summary
        => $"{Variants:N0} variants (seed {Seed}) in {Duration.TotalSeconds:N0} s: {WithDiagnostics:N0} with DSP diagnostics ({Diagnostics:N0} in all), "
            + $"{ActionsOffered:N0} code actions computed, {ActionsApplied:N0} applied, {FixAllsApplied:N0} Fix All applied; {Failures.Count} failure(s).";

    /// <summary>The summary, then each failure with its variant's description, problem and (for the first) the broken text.</summary>
    public string Describe()
        => Summary + string.Concat(Failures.Select((f, i) => $"\n\n--- {f.Variant}\n{f.Problem}" + (i == 0 ? $"\n--- text of {f.Variant.Path}:\n{f.Variant.Text}" : string.Empty)));
}
