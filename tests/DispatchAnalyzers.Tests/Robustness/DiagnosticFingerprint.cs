using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>Everything a diagnostic tells its user and its fixer, as one line of text, for comparing runs.</summary>
internal static class DiagnosticFingerprint
{
    public static ImmutableArray<string> Of(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(Of).OrderBy(line => line, System.StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Fails with the lines only one side has.</summary>
    public static void AssertSame(ImmutableArray<string> expected, ImmutableArray<string> actual, string what)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Xunit.Assert.True(
            missing.Count == 0 && extra.Count == 0 && expected.Length == actual.Length,
            $"{what}: {missing.Count} diagnostic(s) missing, {extra.Count} extra, {expected.Length} expected, {actual.Length} reported.\nMissing:\n{string.Join("\n", missing)}\nExtra:\n{string.Join("\n", extra)}");
    }

    private static string Of(Diagnostic d)
        => string.Join(
            " | ",
            d.Id,
            d.Severity.ToString(),
            Where(d.Location),
            string.Join(", ", d.AdditionalLocations.Select(Where)),
            d.GetMessage(CultureInfo.InvariantCulture),
            string.Join(", ", d.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));

    private static string Where(Location location) => location.GetLineSpan().Path + location.SourceSpan;
}
