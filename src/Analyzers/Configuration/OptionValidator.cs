using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Configuration;

/// <summary>
/// The DSP900 findings of one set of analyzer config options: every defined option whose value does not parse, and every
/// <c>dispatch_analyzers.*</c> key no option defines. Computed once per options object (trees of one folder usually
/// share it, and the IDE keeps it across edits).
/// </summary>
internal static class OptionValidator
{
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, StrongBox<ImmutableArray<Diagnostic>>> Cache = new();

    public static ImmutableArray<Diagnostic> Problems(AnalyzerConfigOptions options)
        => Cache.GetValue(options, static o => new StrongBox<ImmutableArray<Diagnostic>>(Validate(o))).Value;

    private static ImmutableArray<Diagnostic> Validate(AnalyzerConfigOptions options)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var definition in OptionDefinitions.All)
        {
            if (options.TryGetValue(definition.Key, out var value) && !definition.IsValid(value))
            {
                problems.Add(Diagnostic.Create(
                    InvalidOptionAnalyzer.InvalidValueRule, Location.None, definition.Key, value.Trim(), definition.AllowedValues, definition.DescribeReplacement(options)));
            }
        }

        foreach (var key in KeysOf(options))
        {
            if (key.StartsWith(OptionDefinitions.Prefix, StringComparison.OrdinalIgnoreCase)
                && OptionDefinitions.Find(key) is null
                && options.TryGetValue(key, out var value))
            {
                problems.Add(Diagnostic.Create(InvalidOptionAnalyzer.UnknownKeyRule, Location.None, key, value.Trim(), KeySuggestion.Closest(key)));
            }
        }

        return problems.ToImmutable();
    }

    private static IReadOnlyList<string> KeysOf(AnalyzerConfigOptions options)
    {
        try
        {
            return options.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ToList();
        }
        catch (NotImplementedException)
        {
            // An options implementation that cannot list its keys (Keys is optional for derived types): only values are checked.
            return Array.Empty<string>();
        }
    }
}
