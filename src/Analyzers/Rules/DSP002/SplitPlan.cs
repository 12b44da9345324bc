namespace DispatchAnalyzers.Rules;

/// <summary>
/// When DSP002's layout fix (one homogeneous <c>List&lt;T&gt;</c> per concrete type) is safe, and for which types: the
/// collection is a <c>List</c> in a local or a private field, every use of which the fix can rewrite and this method sees.
/// </summary>
/// <remarks>
/// The storage is declared alone with <c>new List&lt;E&gt;()</c> (no arguments or a constant capacity), optionally with a
/// collection initializer whose elements are grouped by type (the split initializers keep their evaluation order).
/// Every other use is an <c>Add</c> statement whose argument creates an object of a sealed class, on <c>this</c> for a field,
/// or a <c>foreach</c> that <see cref="SplitLoopEligibility"/> accepts. A field's uses must all be in its declaring file.
/// Two or more sealed types, in order of first appearance; null when anything else is seen (the analyzer bounds the count).
/// The plan holds every piece of syntax the rewrite edits (<c>CollectionSplitter</c>), found here from the operations,
/// so the fixer that builds the plan again on the current document applies it as it is.
/// </remarks>
internal sealed class SplitPlan
{
    private SplitPlan(ISymbol storage, ITypeSymbol elementType, ImmutableArray<INamedTypeSymbol> types, Uses uses)
    {
        Storage = storage;
        ElementType = elementType;
        Types = types;
        Declarator = uses.Declarator!;
        ListType = uses.ListType!;
        Adds = uses.Adds.ToImmutableArray();
        Loops = uses.Loops.ToImmutableArray();
    }

    /// <summary>The local or private field holding the list.</summary>
    public ISymbol Storage { get; }

    /// <summary>The sealed types of the new lists, in order of first appearance.</summary>
    public ImmutableArray<INamedTypeSymbol> Types { get; }

    /// <summary>The element type of the list, the type of each loop's variable.</summary>
    public ITypeSymbol ElementType { get; }

    /// <summary>The storage's declarator: its parent's parent is the <see cref="LocalDeclarationStatementSyntax"/> or <see cref="FieldDeclarationSyntax"/>.</summary>
    public VariableDeclaratorSyntax Declarator { get; }

    /// <summary>The declaration statement or field declaration that holds <see cref="Declarator"/> alone.</summary>
    public SyntaxNode Declaration => Declarator.Parent!.Parent!;

    /// <summary><c>List&lt;T&gt;</c>, to construct per type.</summary>
    public INamedTypeSymbol ListType { get; }

    /// <summary>The storage's name in each <c>Add</c> statement, with the type of the object it adds.</summary>
    public ImmutableArray<(SimpleNameSyntax Name, INamedTypeSymbol Type)> Adds { get; }

    /// <summary>Every <c>foreach</c> over the storage.</summary>
    public ImmutableArray<ForEachStatementSyntax> Loops { get; }

    public static SplitPlan? Create(ISymbol storage, ITypeSymbol elementType, FunctionFacts facts, SymbolReferenceFinder finder, CancellationToken cancellationToken)
    {
        var uses = new Uses();
        var types = uses.Types;
        var references = storage switch
        {
            ILocalSymbol local => LocalUses(local, facts, uses),
            IFieldSymbol { DeclaredAccessibility: Accessibility.Private } field => FieldUses(field, finder, uses, cancellationToken),
            _ => null,
        };

        // A declaration the fix cannot split, or uses it cannot see.
        if (references is null)
        {
            return null;
        }

        foreach (var reference in references)
        {
            if (!IsSplittableUse(reference, storage, elementType, uses))
            {
                // A use the fix cannot rewrite.
                return null;
            }
        }

        var distinct = types.Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
        // One type needs no split.
        return distinct.Length >= 2 ? new SplitPlan(storage, elementType, distinct, uses) : null;
    }

    private static List<IOperation>? LocalUses(ILocalSymbol local, FunctionFacts facts, Uses found)
    {
        var uses = new List<IOperation>();
        var declared = false;
        foreach (var operation in facts.AllOperations())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                // One local in a statement of a block: the fix declares one list per type in its place.
                declared = declarator.Syntax.Parent?.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0, Declaration.Variables.Count: 1, Parent: BlockSyntax or SwitchSectionSyntax }
                    && IsSplittableCreation(declarator.GetVariableInitializer()?.Value, found);
                found.Declarator = declarator.Syntax as VariableDeclaratorSyntax;
                if (!declared)
                {
                    // Not a lone `new List<E>()` declaration the fix can repeat per type.
                    return null;
                }
            }
            else if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                uses.Add(reference);
            }
        }

        return declared ? uses : null;
    }

    private static List<IOperation>? FieldUses(IFieldSymbol field, SymbolReferenceFinder finder, Uses found, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || declarator.Parent?.Parent is not FieldDeclarationSyntax { Declaration.Variables.Count: 1 })
        {
            // Not a lone field with an initializer (partial declarations, several fields in one declaration).
            return null;
        }

        var uses = new List<IOperation>();
        SemanticModel? declaringModel = null;
        foreach (var (name, model) in finder.FindNames(field, cancellationToken))
        {
            var info = model.GetSymbolInfo(name, cancellationToken);
            if (!SymbolEqualityComparer.Default.Equals(info.Symbol, field))
            {
                // A name the compiler could not resolve may be a use of the field.
                if (info.CandidateSymbols.Any(c => SymbolEqualityComparer.Default.Equals(c, field)))
                {
                    return null;
                }

                continue;
            }

            SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            // Every use must be in the file the fix edits.
            if (name.SyntaxTree != declarator.SyntaxTree || model.GetOperation(node, cancellationToken) is not IFieldReferenceOperation reference)
            {
                return null;
            }

            declaringModel ??= model;
            uses.Add(reference);
        }

        var value = declaringModel?.GetOperation(initializer, cancellationToken) is IFieldInitializerOperation fieldInitializer ? fieldInitializer.Value : null;
        found.Declarator = declarator;
        return declaringModel is not null && IsSplittableCreation(value, found) ? uses : null;
    }

    /// <summary><c>new List&lt;E&gt;()</c>, with a constant capacity or an initializer creating sealed-class elements grouped by type.</summary>
    private static bool IsSplittableCreation(IOperation? value, Uses found)
    {
        var types = found.Types;
        if (value is null || OperationFacts.SkipImplicitConversions(value) is not IObjectCreationOperation creation || !IsList(creation.Type)
            || creation.Arguments.Length > 1 || creation.Arguments.Any(a => !a.Value.ConstantValue.HasValue))
        {
            // Not a List, or built from arguments that cannot be repeated per type.
            return false;
        }

        found.ListType = ((INamedTypeSymbol)creation.Type!).OriginalDefinition;
        INamedTypeSymbol? previous = null;
        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            var type = initializer is IInvocationOperation { Arguments.Length: 1 } add ? SealedType(add.Arguments[0].Value) : null;
            // Each type's elements together, so the split initializers evaluate in the original order.
            if (type is null || (!SymbolEqualityComparer.Default.Equals(type, previous) && types.Contains(type, SymbolEqualityComparer.Default)))
            {
                return false;
            }

            types.Add(type);
            previous = type;
        }

        return true;
    }

    private static bool IsSplittableUse(IOperation reference, ISymbol storage, ITypeSymbol elementType, Uses found)
    {
        // A field of another instance would need its own lists.
        if (reference is IFieldReferenceOperation { Instance: { } instance } && instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
        {
            return false;
        }

        var node = reference;
        while (node.Parent is IConversionOperation { IsImplicit: true })
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1, Parent: IExpressionStatementOperation } add
                when add.Instance == node && IsList(add.TargetMethod.ContainingType) && SealedType(add.Arguments[0].Value) is { } type
                    && NameOf(reference) is { } name:
                found.Types.Add(type);
                found.Adds.Add((name, type));
                return true;
            case IForEachLoopOperation { Syntax: ForEachStatementSyntax syntax } loop when loop.Collection == node:
                found.Loops.Add(syntax);
                return SplitLoopEligibility.CanSplit(loop, storage, elementType);
            default:
                // Read, passed, aliased or changed another way: the split lists could not stand in for it.
                return false;
        }
    }

    /// <summary>
    /// The type of a stored <c>new T(...)</c> when T is a sealed, non-generic class: exactly the object's type, and never
    /// null (a null element routed to one list would fail at another point of the iteration).
    /// </summary>
    private static INamedTypeSymbol? SealedType(IOperation value)
        => OperationFacts.SkipImplicitConversions(value) is IObjectCreationOperation { Type: INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: true, IsGenericType: false } type }
            ? type
            : null;

    /// <summary>The storage's name in a reference: <c>shapes</c>, or the name in <c>this.shapes</c>.</summary>
    private static SimpleNameSyntax? NameOf(IOperation reference)
        => reference.Syntax switch
        {
            SimpleNameSyntax name => name,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name,
            _ => null,
        };

    private static bool IsList(ITypeSymbol? type)
        => type is INamedTypeSymbol { MetadataName: "List`1" } named
            && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

    /// <summary>What <see cref="Create"/> finds on its way: the types stored, in order, and the syntax the rewrite edits.</summary>
    private sealed class Uses
    {
        public List<INamedTypeSymbol> Types { get; } = new();

        public List<(SimpleNameSyntax Name, INamedTypeSymbol Type)> Adds { get; } = new();

        public List<ForEachStatementSyntax> Loops { get; } = new();

        public VariableDeclaratorSyntax? Declarator { get; set; }

        public INamedTypeSymbol? ListType { get; set; }
    }
}
