namespace DispatchAnalyzers.Model;

/// <summary>
/// Whether a type is a well-known framework type, told by its names alone: <c>System.Diagnostics.ConditionalAttribute</c>,
/// <c>System.Threading.Tasks.Task`1</c>, <c>System.Collections.Generic.Dictionary`2+KeyCollection</c>.
/// </summary>
/// <remarks>
/// <see cref="Compilation.GetTypeByMetadataName"/> looks a name up in every referenced assembly (it must rule out a
/// second definition), loading that namespace of each: tens of milliseconds per compilation on a .NET project, paid
/// again on every keystroke, for a question the type at hand answers by comparing a few names. A type of the same full
/// name declared elsewhere counts as the framework's.
/// </remarks>
internal static class WellKnownType
{
    /// <summary>Whether <paramref name="type"/>'s definition has the full metadata name <paramref name="metadataName"/>.</summary>
    public static bool Is(ITypeSymbol? type, string metadataName)
    {
        ISymbol? current = type?.OriginalDefinition;
        var end = metadataName.Length;
        while (current is INamedTypeSymbol named)
        {
            // More names to match than the metadata name has.
            if (end <= 0)
            {
                return false;
            }

            var start = metadataName.LastIndexOfAny(Separators, end - 1) + 1;
            var separator = start > 0 ? metadataName[start - 1] : '.';
            if (!Matches(metadataName, start, end, named.MetadataName) || separator != (named.ContainingType is null ? '.' : '+'))
            {
                return false;
            }

            end = start - 1;
            current = (ISymbol?)named.ContainingType ?? named.ContainingNamespace;
        }

        for (; current is INamespaceSymbol { IsGlobalNamespace: false } ns; current = ns.ContainingNamespace)
        {
            if (end <= 0)
            {
                return false;
            }

            var start = metadataName.LastIndexOf('.', end - 1) + 1;
            if (!Matches(metadataName, start, end, ns.Name))
            {
                return false;
            }

            end = start - 1;
        }

        return current is INamespaceSymbol && end == -1;
    }

    /// <summary>A set of full metadata names, asked by type: one lookup by the type's simple name, then <see cref="Is"/>.</summary>
    public sealed class Set
    {
        private readonly ILookup<string, string> _bySimpleName;

        public Set(params string[] metadataNames)
        {
            _bySimpleName = metadataNames.ToLookup(name => name.Substring(name.LastIndexOfAny(Separators) + 1), StringComparer.Ordinal);
        }

        /// <summary>Whether <paramref name="type"/>'s definition has one of the names.</summary>
        public bool Contains(ITypeSymbol? type)
            => type is INamedTypeSymbol named && _bySimpleName[named.MetadataName].Any(name => Is(named, name));
    }

    private static readonly char[] Separators = { '.', '+' };

    private static bool Matches(string metadataName, int start, int end, string name)
        => end - start == name.Length && string.CompareOrdinal(metadataName, start, name, 0, name.Length) == 0;
}
