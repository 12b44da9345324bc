using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Model;

/// <summary>
/// What a search found by binding one tree, kept with the tree for the next compilations with the same
/// <see cref="DeclarationStamp"/>: after an edit, a search binds the edited tree again and takes the others' findings
/// from here. A value must not hold symbols (they belong to one compilation): it names them by documentation ID.
/// </summary>
/// <remarks>
/// Entries live as long as their tree (a table keyed weakly by it) and are replaced when the same search runs under
/// another stamp. Only a compilation made by an edit fills it (<see cref="DeclarationStamp.Of(Compilation, out bool, CancellationToken)"/>):
/// a build parses its trees afresh, and what it kept nobody would read.
/// </remarks>
internal sealed class UnchangedTreeCache<TValue>
    where TValue : class
{
    private readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, Entry>> _entries = new();

    /// <summary>What the search <paramref name="key"/> found in <paramref name="tree"/> in a compilation with <paramref name="stamp"/>, or null.</summary>
    public TValue? Get(SyntaxTree tree, string key, DeclarationStamp stamp)
    {
        if (!_entries.TryGetValue(tree, out var entries))
        {
            return null;
        }

        lock (entries)
        {
            return entries.TryGetValue(key, out var entry) && entry.Stamp.TryGetTarget(out var kept) && ReferenceEquals(kept, stamp) ? entry.Value : null;
        }
    }

    public void Set(SyntaxTree tree, string key, DeclarationStamp stamp, TValue value)
    {
        var entries = _entries.GetValue(tree, static _ => new Dictionary<string, Entry>(StringComparer.Ordinal));
        lock (entries)
        {
            entries[key] = new Entry(stamp, value);
        }
    }

    private sealed class Entry
    {
        public Entry(DeclarationStamp stamp, TValue value)
        {
            Stamp = new WeakReference<DeclarationStamp>(stamp);
            Value = value;
        }

        /// <summary>Weakly: an entry left by an old stamp may not keep it (and the first trees it holds) alive.</summary>
        public WeakReference<DeclarationStamp> Stamp { get; }

        public TValue Value { get; }
    }
}
