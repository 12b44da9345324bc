using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>
/// The analyzer options of a measured run: what an .editorconfig with the given <c>key = value</c> pairs for every file
/// gives the analyzers (none: every option at its default).
/// </summary>
public sealed class ConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly Values _values;

    private ConfigOptions(ImmutableDictionary<string, string> values)
    {
        _values = new Values(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => _values;

    /// <summary>Analyzer options with <c>dispatch_analyzers.hot_loop_scope = <paramref name="scope"/></c>, or the defaults when null.</summary>
    public static AnalyzerOptions ForScope(string? scope)
        => new(
            ImmutableArray<AdditionalText>.Empty,
            new ConfigOptions(scope is null
                ? ImmutableDictionary<string, string>.Empty
                : ImmutableDictionary<string, string>.Empty.Add("dispatch_analyzers.hot_loop_scope", scope)));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
