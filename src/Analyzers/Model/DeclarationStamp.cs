using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Model;

/// <summary>
/// One object for every compilation that declares the same things: the same assembly name, options and references
/// (the same objects), and trees that are the same objects or have the same <see cref="DeclarationSkeleton"/>, in the
/// same order. Two compilations with one stamp bind every tree they share the same way, so what was found by binding
/// such a tree in one holds in the other (<see cref="UnchangedTreeCache{TValue}"/>).
/// </summary>
/// <remarks>
/// The edits an IDE makes between keystrokes replace one tree, mostly inside a body: the new compilation matches the
/// latest stamp after one comparison of the edited tree's skeleton with the one it replaces. A stamp holds its
/// references weakly (an old one may not keep an old compilation alive), and each place's first tree until that place
/// is edited: the compilation the stamp was made for is often gone before the first keystroke is analysed, and without
/// its tree the first edit of a file could not be compared (an unedited place's tree is the current one anyway). Once a
/// place has been edited it keeps the skeleton's fingerprint and only a weak reference to its latest tree. A compilation
/// that shares few trees with the latest stamp of its trees (a fresh build shares none) gets a stamp of its own
/// without reading any skeleton. Stamps are found through the trees (weakly), so any number of projects keep theirs.
/// </remarks>
internal sealed class DeclarationStamp
{
    /// <summary>The most trees that may differ from a stamp's and still be compared by skeleton.</summary>
    private const int MostEdited = 4;

    /// <summary>The latest stamp made or matched with a tree at one of the <see cref="Probes"/>: where a compilation looks for its stamp.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<DeclarationStamp?>> LatestByTree = new();
    private static readonly object Gate = new();
    private static readonly ConditionalWeakTable<Compilation, Found> ByCompilation = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _kept = new();
    private readonly string? _assemblyName;
    private readonly CompilationOptions _options;
    private readonly WeakReference<MetadataReference>[] _references;
    private readonly Place[] _places;
    private bool _retired;

    private DeclarationStamp(Compilation compilation)
    {
        _assemblyName = compilation.AssemblyName;
        _options = compilation.Options;
        _references = compilation.References.Select(r => new WeakReference<MetadataReference>(r)).ToArray();
        _places = compilation.SyntaxTrees.Select(t => new Place(t)).ToArray();
    }

    /// <summary>The stamp of <paramref name="compilation"/>: the latest one of its trees if it declares the same things, else a new one.</summary>
    public static DeclarationStamp Of(Compilation compilation, CancellationToken cancellationToken)
        => Of(compilation, out _, cancellationToken);

    /// <summary><see cref="Of(Compilation, out bool, CancellationToken)"/>, looked up once per compilation object and shared by every part of the model.</summary>
    public static (DeclarationStamp Stamp, bool IsEdit) For(Compilation compilation, CancellationToken cancellationToken)
    {
        if (ByCompilation.TryGetValue(compilation, out var found))
        {
            return (found.Stamp, found.IsEdit);
        }

        // Under the lock: a second thread would otherwise find the stamp the first just made and take its own compilation for an edit.
        lock (Gate)
        {
            if (!ByCompilation.TryGetValue(compilation, out found))
            {
                var stamp = Of(compilation, out var isEdit, cancellationToken);
                found = new Found(stamp, isEdit);
                ByCompilation.Add(compilation, found);
            }

            return (found.Stamp, found.IsEdit);
        }
    }

    /// <summary>
    /// The value of type <typeparamref name="T"/> kept with this stamp, made by <paramref name="make"/> the first time: for
    /// what every compilation of the stamp may share. It holds no symbol; the trees it holds are let go when the stamp
    /// is retired (<see cref="Retire"/> drops every kept value).
    /// </summary>
    public T Keep<T>(Func<T> make)
        where T : class
    {
        if (_kept.TryGetValue(typeof(T), out var kept))
        {
            return (T)kept;
        }

        // Made outside the dictionary: a cancelled maker leaves nothing behind.
        var made = make();
        return (T)_kept.GetOrAdd(typeof(T), made);
    }

    /// <summary>
    /// The stamp of <paramref name="compilation"/>, and whether it is an earlier compilation's (<paramref name="isEdit"/>:
    /// this one was made from it by edits inside bodies, or is it again).
    /// </summary>
    public static DeclarationStamp Of(Compilation compilation, out bool isEdit, CancellationToken cancellationToken)
    {
        var trees = compilation.SyntaxTrees.ToArray();
        var references = compilation.References.ToArray();
        lock (Gate)
        {
            // The edited tree may be at one probe: the others still lead to the stamp.
            var superseded = new List<DeclarationStamp>();
            foreach (var index in Probes(trees.Length))
            {
                if (LatestByTree.TryGetValue(trees[index], out var latest) && latest.Value is { } stamp)
                {
                    if (stamp.Matches(compilation, trees, references, cancellationToken))
                    {
                        Register(trees, stamp);
                        isEdit = true;
                        return stamp;
                    }

                    superseded.Add(stamp);
                }
            }

            var made = new DeclarationStamp(compilation);
            Register(trees, made);
            // An older stamp of these trees is matched no more: it lets go of its first trees (a tree not at a probe would keep it alive).
            foreach (var stamp in superseded)
            {
                stamp.Retire();
            }

            isEdit = false;
            return made;
        }
    }

    /// <summary>The places whose trees lead to a compilation's stamp: the first, the middle and the last.</summary>
    private static IEnumerable<int> Probes(int count)
        => count == 0 ? Enumerable.Empty<int>() : new[] { 0, count / 2, count - 1 }.Distinct();

    private static void Register(SyntaxTree[] trees, DeclarationStamp stamp)
    {
        foreach (var index in Probes(trees.Length))
        {
            LatestByTree.GetValue(trees[index], static _ => new StrongBox<DeclarationStamp?>()).Value = stamp;
        }
    }

    /// <summary>Whether <paramref name="compilation"/> declares what this stamp's did; if so, the stamp follows its trees from now on.</summary>
    private bool Matches(Compilation compilation, SyntaxTree[] trees, MetadataReference[] references, CancellationToken cancellationToken)
    {
        if (_retired || _assemblyName != compilation.AssemblyName || trees.Length != _places.Length || references.Length != _references.Length
            || !_options.Equals(compilation.Options))
        {
            return false;
        }

        for (var i = 0; i < references.Length; i++)
        {
            // A reference replaced (another build of a project, another file) may declare anything.
            if (!_references[i].TryGetTarget(out var reference) || !ReferenceEquals(reference, references[i]))
            {
                return false;
            }
        }

        var edited = new List<int>();
        for (var i = 0; i < trees.Length; i++)
        {
            var place = _places[i];
            if (place.Holds(trees[i]))
            {
                continue;
            }

            // Many edited trees are another code base (a fresh build); a tree moved or with other preprocessor symbols declares other things.
            if (edited.Count == MostEdited || place.FilePath != trees[i].FilePath || !place.Options.Equals(trees[i].Options))
            {
                return false;
            }

            edited.Add(i);
        }

        var skeletons = new List<(int Index, DeclarationSkeleton.Fingerprint Skeleton)>();
        foreach (var i in edited)
        {
            var place = _places[i];
            // A place never edited is compared with its first tree.
            var before = place.Skeleton ?? DeclarationSkeleton.Of(place.First!, cancellationToken);
            var now = DeclarationSkeleton.Of(trees[i], cancellationToken);
            if (!before.Equals(now))
            {
                return false;
            }

            skeletons.Add((i, now));
        }

        foreach (var (index, skeleton) in skeletons)
        {
            _places[index].Edited(trees[index], skeleton);
        }

        return true;
    }

    /// <summary>Makes this stamp match no compilation again and drop the first trees of its places and what it keeps (under the lock).</summary>
    private void Retire()
    {
        _retired = true;
        foreach (var place in _places)
        {
            place.Release();
        }

        // The last word index (WordIndex.Snapshot) holds a compilation's trees.
        _kept.Clear();
    }

    /// <summary>
    /// A place in the compilation's list of trees: its first tree until it is edited, then the skeleton of its latest
    /// tree and that tree weakly.
    /// </summary>
    private sealed class Place
    {
        private readonly WeakReference<SyntaxTree> _latest;

        public Place(SyntaxTree tree)
        {
            First = tree;
            _latest = new WeakReference<SyntaxTree>(tree);
            FilePath = tree.FilePath;
            Options = tree.Options;
        }

        /// <summary>The tree the stamp was made with, while the place has not been edited (then <see cref="Skeleton"/> is null).</summary>
        public SyntaxTree? First { get; private set; }

        public string FilePath { get; }

        public ParseOptions Options { get; }

        public DeclarationSkeleton.Fingerprint? Skeleton { get; private set; }

        /// <summary>Whether <paramref name="tree"/> is the place's latest tree.</summary>
        public bool Holds(SyntaxTree tree)
            => ReferenceEquals(First, tree) || (_latest.TryGetTarget(out var latest) && ReferenceEquals(latest, tree));

        public void Release() => First = null;

        public void Edited(SyntaxTree tree, DeclarationSkeleton.Fingerprint skeleton)
        {
            _latest.SetTarget(tree);
            Skeleton = skeleton;
            First = null;
        }
    }

    private sealed class Found
    {
        public Found(DeclarationStamp stamp, bool isEdit)
        {
            Stamp = stamp;
            IsEdit = isEdit;
        }

        public DeclarationStamp Stamp { get; }

        public bool IsEdit { get; }
    }
}
