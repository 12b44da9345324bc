using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>
/// For each tree of a compilation, the hashes of the words (identifier-like character runs) its text contains, built
/// in one pass over the text. Answers which trees may spell a name, with false positives only (hash collisions), so a
/// search for a name reads a few trees instead of all of them.
/// </summary>
internal sealed class WordIndex
{
    private readonly ImmutableArray<(SyntaxTree Tree, int[] Hashes, bool HasEscapes)> _trees;

    private WordIndex(ImmutableArray<(SyntaxTree Tree, int[] Hashes, bool HasEscapes)> trees)
    {
        _trees = trees;
    }

    public static WordIndex Build(Compilation compilation, CancellationToken cancellationToken)
    {
        var trees = ImmutableArray.CreateBuilder<(SyntaxTree, int[], bool)>();
        var hashes = new HashSet<int>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = tree.GetText(cancellationToken).ToString();
            hashes.Clear();
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
            trees.Add((tree, sorted, text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0));
        }

        return new WordIndex(trees.ToImmutable());
    }

    /// <summary>The trees whose text may contain <paramref name="name"/> as a whole word (or may spell it with escapes).</summary>
    public IEnumerable<SyntaxTree> TreesThatMayContain(string name)
    {
        var hash = 0;
        var oneWord = true;
        foreach (var c in name)
        {
            hash = unchecked(hash * 31 + c);
            oneWord &= SyntaxFacts.IsIdentifierPartCharacter(c);
        }

        foreach (var (tree, hashes, hasEscapes) in _trees)
        {
            // A name the text scan would split into several words (surrogate pairs) is looked for everywhere.
            if (!oneWord || hasEscapes || Array.BinarySearch(hashes, hash) >= 0)
            {
                yield return tree;
            }
        }
    }
}
