using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Configuration;

/// <summary>Analyzer config options from a dictionary, keys case-insensitive as in Roslyn; optionally unable to list its keys.</summary>
internal sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values, bool listsKeys = true) : AnalyzerConfigOptions
{
    private readonly Dictionary<string, string> _values = new(values, StringComparer.OrdinalIgnoreCase);

    public static DictionaryOptions Of(params (string Key, string Value)[] pairs)
    {
        var values = new Dictionary<string, string>();
        foreach (var (key, value) in pairs)
        {
            values[key] = value;
        }

        return new DictionaryOptions(values);
    }

    public override IEnumerable<string> Keys => listsKeys ? _values.Keys : throw new NotImplementedException();

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}

/// <summary>Per-tree options by tree, and global options: what the compiler hands analyzers, without editorconfig files.</summary>
internal sealed class TreeOptionsProvider(AnalyzerConfigOptions global, ImmutableDictionary<SyntaxTree, AnalyzerConfigOptions> trees) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = DictionaryOptions.Of();

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => trees.TryGetValue(tree, out var options) ? options : Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
}
