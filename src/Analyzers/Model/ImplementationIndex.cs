using System.Collections.Concurrent;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Which concrete types in the compilation's own source implement an interface or derive from a class. Built once per
/// compilation (one walk over the source namespaces), then answered from a cache.
/// </summary>
internal sealed class ImplementationIndex
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<INamedTypeSymbol>> _implementations = new(SymbolEqualityComparer.Default);
    private ImmutableArray<INamedTypeSymbol> _concreteSourceTypes;

    public ImplementationIndex(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>Non-abstract classes and structs declared in source that convert to <paramref name="type"/> by identity or reference.</summary>
    public ImmutableArray<INamedTypeSymbol> ConcreteImplementationsOf(ITypeSymbol type)
        => _implementations.GetOrAdd(type, t => ConcreteSourceTypes().Where(c => IsSubtypeOrSame(c, t)).ToImmutableArray());

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

    private static bool IsSubtypeOrSame(INamedTypeSymbol candidate, ITypeSymbol type)
    {
        if (SymbolEqualityComparer.Default.Equals(candidate, type))
        {
            return true;
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            return candidate.AllInterfaces.Contains((INamedTypeSymbol)type, SymbolEqualityComparer.Default);
        }

        for (var baseType = candidate.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(baseType, type))
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<INamedTypeSymbol> ConcreteSourceTypes()
    {
        if (!_concreteSourceTypes.IsDefault)
        {
            return _concreteSourceTypes;
        }

        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        var stack = new System.Collections.Generic.Stack<INamespaceOrTypeSymbol>();
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
                builder.Add(type);
            }

            foreach (var nested in type.GetTypeMembers())
            {
                stack.Push(nested);
            }
        }

        var result = builder.ToImmutable();
        ImmutableInterlocked.InterlockedInitialize(ref _concreteSourceTypes, result);
        return _concreteSourceTypes;
    }
}
