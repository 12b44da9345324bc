using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP005's own options (<c>.editorconfig</c>), typed, with their defaults; a missing or malformed value reads as the default.</summary>
internal sealed class InterfaceCollectionEnumerationOptions
{
    /// <summary>The most concrete collection types the fix tests for; other types run the original loop.</summary>
    public const string MaxTypesKey = "dispatch_analyzers.DSP005.max_types";

    /// <summary>The largest loop body (in statements, blocks not counted) the fix duplicates.</summary>
    public const string MaxBodyStatementsKey = "dispatch_analyzers.DSP005.max_body_statements";

    public const int DefaultMaxTypes = 3;
    public const int MaxMaxTypes = 8;
    public const int DefaultMaxBodyStatements = 10;
    public const int MaxMaxBodyStatements = 1000;

    public static readonly InterfaceCollectionEnumerationOptions Default = new(DefaultMaxTypes, DefaultMaxBodyStatements);

    public InterfaceCollectionEnumerationOptions(int maxTypes, int maxBodyStatements)
    {
        MaxTypes = maxTypes;
        MaxBodyStatements = maxBodyStatements;
    }

    public int MaxTypes { get; }

    public int MaxBodyStatements { get; }

    public static InterfaceCollectionEnumerationOptions Read(AnalyzerConfigOptions options)
        => new(
            ReadInt(options, MaxTypesKey, DefaultMaxTypes, MaxMaxTypes),
            ReadInt(options, MaxBodyStatementsKey, DefaultMaxBodyStatements, MaxMaxBodyStatements));

    private static int ReadInt(AnalyzerConfigOptions options, string key, int defaultValue, int max)
        => options.TryGetValue(key, out var text)
            && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value <= max
                ? value
                : defaultValue;
}
