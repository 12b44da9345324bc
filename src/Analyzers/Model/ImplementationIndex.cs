namespace DispatchAnalyzers.Model;

/// <summary>
/// Which concrete types in the compilation's own source implement an interface or derive from a class, answered per
/// type on first demand and kept for the compilation.
/// </summary>
/// <remarks>
/// The candidates come from <see cref="SourceTypeGraph"/>: declarations whose base lists may lead to the type, found by
/// name from per-tree summaries that outlive the compilation, so an edit re-reads one tree and a question binds only the
/// candidates' base lists. Each candidate is then checked on its symbol exactly as a walk over every source type would
/// (non-abstract, non-static class or struct that is the type, derives from it or has it among its interfaces), so the
/// answer is that walk's answer. The walk itself (<see cref="Walked"/>) answers where names cannot bound the search:
/// <c>object</c> and <c>ValueType</c> (every class or struct), error types, scripts, added modules, a compilation that
/// declares <c>object</c>.
/// </remarks>
internal sealed partial class ImplementationIndex
{
    private readonly Compilation _compilation;
    private readonly SymbolReferenceFinder _references;

    public ImplementationIndex(Compilation compilation, SymbolReferenceFinder references)
    {
        _compilation = compilation;
        _references = references;
    }

    /// <summary>Non-abstract classes and structs declared in source that convert to <paramref name="type"/> by identity or reference.</summary>
    public ImmutableArray<INamedTypeSymbol> ConcreteImplementationsOf(ITypeSymbol type, CancellationToken cancellationToken)
    {
        // Only named types are base types or interfaces.
        if (type is not INamedTypeSymbol named)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        if (NeedsWalk(named))
        {
            return Walked(cancellationToken).TryGetValue(type, out var implementations) ? implementations : ImmutableArray<INamedTypeSymbol>.Empty;
        }

        return _answers.TryGetValue(named, out var found) ? found : _answers.GetOrAdd(named, Find(named, cancellationToken));
    }

    /// <summary>The graph of type declarations this index searches (null before the first question that needs it).</summary>
    internal SourceTypeGraph? TypeGraph => Volatile.Read(ref _graph);

    /// <summary>Whether some struct in source implements the interface (so generics over it can specialise).</summary>
    public bool AnyValueTypeImplements(ITypeSymbol interfaceType, CancellationToken cancellationToken)
        => ConcreteImplementationsOf(interfaceType, cancellationToken).Any(t => t.IsValueType);

    /// <summary>
    /// Whether <c>x is T t</c> followed by a call on <c>t</c> is a direct, behaviour-preserving call of <paramref name="member"/>:
    /// T is a sealed class, a class whose implementation is a sealed override, or a readonly struct (its unboxed copy
    /// cannot diverge from the box).
    /// </summary>
    public static bool IsHoistable(INamedTypeSymbol type, ISymbol member)
    {
        // Constructed generic types have no stable declaration ID for the fixer to resolve.
        if (type.IsGenericType || type.IsAbstract || type.IsStatic)
        {
            return false;
        }

        if (type.TypeKind == TypeKind.Struct)
        {
            return type.IsReadOnly;
        }

        if (type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        if (type.IsSealed)
        {
            return true;
        }

        // Interface members on an unsealed class can be re-implemented by a subclass; only a sealed override is final.
        return member.ContainingType.TypeKind == TypeKind.Class && FindOverride(type, member) is { IsSealed: true };
    }

    /// <summary>The member a dispatch of <paramref name="member"/> lands in for an object of <paramref name="type"/>, if known.</summary>
    public static ISymbol? ImplementationOf(INamedTypeSymbol type, ISymbol member)
        => member.ContainingType.TypeKind == TypeKind.Interface ? type.FindImplementationForInterfaceMember(member) : FindOverride(type, member);

    /// <summary>
    /// The most targets the reaching-type analysis can find for a dispatch of <paramref name="member"/> on
    /// <paramref name="receiverType"/>, or null when it cannot be told without looking: for a non-generic class or
    /// interface declared in this compilation, every type the analysis can see reach the call is one of its
    /// implementations in source (<see cref="ConcreteImplementationsOf"/>), so their distinct targets bound the answer.
    /// </summary>
    public int? MostTargetsFoundFor(ITypeSymbol receiverType, ISymbol member, CancellationToken cancellationToken)
    {
        // Only types no referenced assembly can derive from, and no generic instantiation can hide behind.
        if (receiverType is not INamedTypeSymbol { TypeKind: TypeKind.Interface or TypeKind.Class } named
            || !SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, _compilation.Assembly))
        {
            return null;
        }

        for (var type = named; type is not null; type = type.ContainingType)
        {
            // `IShape<T>` is implemented by `Circle<T>` as `IShape<T>`, not as the instantiation at the call.
            if (type.IsGenericType)
            {
                return null;
            }
        }

        return DistinctTargets(ConcreteImplementationsOf(named, cancellationToken), member);
    }

    /// <summary>How many different members a dispatch of <paramref name="member"/> can land in across <paramref name="types"/>.</summary>
    public static int DistinctTargets(IEnumerable<INamedTypeSymbol> types, ISymbol member)
    {
        var targets = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var unknown = 0;
        foreach (var type in types)
        {
            if (ImplementationOf(type, member) is { } target)
            {
                targets.Add(target.OriginalDefinition);
            }
            else
            {
                unknown++;
            }
        }

        return targets.Count + unknown;
    }

    private static ISymbol? FindOverride(INamedTypeSymbol type, ISymbol member)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var candidate in current.GetMembers(member.Name))
            {
                for (var overridden = candidate; overridden is not null; overridden = OverriddenMember(overridden))
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, member.OriginalDefinition))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static ISymbol? OverriddenMember(ISymbol symbol)
        => symbol switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            IEventSymbol @event => @event.OverriddenEvent,
            _ => null,
        };
}
