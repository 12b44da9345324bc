namespace DispatchAnalyzers.Model;

/// <summary>
/// Which concrete types in the compilation's own source implement an interface or derive from a class. Built once per
/// compilation, on first demand (one walk over the source namespaces filing each concrete type under itself, its base
/// types and its interfaces), then answered by lookup.
/// </summary>
internal sealed class ImplementationIndex
{
    private readonly Compilation _compilation;
    private Dictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>>? _implementations;

    public ImplementationIndex(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>Non-abstract classes and structs declared in source that convert to <paramref name="type"/> by identity or reference.</summary>
    public ImmutableArray<INamedTypeSymbol> ConcreteImplementationsOf(ITypeSymbol type)
        => Implementations().TryGetValue(type, out var implementations) ? implementations : ImmutableArray<INamedTypeSymbol>.Empty;

    /// <summary>Whether some struct in source implements the interface (so generics over it can specialise).</summary>
    public bool AnyValueTypeImplements(ITypeSymbol interfaceType)
        => ConcreteImplementationsOf(interfaceType).Any(t => t.IsValueType);

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
    public int? MostTargetsFoundFor(ITypeSymbol receiverType, ISymbol member)
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

        return DistinctTargets(ConcreteImplementationsOf(named), member);
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

    /// <summary>Every concrete source type under itself, each of its base types and each interface it implements: one walk.</summary>
    private Dictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> Implementations()
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
}
