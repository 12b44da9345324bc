namespace DispatchAnalyzers.Rules;

/// <summary>
/// How the rules' typed property contracts (<c>Dsp00xProperties</c>) store their values: a key is present only when its
/// fix was allowed, flags hold "true", type lists hold a <see cref="TypeIdList"/>.
/// </summary>
internal static class DiagnosticProperties
{
    private const string True = "true";

    /// <summary>The properties with a value; a null value leaves its key out.</summary>
    public static ImmutableDictionary<string, string?> Of(params (string Key, string? Value)[] entries)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                properties[key] = value;
            }
        }

        return properties.ToImmutable();
    }

    /// <summary>The value of a flag that is set when <paramref name="set"/> is true.</summary>
    public static string? Flag(bool set) => set ? True : null;

    /// <summary>The value of a type list, or none without types.</summary>
    public static string? TypeList(ImmutableArray<INamedTypeSymbol>? types) => types is { } list ? TypeIdList.Format(list) : null;

    public static bool IsSet(Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var value) && value == True;

    /// <summary>The types of a type list, or default when the key is absent or a type no longer resolves.</summary>
    public static ImmutableArray<INamedTypeSymbol> Types(Diagnostic diagnostic, string key, Compilation compilation)
        => TypeIdList.Parse(diagnostic.Properties.TryGetValue(key, out var ids) ? ids : null, compilation);
}
