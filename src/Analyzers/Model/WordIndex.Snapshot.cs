using System.Collections.Concurrent;

namespace DispatchAnalyzers.Model;

internal sealed partial class WordIndex
{
    /// <summary>
    /// The words of one compilation's trees, in its order, and the trees found so far for each name. A compilation made by
    /// an edit starts from the last snapshot of its <see cref="DeclarationStamp"/> (its <see cref="Parent"/>): the words
    /// of the trees they share are taken without a lookup, and a name the parent knows is answered by testing only the
    /// trees that differ.
    /// </summary>
    private sealed class Snapshot
    {
        /// <summary>The most trees that may differ from the parent's for a name's trees to be patched rather than found again.</summary>
        private const int MostChanged = 16;

        private readonly (SyntaxTree Tree, Words Words)[] _trees;
        private readonly int[] _changed;

        private Snapshot((SyntaxTree Tree, Words Words)[] trees, Snapshot? parent, int[] changed)
        {
            _trees = trees;
            Parent = parent;
            _changed = changed;
        }

        /// <summary>The snapshot this one patches, or null (a build, or too many trees differ).</summary>
        public Snapshot? Parent { get; private set; }

        public ConcurrentDictionary<string, Found> ByName { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// The snapshot of <paramref name="compilation"/>, the latest of its stamp from now on. It patches the previous latest,
        /// which lets go of its own parent: only one compilation's trees are kept for the next.
        /// </summary>
        public static Snapshot Make(Compilation compilation, CancellationToken cancellationToken)
        {
            var (stamp, isEdit) = DeclarationStamp.For(compilation, cancellationToken);
            var latest = stamp.Keep(static () => new Latest());
            var parent = isEdit ? Volatile.Read(ref latest.Value) : null;
            var trees = compilation.SyntaxTrees.ToArray();
            var words = new (SyntaxTree Tree, Words Words)[trees.Length];
            var changed = new List<int>();
            for (var i = 0; i < trees.Length; i++)
            {
                // A tree the parent had: its words without a lookup.
                if (parent is not null && parent._trees.Length == trees.Length && ReferenceEquals(parent._trees[i].Tree, trees[i]))
                {
                    words[i] = parent._trees[i];
                    continue;
                }

                words[i] = (trees[i], Of(trees[i], cancellationToken));
                changed.Add(i);
            }

            // Another number of trees, or many changed: names are found again.
            var patches = parent is not null && parent._trees.Length == trees.Length && changed.Count <= MostChanged;
            var made = new Snapshot(words, patches ? parent : null, changed.ToArray());
            if (parent is not null)
            {
                parent.Parent = null;
            }

            Volatile.Write(ref latest.Value, made);
            return made;
        }

        /// <summary>Every tree whose words pass <paramref name="mayContain"/>.</summary>
        public Found Scan(Func<Words, bool> mayContain)
        {
            var indexes = new List<int>();
            for (var i = 0; i < _trees.Length; i++)
            {
                if (mayContain(_trees[i].Words))
                {
                    indexes.Add(i);
                }
            }

            return Found.Of(indexes, _trees);
        }

        /// <summary>The parent's answer <paramref name="before"/>, with the trees that differ tested again.</summary>
        public Found Patch(Found before, Func<Words, bool> mayContain)
        {
            var indexes = before.Indexes.Where(i => Array.BinarySearch(_changed, i) < 0).ToList();
            indexes.AddRange(_changed.Where(i => mayContain(_trees[i].Words)));
            indexes.Sort();
            return Found.Of(indexes, _trees);
        }
    }

    /// <summary>The trees found for a name, and their places in the compilation.</summary>
    private sealed class Found
    {
        private Found(int[] indexes, ImmutableArray<SyntaxTree> trees)
        {
            Indexes = indexes;
            Trees = trees;
        }

        public int[] Indexes { get; }

        public ImmutableArray<SyntaxTree> Trees { get; }

        public static Found Of(List<int> indexes, (SyntaxTree Tree, Words Words)[] trees)
        {
            var builder = ImmutableArray.CreateBuilder<SyntaxTree>(indexes.Count);
            foreach (var i in indexes)
            {
                builder.Add(trees[i].Tree);
            }

            return new Found(indexes.ToArray(), builder.MoveToImmutable());
        }
    }

    /// <summary>The last snapshot made for a stamp (<see cref="DeclarationStamp.Keep{T}"/>).</summary>
    private sealed class Latest
    {
        public Snapshot? Value;
    }
}
