namespace DispatchAnalyzers.CodeFixes;

/// <summary>Names of the per-type collections the layout fix declares: <c>shapes</c> holding circles becomes <c>circles</c>, <c>_shapes</c> becomes <c>_circles</c>.</summary>
internal static class SplitNames
{
    public static string For(ISymbol storage, INamedTypeSymbol type, ISet<string> taken)
    {
        var plural = Plural(type.Name);
        if (storage is not IFieldSymbol)
        {
            return NameGenerator.MakeUnique(NameGenerator.CamelCase(plural), taken);
        }

        var name = storage.Name;
        var prefix = string.Empty;
        foreach (var candidate in new[] { "m_", "s_", "t_", "_" })
        {
            if (name.StartsWith(candidate, System.StringComparison.Ordinal) && name.Length > candidate.Length)
            {
                prefix = candidate;
                break;
            }
        }

        var stem = char.IsUpper(name[prefix.Length]) ? plural : NameGenerator.CamelCase(plural);
        return NameGenerator.MakeUnique(prefix + stem, taken);
    }

    /// <summary>English plural, good enough for type names: <c>Box</c> → <c>Boxes</c>, <c>Body</c> → <c>Bodies</c>, <c>Circle</c> → <c>Circles</c>.</summary>
    public static string Plural(string name)
    {
        if (name.EndsWith("s", System.StringComparison.Ordinal) || name.EndsWith("x", System.StringComparison.Ordinal)
            || name.EndsWith("z", System.StringComparison.Ordinal) || name.EndsWith("ch", System.StringComparison.Ordinal)
            || name.EndsWith("sh", System.StringComparison.Ordinal))
        {
            return name + "es";
        }

        if (name.Length > 1 && name[name.Length - 1] == 'y' && "aeiouAEIOU".IndexOf(name[name.Length - 2]) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        return name + "s";
    }
}
