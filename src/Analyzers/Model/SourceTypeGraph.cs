namespace DispatchAnalyzers.Model;

/// <summary>
/// The type declarations of a compilation as a graph of names (<see cref="TypeDeclarationIndex"/> of every tree, merged
/// once per compilation): which declarations name a given simple name in their base list. Finds, without binding, the
/// declarations that may be implementations of a type: a superset, for the caller to check on symbols.
/// </summary>
/// <remarks>
/// A source type T converts to a type U declared in source only along direct bases that are all declared in source (a
/// type from metadata has only bases from metadata), each written in a base list of a declaration of the type below it,
/// as its name or as an alias of it. So the declarations that may reach U are closed over "names, in its base list, a
/// name in the set", starting from U's name and adding each declaration's own name and every alias of a name in the
/// set. For a type U not declared in source, the path from T leaves the source at a base the source does not declare,
/// so the closure starts instead from every declaration with a base that may be such a type (<see cref="MayBeOutsideSource"/>),
/// and from records (<c>IEquatable&lt;T&gt;</c>, implemented without a base list). Every alias of any tree counts in
/// every tree (global using aliases do; a spurious one only adds candidates). A declaration is named by its tree's
/// place in the compilation and its place in that tree's summary, not by tree and span: the graph holds no tree, so
/// it serves every compilation with the same declarations (<see cref="DeclarationStamp.Keep{T}"/>), whose trees may
/// differ inside bodies (the caller reads the current span from the current tree's summary).
/// </remarks>
internal sealed class SourceTypeGraph
{
    private readonly Dictionary<string, List<Declared>> _byBaseName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _aliasesByTarget = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly List<Declared> _records = new();

    public SourceTypeGraph(Compilation compilation, CancellationToken cancellationToken)
    {
        var order = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var types = TypeDeclarationIndex.Of(tree, cancellationToken);
            foreach (var (alias, target) in types.Aliases)
            {
                _aliases.Add(alias);
                ListOf(_aliasesByTarget, target).Add(alias);
            }

            for (var index = 0; index < types.Declarations.Length; index++)
            {
                var declaration = types.Declarations[index];
                var declared = new Declared(order, index, declaration);
                _typeNames.Add(declaration.Name);
                foreach (var name in declaration.BaseNames)
                {
                    ListOf(_byBaseName, name).Add(declared);
                }

                if (declaration.Kind == TypeDeclarationKind.Record)
                {
                    _records.Add(declared);
                }
            }

            order++;
        }
    }

    /// <summary>The class, struct and record declarations that may convert to a type named <paramref name="name"/> declared in source, in tree and text order.</summary>
    public ImmutableArray<Declared> MayReachSourceType(string name)
        => Close(new[] { name }, Enumerable.Empty<Declared>());

    /// <summary>
    /// The class, struct and record declarations that may convert to a type declared outside the source, in tree and
    /// text order; records too when <paramref name="withRecords"/>.
    /// </summary>
    public ImmutableArray<Declared> MayReachTypeOutsideSource(Func<string, bool> isTypeNameOutsideSource, bool withRecords)
    {
        var seeds = _byBaseName.Where(pair => MayBeOutsideSource(pair.Key, isTypeNameOutsideSource)).SelectMany(pair => pair.Value);
        return Close(Enumerable.Empty<string>(), withRecords ? seeds.Concat(_records) : seeds);
    }

    /// <summary>
    /// Whether a base spelled <paramref name="name"/> may bind to a type the source does not declare: it is no source
    /// type's name, or a referenced assembly has a type of that name, or it is an alias.
    /// </summary>
    private bool MayBeOutsideSource(string name, Func<string, bool> isTypeNameOutsideSource)
        => name == TypeDeclarationIndex.Unnamed || !_typeNames.Contains(name) || _aliases.Contains(name) || isTypeNameOutsideSource(name);

    private ImmutableArray<Declared> Close(IEnumerable<string> names, IEnumerable<Declared> seeds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        var found = new HashSet<Declared>();
        void AddName(string name)
        {
            if (seen.Add(name))
            {
                pending.Push(name);
            }
        }

        void AddDeclaration(Declared declared)
        {
            if (found.Add(declared))
            {
                AddName(declared.Type.Name);
            }
        }

        foreach (var name in names)
        {
            AddName(name);
        }

        foreach (var seed in seeds)
        {
            AddDeclaration(seed);
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            foreach (var alias in _aliasesByTarget.TryGetValue(name, out var aliases) ? aliases : Enumerable.Empty<string>())
            {
                AddName(alias);
            }

            foreach (var declared in _byBaseName.TryGetValue(name, out var declarations) ? declarations : Enumerable.Empty<Declared>())
            {
                AddDeclaration(declared);
            }
        }

        return found.Where(d => d.Type.Kind != TypeDeclarationKind.Interface)
            .OrderBy(d => d.Order).ThenBy(d => d.Type.Span.Start)
            .ToImmutableArray();
    }

    private static List<T> ListOf<T>(Dictionary<string, List<T>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = new List<T>();
        }

        return list;
    }

    /// <summary>A type declaration: its tree's place in the compilation, its place in the tree's summary, and its names.</summary>
    internal sealed class Declared
    {
        public Declared(int order, int index, TypeDeclarationName type)
        {
            Order = order;
            Index = index;
            Type = type;
        }

        public int Order { get; }

        /// <summary>The declaration's place in <see cref="TreeTypes.Declarations"/> of its tree.</summary>
        public int Index { get; }

        /// <summary>The names, and the span in the tree the graph was made from (in the same order as the current tree's, which may have moved them).</summary>
        public TypeDeclarationName Type { get; }
    }
}
