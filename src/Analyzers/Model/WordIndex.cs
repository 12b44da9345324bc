using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>
/// For each syntax tree, a Bloom filter of the hashes of the words (identifier-like character runs) its text contains,
/// made in one pass over the text (about one bit per character). Answers which trees may spell a name, with false positives only (hash collisions), so a search for a
/// name reads a few trees instead of all of them.
/// </summary>
/// <remarks>
/// The words of a tree depend on its text alone, and a tree is immutable: they are made on the first search that needs
/// them and kept as long as the tree lives (a table keyed weakly by the tree). A new compilation after an edit shares
/// every unchanged tree with the previous one, so only the edited tree is read again.
/// </remarks>
internal static class WordIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, Words> Cache = new();

    /// <summary>The trees of <paramref name="compilation"/> whose text may contain <paramref name="name"/> as a whole word (or may spell it with escapes).</summary>
    public static IEnumerable<SyntaxTree> TreesThatMayContain(Compilation compilation, string name, CancellationToken cancellationToken)
    {
        var hash = 0;
        var oneWord = true;
        foreach (var c in name)
        {
            hash = unchecked(hash * 31 + c);
            oneWord &= SyntaxFacts.IsIdentifierPartCharacter(c);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = Of(tree, cancellationToken);
            // A name the text scan would split into several words (surrogate pairs) is looked for everywhere.
            if (!oneWord || words.HasEscapes || words.MayContain(hash))
            {
                yield return tree;
            }
        }
    }

    private static Words Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var words))
        {
            return words;
        }

        var made = Make(tree.GetText(cancellationToken).ToString());
        return Cache.GetValue(tree, _ => made);
    }

    private static Words Make(string text)
    {
        // About one bit per character: a few percent of false positives at the density of words in source code.
        var bits = 64;
        while (bits < text.Length && bits < 1 << 24)
        {
            bits <<= 1;
        }

        var filter = new ulong[bits / 64];
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var hash = 0;
            for (; i < text.Length && IsWordCharacter(text[i]); i++)
            {
                hash = unchecked(hash * 31 + text[i]);
            }

            Words.Set(filter, hash);
        }

        return new Words(filter, text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static bool IsWordCharacter(char c)
        => c < 128 ? AsciiWordCharacters[c] : SyntaxFacts.IsIdentifierPartCharacter(c);

    private static readonly bool[] AsciiWordCharacters = Enumerable.Range(0, 128).Select(c => SyntaxFacts.IsIdentifierPartCharacter((char)c)).ToArray();

    /// <summary>A Bloom filter of a tree's word hashes (two bits per word).</summary>
    private sealed class Words
    {
        private readonly ulong[] _filter;

        public Words(ulong[] filter, bool hasEscapes)
        {
            _filter = filter;
            HasEscapes = hasEscapes;
        }

        public bool HasEscapes { get; }

        public bool MayContain(int hash)
        {
            var mask = (_filter.Length * 64) - 1;
            var first = hash & mask;
            var second = Second(hash) & mask;
            return (_filter[first >> 6] & (1UL << first)) != 0 && (_filter[second >> 6] & (1UL << second)) != 0;
        }

        public static void Set(ulong[] filter, int hash)
        {
            var mask = (filter.Length * 64) - 1;
            var first = hash & mask;
            var second = Second(hash) & mask;
            filter[first >> 6] |= 1UL << first;
            filter[second >> 6] |= 1UL << second;
        }

        private static int Second(int hash) => (int)(unchecked((uint)hash * 0x9E3779B9u) >> 7);
    }
}
