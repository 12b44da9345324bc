using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Configuration;

/// <summary>The parsers of the option values: case-insensitive, surrounding spaces ignored, anything else invalid.</summary>
internal static class OptionParsers
{
    /// <summary>Above this a hoisted if-chain duplicates the loop so often that code size wins over dispatch cost.</summary>
    public const int MaxTypeCount = 8;

    /// <summary>Above this a copied loop body is code size no dispatch saving pays for.</summary>
    public const int MaxStatementCount = 1000;

    public static bool HotLoopScope(string text, out HotLoopScope value)
    {
        (var valid, value) = text.Trim().ToLowerInvariant() switch
        {
            "all" => (true, Model.HotLoopScope.All),
            "nested" => (true, Model.HotLoopScope.Nested),
            "marked" => (true, Model.HotLoopScope.Marked),
            "profile" => (true, Model.HotLoopScope.Profile),
            _ => (false, default),
        };
        return valid;
    }

    public static bool MixedCollectionEvidence(string text, out MixedCollectionEvidence value)
    {
        (var valid, value) = text.Trim().ToLowerInvariant() switch
        {
            "stores" => (true, Model.MixedCollectionEvidence.Stores),
            "implementations" => (true, Model.MixedCollectionEvidence.Implementations),
            _ => (false, default),
        };
        return valid;
    }

    public static bool Boolean(string text, out bool value)
    {
        (var valid, value) = text.Trim().ToLowerInvariant() switch
        {
            "true" => (true, true),
            "false" => (true, false),
            _ => (false, false),
        };
        return valid;
    }

    /// <summary>An integer from 0 to <see cref="MaxTypeCount"/>.</summary>
    public static bool TypeCount(string text, out int value) => IntegerUpTo(text, MaxTypeCount, out value);

    /// <summary>An integer from 0 to <see cref="MaxStatementCount"/>.</summary>
    public static bool StatementCount(string text, out int value) => IntegerUpTo(text, MaxStatementCount, out value);

    /// <summary>What an integer option from 0 to <paramref name="max"/> accepts, as a message fragment.</summary>
    public static string IntegerValues(int max) => "an integer from 0 to " + max.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number from 0 to 100 (a percentile), invariant culture.</summary>
    public static bool Percentile(string text, out double value) => NumberUpTo(text, 100, out value);

    /// <summary>A number from 0 to 1 (a share of samples), invariant culture.</summary>
    public static bool Share(string text, out double value) => NumberUpTo(text, 1, out value);

    private static bool NumberUpTo(string text, double max, out double value)
        => double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value >= 0 && value <= max;

    private static bool IntegerUpTo(string text, int max, out int value)
        => int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= 0 && value <= max;

    /// <summary>
    /// Attribute names separated by <c>,</c> or <c>;</c>, each a (qualified) C# name, kept as simple names without the
    /// <c>Attribute</c> suffix. Empty entries are skipped, so an empty list is valid: no attribute marks a method hot.
    /// </summary>
    public static bool AttributeNames(string text, out ImmutableArray<string> value)
    {
        value = ImmutableArray<string>.Empty;
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = WithoutGlobalAlias(part.Trim());
            // A blank entry (`a, ,b`) is no name, not a wrong one.
            if (name.Length == 0)
            {
                continue;
            }

            // One entry that is not a C# name makes the whole list invalid: the default applies, and DSP900 says so.
            if (!IsQualifiedName(name))
            {
                return false;
            }

            name = name.Substring(name.LastIndexOf('.') + 1);
            if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            if (!builder.Contains(name))
            {
                builder.Add(name);
            }
        }

        value = builder.ToImmutable();
        return true;
    }

    private static string WithoutGlobalAlias(string name)
    {
        const string Global = "global::";
        return name.StartsWith(Global, StringComparison.Ordinal) ? name.Substring(Global.Length) : name;
    }

    private static bool IsQualifiedName(string name)
    {
        foreach (var segment in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(segment))
            {
                return false;
            }
        }

        return true;
    }
}
