using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>
/// For each syntax tree, the hashes of the words (identifier-like character runs) its text contains, made in one pass
/// over the text. Answers which trees may spell a name, with false positives only (hash collisions), so a search for a
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
            if (!oneWord || words.HasEscapes || Array.BinarySearch(words.Hashes, hash) >= 0)
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
        var hashes = new HashSet<int>();
        for (var i = 0; i < text.Length;)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(text[i]))
            {
                i++;
                continue;
            }

            var hash = 0;
            for (; i < text.Length && SyntaxFacts.IsIdentifierPartCharacter(text[i]); i++)
            {
                hash = unchecked(hash * 31 + text[i]);
            }

            hashes.Add(hash);
        }

        var sorted = new int[hashes.Count];
        hashes.CopyTo(sorted);
        Array.Sort(sorted);
        return new Words(sorted, text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private sealed class Words
    {
        public Words(int[] hashes, bool hasEscapes)
        {
            Hashes = hashes;
            HasEscapes = hasEscapes;
        }

        public int[] Hashes { get; }

        public bool HasEscapes { get; }
    }
}
