namespace DispatchAnalyzers.Rules;

/// <summary>
/// A receiver that is a new element of a collection on every iteration of a loop: the <c>foreach</c> iteration variable,
/// an element read <c>xs[i]</c> whose index the loop changes, or a local declared in the loop and set once from such a
/// read. The collection must be read from a local, a parameter, a field or a property (its storage).
/// </summary>
internal sealed class CollectionElement
{
    private CollectionElement(ISymbol storage, ILocalSymbol? local, IOperation collection)
    {
        Storage = storage;
        Local = local;
        Collection = collection;
    }

    /// <summary>The local, parameter, field or property the collection is read from.</summary>
    public ISymbol Storage { get; }

    /// <summary>The local holding the element (the iteration variable, or a local set from an element read); null for <c>xs[i].M()</c>.</summary>
    public ILocalSymbol? Local { get; }

    /// <summary>The read of the collection in the loop.</summary>
    public IOperation Collection { get; }

    public static CollectionElement? TryCreate(IOperation instance, ILoopOperation loop, FunctionFacts facts, CancellationToken cancellationToken)
    {
        var receiver = OperationFacts.SkipImplicitConversions(instance);
        if (receiver is not ILocalReferenceOperation { Local: var local })
        {
            return FromElementRead(receiver, local: null, loop, facts);
        }

        if (loop is IForEachLoopOperation forEach && forEach.LoopControlVariable is IVariableDeclaratorOperation declarator
            && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
        {
            return OfForEach(forEach);
        }

        // A local set once, inside the loop, from an element read: `var x = xs[i];`.
        if (!local.IsRef && local.DeclaringSyntaxReferences.Any(r => loop.Syntax.Span.Contains(r.Span))
            && facts.IsStable(local, cancellationToken)
            && facts.ValuesStoredInto(local, cancellationToken) is { Length: 1 } values)
        {
            return FromElementRead(OperationFacts.SkipImplicitConversions(values[0]), local, loop, facts);
        }

        return null;
    }

    /// <summary>The iteration variable of a <c>foreach</c> over a collection read from storage.</summary>
    public static CollectionElement? OfForEach(IForEachLoopOperation forEach)
    {
        var collection = StripSpanView(forEach.Collection);
        // `foreach (var x in Make())`: no storage to look at; `await foreach` pays far more than a dispatch.
        return !forEach.IsAsynchronous && forEach.LoopControlVariable is IVariableDeclaratorOperation { Symbol: var local }
            && CollectionValues.StorageOf(collection) is { } storage
            ? new CollectionElement(storage, local, collection)
            : null;
    }

    private static CollectionElement? FromElementRead(IOperation read, ILocalSymbol? local, ILoopOperation loop, FunctionFacts facts)
    {
        var (collection, index) = read switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => (element.ArrayReference, element.Indices[0]),
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } element
                when element.Property.OriginalDefinition.Parameters is { Length: 1 } parameters && parameters[0].Type.SpecialType == SpecialType.System_Int32
                => (instance, element.Arguments[0].Value),
            _ => (null, null),
        };

        // The same element on every iteration (`xs[0]`, `xs[k]` with k fixed) is DSP001's loop-invariant case, not a walk.
        if (collection is null || index is null || !ChangesEveryIteration(index, loop, facts))
        {
            return null;
        }

        var view = StripSpanView(collection);
        return CollectionValues.StorageOf(view) is { } storage ? new CollectionElement(storage, local, view) : null;
    }

    private static bool ChangesEveryIteration(IOperation index, ILoopOperation loop, FunctionFacts facts)
        => index.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(reference =>
            facts.IsWrittenIn(loop, reference.Local) || reference.Local.DeclaringSyntaxReferences.Any(r => loop.Syntax.Span.Contains(r.Span)));

    /// <summary><c>xs.AsSpan()</c> and <c>CollectionsMarshal.AsSpan(xs)</c> iterate the storage of <c>xs</c>.</summary>
    private static IOperation StripSpanView(IOperation collection)
    {
        var unwrapped = OperationFacts.SkipConversions(collection);
        if (unwrapped is IInvocationOperation { TargetMethod.Name: "AsSpan" } view
            && (view.Instance ?? (view.Arguments.Length >= 1 ? view.Arguments[0].Value : null)) is { } source
            && (view.Instance is not null || view.Arguments.Length == 1))
        {
            return OperationFacts.SkipConversions(source);
        }

        return unwrapped;
    }
}
