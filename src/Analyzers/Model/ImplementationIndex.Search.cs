using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>How <see cref="ImplementationIndex.ConcreteImplementationsOf"/> finds its answer: candidates by name, checked on symbols.</summary>
internal sealed partial class ImplementationIndex
{
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> _answers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> _outsideByDefinition = new(SymbolEqualityComparer.Default);
    private Dictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>>? _implementations;
    private SourceTypeGraph? _graph;
    private Candidates? _outsideSource;
    private Candidates? _outsideSourceWithRecords;
    private int _walkOnly;

    /// <summary>Whether names cannot bound the search for <paramref name="type"/>'s implementations.</summary>
    private bool NeedsWalk(INamedTypeSymbol type)
    {
        // Every class or struct converts to object or ValueType without naming it; an error type may stand for anything.
        if (type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType || type.TypeKind == TypeKind.Error)
        {
            return true;
        }

        if (Volatile.Read(ref _walkOnly) == 0)
        {
            // Source types the syntax does not declare (a script's class, an added module's), or implicit bases declared in source.
            var walkOnly = _compilation is not CSharpCompilation
                || _compilation.ScriptClass is not null
                || _compilation.Assembly.Modules.Skip(1).Any()
                || SymbolEqualityComparer.Default.Equals(_compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly, _compilation.Assembly);
            Volatile.Write(ref _walkOnly, walkOnly ? 1 : 2);
        }

        return _walkOnly == 1;
    }

    private ImmutableArray<INamedTypeSymbol> Find(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var definition = type.OriginalDefinition;
        if (!SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _compilation.Assembly))
        {
            // Every construction of a framework type (`IEquatable<A>`, `IEquatable<B>`) filters the few candidates of its definition.
            return OutsideSourceCandidatesOf(definition, cancellationToken).Where(candidate => Reaches(candidate, type)).ToImmutableArray();
        }

        // The type itself first: a class the syntax does not declare (the one of top-level statements) is its own implementation.
        return Concrete(new[] { definition }.Concat(Resolve(Graph(cancellationToken).MayReachSourceType(definition.Name), cancellationToken)))
            .Where(candidate => Reaches(candidate, type))
            .ToImmutableArray();
    }

    private static IEnumerable<INamedTypeSymbol> Concrete(IEnumerable<INamedTypeSymbol> candidates)
        => candidates
            .Where(candidate => !candidate.IsAbstract && !candidate.IsStatic && candidate.TypeKind is TypeKind.Class or TypeKind.Struct)
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);

    /// <summary>The concrete candidates that are, derive from or implement some construction of <paramref name="definition"/>, a type declared outside the source.</summary>
    private ImmutableArray<INamedTypeSymbol> OutsideSourceCandidatesOf(INamedTypeSymbol definition, CancellationToken cancellationToken)
    {
        if (_outsideByDefinition.TryGetValue(definition, out var known))
        {
            return known;
        }

        var candidates = OutsideSourceCandidates(withRecords: definition.Name == "IEquatable", cancellationToken)
            .Where(candidate => SelfBasesAndInterfaces(candidate).Any(t => SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, definition)))
            .ToImmutableArray();
        return _outsideByDefinition.GetOrAdd(definition, candidates);
    }

    /// <summary><paramref name="type"/>, its base types, then every interface it implements.</summary>
    public static IEnumerable<ITypeSymbol> SelfBasesAndInterfaces(ITypeSymbol type)
    {
        for (ITypeSymbol? self = type; self is not null; self = self.BaseType)
        {
            yield return self;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            yield return implemented;
        }
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="type"/>, derives from it or implements it.</summary>
    private static bool Reaches(INamedTypeSymbol candidate, INamedTypeSymbol type)
        => SelfBasesAndInterfaces(candidate).Contains(type, SymbolEqualityComparer.Default);

    /// <summary>The declarations that may reach a type declared outside the source, as symbols: made once, shared by every such type.</summary>
    private ImmutableArray<INamedTypeSymbol> OutsideSourceCandidates(bool withRecords, CancellationToken cancellationToken)
    {
        ref var field = ref withRecords ? ref _outsideSourceWithRecords : ref _outsideSource;
        if (Volatile.Read(ref field) is { } made)
        {
            return made.Types;
        }

        // Type names (nested ones too) are read once per referenced assembly symbol, which compilations with the same references share.
        var assemblies = _compilation.SourceModule.ReferencedAssemblySymbols;
        var declarations = Graph(cancellationToken).MayReachTypeOutsideSource(name => assemblies.Any(a => a.TypeNames.Contains(name)), withRecords);
        var candidates = new Candidates(Concrete(Resolve(declarations, cancellationToken)).ToImmutableArray());
        return (Interlocked.CompareExchange(ref field, candidates, null) ?? candidates).Types;
    }

    private IEnumerable<INamedTypeSymbol> Resolve(ImmutableArray<SourceTypeGraph.Declared> declarations, CancellationToken cancellationToken)
    {
        var trees = _compilation.SyntaxTrees as IReadOnlyList<SyntaxTree> ?? _compilation.SyntaxTrees.ToList();
        foreach (var declared in declarations)
        {
            // The graph may come from a compilation whose trees differ inside bodies: the span is this tree's.
            var tree = trees[declared.Order];
            var current = TypeDeclarationIndex.Of(tree, cancellationToken).Declarations;
            // Not the declarations the graph was made of (a stamp's skeletons always agree): nothing to bind.
            if (declared.Index >= current.Length || current[declared.Index].Name != declared.Type.Name)
            {
                continue;
            }

            var span = current[declared.Index].Span;
            var node = tree.GetRoot(cancellationToken).FindNode(span, getInnermostNodeForTie: true);
            if (node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault(d => d.Span == span) is { } declaration
                && _references.GetModel(tree).GetDeclaredSymbol(declaration, cancellationToken) is { } symbol)
            {
                yield return symbol;
            }
        }
    }

    private SourceTypeGraph Graph(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _graph) is { } made)
        {
            return made;
        }

        // Every rule asks at once when the compilation starts: one of them builds the graph, the others wait for it (and
        // build it themselves if its builder was cancelled: nothing half-built is kept). A compilation that declares
        // what an earlier one did (an edit inside a body) takes that one's graph.
        lock (_answers)
        {
            return _graph ??= DeclarationStamp.For(_compilation, cancellationToken).Stamp.Keep(() => new SourceTypeGraph(_compilation, cancellationToken));
        }
    }

    /// <summary>Every concrete source type under itself, each of its base types and each interface it implements: one walk over every source type.</summary>
    private Dictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> Walked(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _implementations) is { } made)
        {
            return made;
        }

        var builders = new Dictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>.Builder>(SymbolEqualityComparer.Default);
        void Add(ITypeSymbol key, INamedTypeSymbol type)
        {
            if (!builders.TryGetValue(key, out var builder))
            {
                builders[key] = builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            }

            builder.Add(type);
        }

        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(_compilation.Assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = stack.Pop();
            if (current is INamespaceSymbol ns)
            {
                foreach (var member in ns.GetMembers())
                {
                    stack.Push(member);
                }

                continue;
            }

            var type = (INamedTypeSymbol)current;
            if (!type.IsAbstract && !type.IsStatic && type.TypeKind is TypeKind.Class or TypeKind.Struct)
            {
                for (var self = type; self is not null; self = self.BaseType)
                {
                    Add(self, type);
                }

                foreach (var implemented in type.AllInterfaces)
                {
                    Add(implemented, type);
                }
            }

            foreach (var nested in type.GetTypeMembers())
            {
                stack.Push(nested);
            }
        }

        var index = new Dictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>>(builders.Count, SymbolEqualityComparer.Default);
        foreach (var pair in builders)
        {
            index[pair.Key] = pair.Value.ToImmutable();
        }

        return Interlocked.CompareExchange(ref _implementations, index, null) ?? index;
    }

    /// <summary>Resolved candidates, published whole.</summary>
    private sealed class Candidates
    {
        public Candidates(ImmutableArray<INamedTypeSymbol> types)
        {
            Types = types;
        }

        public ImmutableArray<INamedTypeSymbol> Types { get; }
    }
}
