using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Configuration;

/// <summary>
/// One <c>.editorconfig</c> option: its key, what it accepts, its default, and the option it falls back to (a per-rule
/// key falls back to the shared key it refines). What DSP900 needs to know about an option without its value's type.
/// </summary>
internal abstract class OptionDefinition
{
    protected OptionDefinition(string key, string allowedValues, string defaultText)
    {
        Key = key;
        AllowedValues = allowedValues;
        DefaultText = defaultText;
    }

    /// <summary>The key as documented; keys are matched case-insensitively, as Roslyn does.</summary>
    public string Key { get; }

    /// <summary>What the option accepts, as a message fragment: <c>an integer from 0 to 8</c>.</summary>
    public string AllowedValues { get; }

    /// <summary>The default, spelled as it would be written in <c>.editorconfig</c>.</summary>
    public string DefaultText { get; }

    /// <summary>The option read when this one is missing or invalid, or null.</summary>
    public abstract OptionDefinition? Fallback { get; }

    public abstract bool IsValid(string text);

    /// <summary>What <paramref name="options"/> use in place of an invalid value of this option, as a message fragment.</summary>
    public string DescribeReplacement(AnalyzerConfigOptions options)
    {
        for (var fallback = Fallback; fallback is not null; fallback = fallback.Fallback)
        {
            if (options.TryGetValue(fallback.Key, out var text) && fallback.IsValid(text))
            {
                return $"'{text.Trim()}' from '{fallback.Key}'";
            }
        }

        return $"the default '{DefaultText}'";
    }
}

/// <summary>Parses an option's text; false when the text is not a valid value.</summary>
internal delegate bool OptionParser<T>(string text, out T value);

/// <summary>
/// A typed option (Meziantou's <c>ConfigurationDefinition</c>): the value is the option's own when valid, else its
/// fallback's, else the default. <see cref="Read"/> never throws.
/// </summary>
internal sealed class OptionDefinition<T> : OptionDefinition
{
    private readonly OptionParser<T> _parse;

    public OptionDefinition(string key, T defaultValue, string defaultText, string allowedValues, OptionParser<T> parse, OptionDefinition<T>? fallback = null)
        : base(key, allowedValues, defaultText)
    {
        Default = defaultValue;
        _parse = parse;
        TypedFallback = fallback;
    }

    public T Default { get; }

    public OptionDefinition<T>? TypedFallback { get; }

    public override OptionDefinition? Fallback => TypedFallback;

    public override bool IsValid(string text) => _parse(text, out _);

    public T Read(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(Key, out var text) && _parse(text, out var value))
        {
            return value;
        }

        return TypedFallback is { } fallback ? fallback.Read(options) : Default;
    }
}
