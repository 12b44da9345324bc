namespace DispatchAnalyzers.Rules;

/// <summary>
/// What one reference to a collection's storage puts into the collection: Add-like calls, element assignments, and
/// whole-collection stores; a reference that lets other code store (passed as an argument, aliased, returned) makes the
/// contents incomplete.
/// </summary>
internal static class ElementStores
{
    /// <summary>The methods that put their element arguments into the collection they are called on.</summary>
    public static readonly ImmutableHashSet<string> StoreMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Add", "Insert", "Push", "Enqueue", "AddFirst", "AddLast", "AddBefore", "AddAfter", "TryAdd",
        "AddRange", "InsertRange", "PushRange", "EnqueueRange");

    /// <summary>Adds what <paramref name="reference"/> (a read or write of the storage) stores into the collection.</summary>
    public static void Add(IOperation reference, ITypeSymbol elementType, ReachingTypeSet.Builder builder, CollectionValues.StorageResolver? resolve)
    {
        var node = reference;
        while (node.Parent is IConversionOperation or IParenthesizedOperation)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case IInvocationOperation call when call.Instance == node:
                if (StoreMethods.Contains(call.TargetMethod.Name))
                {
                    CollectionValues.AddArguments(call, elementType, builder, resolve);
                }

                return;
            case IArgumentOperation { Parent: IInvocationOperation extension } argument
                when extension.TargetMethod.IsExtensionMethod && extension.Arguments[0] == argument && argument.Parameter?.RefKind == RefKind.None:
                if (StoreMethods.Contains(extension.TargetMethod.Name))
                {
                    CollectionValues.AddArguments(extension, elementType, builder, resolve);
                }
                else if (!IsReadOnlyView(argument.Parameter.Type))
                {
                    // An extension on the collection type itself may store into it.
                    builder.MarkIncomplete();
                }

                return;
            case IPropertyReferenceOperation { Property.IsIndexer: true } element when element.Instance == node:
                builder.AddWriteTo(element);
                return;
            case IArrayElementReferenceOperation element when element.ArrayReference == node:
                builder.AddWriteTo(element);
                return;
            case ISimpleAssignmentOperation assignment when assignment.Target == node:
                if (assignment.IsRef)
                {
                    builder.MarkIncomplete();
                }
                else
                {
                    CollectionValues.Add(assignment.Value, elementType, builder, resolve);
                }

                return;
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == node:
                CollectionValues.Add(coalesce.Value, elementType, builder, resolve);
                return;
            case IArgumentOperation:
            case ISimpleAssignmentOperation:
            case IVariableInitializerOperation:
            case IReturnOperation:
            case IArrayInitializerOperation:
            case ITupleOperation:
            case IDeconstructionAssignmentOperation:
            case IAnonymousObjectCreationOperation:
                // The collection escapes to code that may store into it.
                builder.MarkIncomplete();
                return;
            case { Kind: OperationFacts.CollectionExpressionKind }:
                builder.MarkIncomplete();
                return;
        }
    }

    private static bool IsReadOnlyView(ITypeSymbol type)
        => type.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T
            or SpecialType.System_Collections_Generic_IReadOnlyCollection_T
            or SpecialType.System_Collections_Generic_IReadOnlyList_T
            || (type.OriginalDefinition.Name == "ReadOnlySpan" && type.ContainingNamespace?.ToDisplayString() == "System");
}
