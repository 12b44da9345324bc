namespace DispatchAnalyzers.Rules;

/// <summary>
/// Whether a <c>foreach</c> over a collection can become one loop per concrete type, each over a homogeneous list,
/// changing nothing but the order in which elements are visited.
/// </summary>
/// <remarks>
/// The iteration variable is declared with <c>var</c> or the element type (the copies declare it with the concrete type);
/// the body uses it only as the receiver of calls and property reads, outside nested functions (so a more specific type
/// changes no overload resolution elsewhere); the body leaves the loop only by finishing an iteration or
/// <c>continue</c>: no <c>break</c>, <c>return</c>, <c>yield</c>, <c>goto</c>, <c>throw</c> or label (with one loop per
/// type, an early exit would skip whole types instead of the rest of one sequence); it never touches the collection; and
/// its result does not depend on the order of visits (<see cref="SplitOrderIndependence"/>).
/// </remarks>
internal static class SplitLoopEligibility
{
    public static bool CanSplit(IForEachLoopOperation loop, ISymbol storage, ITypeSymbol elementType)
    {
        if (loop.IsAsynchronous
            || loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: var variable }
            || loop.Syntax is not ForEachStatementSyntax syntax
            || !(syntax.Type.IsVar || SymbolEqualityComparer.Default.Equals(variable.Type, elementType)))
        {
            // Asynchronous, deconstructing, or converting each element to another type: not a plain walk to copy.
            return false;
        }

        foreach (var operation in loop.Body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, variable):
                    if (!IsMemberRead(reference) || OperationFacts.IsInsideNestedFunction(reference, loop))
                    {
                        // With a more specific type, other uses could bind differently.
                        return false;
                    }

                    break;
                case IBranchOperation { BranchKind: BranchKind.Break } branch when SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel):
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                case IReturnOperation when !OperationFacts.IsInsideNestedFunction(operation, loop):
                case IThrowOperation when !OperationFacts.IsInsideNestedFunction(operation, loop):
                case ILabeledOperation:
                    // An early exit would skip whole types, not the rest of one sequence; labels do not survive copies.
                    return false;
                default:
                    if (SymbolEqualityComparer.Default.Equals(CollectionValues.StorageOf(operation), storage))
                    {
                        // The body reads or changes the collection it walks.
                        return false;
                    }

                    break;
            }
        }

        // A body whose result depends on the order of visits.
        return SplitOrderIndependence.IsOrderIndependent(loop, variable);
    }

    private static bool IsMemberRead(ILocalReferenceOperation reference)
        => reference.Parent switch
        {
            IInvocationOperation invocation => invocation.Instance == reference,
            IPropertyReferenceOperation property => property.Instance == reference
                && !(property.Parent is IAssignmentOperation assignment && assignment.Target == property)
                && property.Parent is not IIncrementOrDecrementOperation,
            _ => false,
        };
}
