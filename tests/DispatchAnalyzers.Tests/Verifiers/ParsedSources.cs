using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// The sources of one test state (test, fixed or batch-fixed), parsed from markup: their plain texts, the numbered
/// locations, and the expectations the markup states. The first file is the default path of expectations.
/// </summary>
public sealed class ParsedSources
{
    private ParsedSources(ImmutableArray<(string Path, MarkupResult Markup)> files)
    {
        Files = files;
        var locations = new Dictionary<int, DiagnosticLocation>();
        foreach (var (path, markup) in files)
        {
            var lines = SourceText.From(markup.Text).Lines;
            foreach (var span in markup.Spans)
            {
                if (span.LocationKey is { } key && !locations.TryAdd(key, new DiagnosticLocation(path, lines.GetLinePositionSpan(span.Span), false, null)))
                {
                    throw new FormatException($"Markup location #{key} is defined twice.");
                }
            }
        }

        Locations = locations;
    }

    public ImmutableArray<(string Path, MarkupResult Markup)> Files { get; }

    public IReadOnlyDictionary<int, DiagnosticLocation> Locations { get; }

    public string DefaultPath => Files[0].Path;

    public IEnumerable<(string Path, string Text)> Texts => Files.Select(f => (f.Path, f.Markup.Text));

    public static ParsedSources Parse(IEnumerable<(string Path, string Markup)> sources)
        => new(sources.Select(s => (s.Path, MarkupParser.Parse(s.Markup))).ToImmutableArray());

    /// <summary>
    /// The expectations of this state: one per markup span that names a diagnostic (span and ID checked only), plus the
    /// explicit results with their markup keys and default paths resolved.
    /// </summary>
    public ImmutableArray<DiagnosticResult> Expected(IEnumerable<DiagnosticResult> explicitResults, ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var results = ImmutableArray.CreateBuilder<DiagnosticResult>();
        foreach (var (path, markup) in Files)
        {
            var lines = SourceText.From(markup.Text).Lines;
            foreach (var span in markup.Spans.Where(s => s.LocationKey is null))
            {
                var id = span.Name ?? DefaultId(descriptors);
                var location = new DiagnosticLocation(path, lines.GetLinePositionSpan(span.Span), false, null);
                results.Add(new DiagnosticResult(id, DiagnosticSeverity.Error)
                    .WithOptions(DiagnosticOptions.IgnoreSeverity | DiagnosticOptions.IgnoreAdditionalLocations) with
                { Locations = ImmutableArray.Create(location) });
            }
        }

        foreach (var result in explicitResults)
        {
            results.Add(result with { Locations = result.Locations.Select(Resolve).ToImmutableArray() });
        }

        return results.ToImmutable();
    }

    private DiagnosticLocation Resolve(DiagnosticLocation location)
    {
        if (location.MarkupKey is { } key)
        {
            return Locations.TryGetValue(key, out var resolved)
                ? resolved
                : throw new FormatException($"WithLocation({key}) refers to no {{|#{key}:…|}} markup.");
        }

        if (location.Path is null)
        {
            return location with { Path = DefaultPath };
        }

        // A bare file name refers to the source of that name.
        var match = Files.FirstOrDefault(f => f.Path == location.Path || f.Path.EndsWith("/" + location.Path, StringComparison.Ordinal)).Path;
        return location with { Path = match ?? location.Path };
    }

    private static string DefaultId(ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var ids = descriptors.Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1
            ? ids[0]
            : throw new FormatException($"Markup [|…|] needs an analyzer with exactly one diagnostic ID; it has {ids.Count} ({string.Join(", ", ids)}). Use {{|ID:…|}}.");
    }
}
