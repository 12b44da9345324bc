namespace DispatchAnalyzers.Rules;

/// <summary>
/// The elements a collection-valued expression brings: array initializers, collection initializers, collection
/// expressions (spreads included), copies of other collections (<c>new List&lt;T&gt;(xs)</c>, <c>xs.ToArray()</c>), and
/// the arguments of Add-like calls. Each element value is classified by <see cref="ReachingTypeSet.Builder"/>.
/// </summary>
internal static class CollectionValues
{
    /// <summary>What another storage holds, when the caller follows it (a local initialised from a field); null: unknown.</summary>
    public delegate ReachingTypeSet? StorageResolver(ISymbol storage);

    /// <summary>The element type of an array, a span, or an <c>IEnumerable&lt;T&gt;</c>; null for anything else.</summary>
    public static ITypeSymbol? ElementTypeOf(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.ElementType;
            case INamedTypeSymbol { TypeArguments.Length: 1, Name: "Span" or "ReadOnlySpan" } span
                when span.ContainingNamespace?.ToDisplayString() == "System":
                return span.TypeArguments[0];
            case null:
                return null;
        }

        var enumerable = type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            ? (INamedTypeSymbol)type
            : type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return enumerable?.TypeArguments[0];
    }

    /// <summary>The local, parameter, field or (non-indexer) property an operation reads, if it reads one.</summary>
    public static ISymbol? StorageOf(IOperation? operation)
        => operation is null ? null : OperationFacts.SkipConversions(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };

    /// <summary>Adds the elements of <paramref name="value"/>, a whole collection stored into the storage.</summary>
    public static void Add(IOperation value, ITypeSymbol elementType, ReachingTypeSet.Builder builder, StorageResolver? resolve)
    {
        var unwrapped = OperationFacts.SkipConversions(value);
        switch (unwrapped)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    builder.Add(element);
                }

                return;
            case IArrayCreationOperation:
                // `new T[n]`: every element starts as null.
                return;
            case IObjectCreationOperation creation:
                AddCreation(creation, elementType, builder, resolve);
                return;
            case { Kind: OperationFacts.CollectionExpressionKind }:
                foreach (var element in unwrapped.ChildOperations)
                {
                    if (element.Kind == OperationFacts.SpreadKind)
                    {
                        AddRange(element.ChildOperations.First(), elementType, builder, resolve);
                    }
                    else
                    {
                        builder.Add(element);
                    }
                }

                return;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                Add(conditional.WhenTrue, elementType, builder, resolve);
                Add(whenFalse, elementType, builder, resolve);
                return;
            case ICoalesceOperation coalesce:
                Add(coalesce.Value, elementType, builder, resolve);
                Add(coalesce.WhenNull, elementType, builder, resolve);
                return;
            case IDefaultValueOperation:
            case { ConstantValue: { HasValue: true, Value: null } }:
                return;
            case IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList" or "AsSpan" or "AsMemory" or "ToImmutableArray" } copy
                when (copy.Instance ?? copy.Arguments.FirstOrDefault()?.Value) is { } source:
                AddRange(source, elementType, builder, resolve);
                return;
        }

        if (StorageOf(unwrapped) is { } storage && resolve?.Invoke(storage) is { } contents)
        {
            builder.Include(contents);
            return;
        }

        // A collection from a call or an unfollowed storage: its elements are unknown.
        builder.MarkIncomplete();
    }

    /// <summary>Adds the elements an Add-like call passes (<c>Add(x)</c>, <c>Insert(i, x)</c>, <c>AddRange(xs)</c>...).</summary>
    public static void AddArguments(IInvocationOperation invocation, ITypeSymbol elementType, ReachingTypeSet.Builder builder, StorageResolver? resolve)
    {
        var arguments = invocation.TargetMethod.IsExtensionMethod && invocation.Instance is null ? invocation.Arguments.Skip(1) : invocation.Arguments;
        foreach (var argument in arguments)
        {
            var parameterType = argument.Parameter?.Type;
            if (parameterType is null)
            {
                builder.MarkIncomplete();
            }
            else if (argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                Add(argument.Value, elementType, builder, resolve);
            }
            else if (SymbolEqualityComparer.Default.Equals(parameterType, elementType))
            {
                builder.Add(argument.Value);
            }
            else if (SymbolEqualityComparer.Default.Equals(ElementTypeOf(parameterType), elementType))
            {
                AddRange(argument.Value, elementType, builder, resolve);
            }
        }
    }

    private static void AddRange(IOperation range, ITypeSymbol elementType, ReachingTypeSet.Builder builder, StorageResolver? resolve)
    {
        var unwrapped = OperationFacts.SkipConversions(range);
        if (unwrapped is IArrayCreationOperation or IObjectCreationOperation || unwrapped.Kind == OperationFacts.CollectionExpressionKind
            || (StorageOf(unwrapped) is { } storage && resolve?.Invoke(storage) is not null))
        {
            Add(unwrapped, elementType, builder, resolve);
            return;
        }

        // Only the static element type of the range is known (`List<Circle>` brings circles).
        builder.AddType(ElementTypeOf(unwrapped.Type));
    }

    private static void AddCreation(IObjectCreationOperation creation, ITypeSymbol elementType, ReachingTypeSet.Builder builder, StorageResolver? resolve)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(ElementTypeOf(parameter.Type), elementType))
            {
                AddRange(argument.Value, elementType, builder, resolve);
            }
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? Enumerable.Empty<IOperation>())
        {
            switch (initializer)
            {
                case IInvocationOperation add:
                    AddArguments(add, elementType, builder, resolve);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } } indexed:
                    builder.Add(indexed.Value);
                    break;
                default:
                    // Member initializers and nested initializers: not elements the model follows.
                    builder.MarkIncomplete();
                    break;
            }
        }
    }
}
