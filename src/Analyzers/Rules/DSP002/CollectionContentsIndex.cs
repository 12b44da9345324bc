using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// The concrete types stored into a collection: for a local, everything its method stores into it; for a private or
/// internal field or property, everything the whole compilation stores into it. Computed on first demand, once per
/// storage and compilation, and cached.
/// </summary>
/// <remarks>
/// A field or property is found through <see cref="SymbolReferenceFinder"/> (names spelled like it, bound one by one);
/// each reference and each initializer is classified by <see cref="ElementStores"/> and <see cref="CollectionValues"/>.
/// A local initialised from a field, a property or another local includes what that storage holds (one level for
/// fields; locals until a cycle). A storage visible outside the compilation, or a parameter, is unknown: code we do not
/// see fills it.
/// </remarks>
internal sealed class CollectionContentsIndex
{
    private readonly Compilation _compilation;
    private readonly SymbolReferenceFinder _finder;
    private readonly TreeByTreeSearch _search;
    private readonly SymbolCache<ISymbol, ReachingTypeSet> _cache = new();

    public CollectionContentsIndex(Compilation compilation, SymbolReferenceFinder finder, TreeByTreeSearch search)
    {
        _compilation = compilation;
        _finder = finder;
        _search = search;
    }

    /// <summary>What is stored into a private or internal field or property of this compilation; unknown for anything else.</summary>
    public ReachingTypeSet ForMember(ISymbol member, CancellationToken cancellationToken)
        => _cache.GetOrCompute(member, this, static (symbol, self, token) => self.ComputeForMember(symbol, token), cancellationToken);

    /// <summary>What the block described by <paramref name="facts"/> stores into <paramref name="local"/>.</summary>
    public ReachingTypeSet ForLocal(ILocalSymbol local, FunctionFacts facts, CancellationToken cancellationToken)
        => _cache.GetOrCompute(
            local, (Index: this, Facts: facts), static (symbol, state, token) => state.Index.ComputeForLocal((ILocalSymbol)symbol, state.Facts, new HashSet<ISymbol>(SymbolEqualityComparer.Default), token), cancellationToken);

    private ReachingTypeSet ComputeForLocal(ILocalSymbol local, FunctionFacts facts, HashSet<ISymbol> visiting, CancellationToken cancellationToken)
    {
        var elementType = CollectionValues.ElementTypeOf(local.Type);
        // A local of a type we cannot see elements of, or a cycle of locals copied into each other.
        if (elementType is null || local.IsRef || !visiting.Add(local))
        {
            return ReachingTypeSet.Unknown;
        }

        var builder = new ReachingTypeSet.Builder();
        CollectionValues.StorageResolver resolve = storage => storage switch
        {
            ILocalSymbol other => ComputeForLocal(other, facts, visiting, cancellationToken),
            IFieldSymbol or IPropertySymbol => ForMember(storage, cancellationToken),
            _ => null,
        };
        foreach (var operation in facts.AllOperations())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        CollectionValues.Add(initializer.Value, elementType, builder, resolve);
                    }

                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                    ElementStores.Add(reference, elementType, builder, resolve);
                    break;
            }
        }

        visiting.Remove(local);
        return builder.ToSet();
    }

    private ReachingTypeSet ComputeForMember(ISymbol member, CancellationToken cancellationToken)
    {
        var type = member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol { IsIndexer: false } property => property.Type,
            _ => null,
        };
        var elementType = CollectionValues.ElementTypeOf(type);
        // Only storage whose every store this compilation can see, and whose elements have a type.
        if (elementType is null || !IsVisibleOnlyInside(member) || member.DeclaringSyntaxReferences.IsEmpty)
        {
            return ReachingTypeSet.Unknown;
        }

        var builder = new ReachingTypeSet.Builder();
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer,
                PropertyDeclarationSyntax property => property.Initializer,
                _ => null,
            };
            if (initializer is not null)
            {
#pragma warning disable RS1030 // The declaration may be in another tree; only its initializer is bound.
                var model = _compilation.GetSemanticModel(initializer.SyntaxTree);
#pragma warning restore RS1030
                if (model.GetOperation(initializer, cancellationToken) is ISymbolInitializerOperation symbolInitializer)
                {
                    CollectionValues.Add(symbolInitializer.Value, elementType, builder, resolve: null);
                }
            }
        }

        _search.Run(member, "element stores", builder, scope => AddStores(member, elementType, scope, builder, cancellationToken), cancellationToken);
        return builder.ToSet();
    }

    /// <summary>Adds the elements stored into <paramref name="member"/> by the references to it in <paramref name="scope"/>.</summary>
    private void AddStores(ISymbol member, ITypeSymbol elementType, (SyntaxTree Tree, TextSpan Span) scope, ReachingTypeSet.Builder builder, CancellationToken cancellationToken)
    {
        foreach (var (name, model) in _finder.FindNames(member, scope, cancellationToken))
        {
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
            {
                continue;
            }

            SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (model.GetOperation(node, cancellationToken) is { } operation)
            {
                ElementStores.Add(operation, elementType, builder, resolve: null);
            }
        }
    }

    /// <summary>Private, internal or private protected, itself or through a containing type: no other assembly stores into it.</summary>
    private static bool IsVisibleOnlyInside(ISymbol member)
    {
        for (ISymbol? current = member; current is INamedTypeSymbol or IFieldSymbol or IPropertySymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal)
            {
                return true;
            }
        }

        return false;
    }
}
