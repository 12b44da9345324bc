using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// Compares expected results with actual diagnostics: count, then each expected result is paired with an actual one
/// that matches path, start, end, ID, severity, message and additional locations (as far as the result states them).
/// A failure lists what is missing and what is unexpected, why the closest candidate differs, and the actual
/// diagnostics marked up on the sources.
/// </summary>
public static class DiagnosticComparer
{
    public static void Verify(string context, IReadOnlyList<DiagnosticResult> expected, ImmutableArray<Diagnostic> actual, IEnumerable<(string Path, string Text)> sources)
    {
        var sortedExpected = expected.OrderBy(e => e.HasLocation ? e.Locations[0].Path : string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.HasLocation ? e.Locations[0].Span.Start : default)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var unmatched = actual.ToList();
        var missing = new List<DiagnosticResult>();
        foreach (var result in sortedExpected)
        {
            var match = unmatched.FindIndex(a => Differences(result, a).Count == 0);
            if (match >= 0)
            {
                unmatched.RemoveAt(match);
            }
            else
            {
                missing.Add(result);
            }
        }

        // Every expectation met by exactly one diagnostic.
        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine($"{context}: expected {expected.Count} diagnostic(s), actual {actual.Length}.");
        foreach (var result in missing)
        {
            message.AppendLine($"Missing: {result}");
            var closest = unmatched.OrderBy(a => Differences(result, a).Count).FirstOrDefault();
            if (closest is not null)
            {
                message.AppendLine($"  closest actual: {Format(closest)}");
                message.AppendLine($"  differs in: {string.Join("; ", Differences(result, closest))}");
            }
        }

        foreach (var diagnostic in unmatched)
        {
            message.AppendLine($"Unexpected: {Format(diagnostic)}");
        }

        message.AppendLine().AppendLine("Expected:");
        sortedExpected.ForEach(e => message.AppendLine("  " + e));
        message.AppendLine("Actual:");
        foreach (var diagnostic in actual)
        {
            message.AppendLine("  " + Format(diagnostic));
        }

        message.AppendLine().AppendLine("Actual diagnostics as markup:");
        message.Append(SourceAnnotator.Annotate(sources, actual));
        throw new VerifierException(message.ToString());
    }

    /// <summary>What about <paramref name="actual"/> does not match <paramref name="expected"/>; empty when it matches.</summary>
    public static List<string> Differences(DiagnosticResult expected, Diagnostic actual)
    {
        var differences = new List<string>();
        if (expected.Id != actual.Id)
        {
            differences.Add($"ID: expected {expected.Id}, actual {actual.Id}");
        }

        if (!expected.HasLocation)
        {
            if (actual.Location.IsInSource)
            {
                differences.Add("location: expected none, actual " + Format(actual.Location));
            }
        }
        else
        {
            CompareLocation("location", expected.Locations[0], actual.Location, differences);
            if (!expected.Options.HasFlag(DiagnosticOptions.IgnoreAdditionalLocations))
            {
                var additional = actual.AdditionalLocations;
                if (additional.Count != expected.Locations.Length - 1)
                {
                    differences.Add($"additional locations: expected {expected.Locations.Length - 1}, actual {additional.Count} ({string.Join(", ", additional.Select(Format))})");
                }
                else
                {
                    for (var i = 0; i < additional.Count; i++)
                    {
                        CompareLocation($"additional location {i}", expected.Locations[i + 1], additional[i], differences);
                    }
                }
            }
        }

        if (!expected.Options.HasFlag(DiagnosticOptions.IgnoreSeverity) && expected.Severity != actual.Severity)
        {
            differences.Add($"severity: expected {expected.Severity}, actual {actual.Severity}");
        }

        var actualMessage = actual.GetMessage(CultureInfo.InvariantCulture);
        if (expected.ExpectedMessage(actual.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)) is { } message && message != actualMessage)
        {
            differences.Add($"message: expected \"{message}\", actual \"{actualMessage}\"");
        }

        return differences;
    }

    public static string Format(Diagnostic diagnostic)
    {
        var additional = diagnostic.AdditionalLocations.Count == 0
            ? string.Empty
            : " + " + string.Join(" + ", diagnostic.AdditionalLocations.Select(Format));
        return $"{diagnostic.Id} at {Format(diagnostic.Location)}{additional} [{diagnostic.Severity}] \"{diagnostic.GetMessage(CultureInfo.InvariantCulture)}\"";
    }

    public static string Format(Location location)
    {
        // Project-level diagnostics have no span to show.
        if (!location.IsInSource)
        {
            return "(no location)";
        }

        var span = location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }

    private static void CompareLocation(string what, DiagnosticLocation expected, Location actual, List<string> differences)
    {
        // A diagnostic without a source location cannot match a span.
        if (!actual.IsInSource)
        {
            differences.Add($"{what}: expected {expected}, actual none");
            return;
        }

        var span = actual.GetLineSpan();
        if (span.Path != expected.Path)
        {
            differences.Add($"{what} path: expected {expected.Path}, actual {span.Path}");
        }
        else if (span.StartLinePosition != expected.Span.Start || (!expected.IgnoreLength && span.EndLinePosition != expected.Span.End))
        {
            differences.Add($"{what}: expected {expected}, actual {Format(actual)}");
        }
    }
}
