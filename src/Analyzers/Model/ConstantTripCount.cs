namespace DispatchAnalyzers.Model;

/// <summary>Trip counts known at compile time: <c>for (int i = 0; i &lt; 4; i++)</c>, <c>foreach (var x in new[] { a, b })</c>.</summary>
internal static class ConstantTripCount
{
    private const OperationKind CollectionExpressionKind = OperationFacts.CollectionExpressionKind;
    private const OperationKind SpreadKind = OperationFacts.SpreadKind;

    public static long? OfFor(IForLoopOperation loop)
    {
        // One counter, initialised to a constant.
        if (loop.Before.Length != 1 || loop.Condition is not IBinaryOperation condition || loop.AtLoopBottom.Length != 1)
        {
            return null;
        }

        if (!TryGetCounterStart(loop.Before[0], out var counter, out var start))
        {
            return null;
        }

        var counterOnLeft = ReferencesLocal(condition.LeftOperand, counter);
        var bound = Constant(counterOnLeft ? condition.RightOperand : condition.LeftOperand);
        if (bound is null || (!counterOnLeft && !ReferencesLocal(condition.RightOperand, counter)))
        {
            return null;
        }

        var step = Step(loop.AtLoopBottom[0], counter);
        if (step is null or 0)
        {
            return null;
        }

        var kind = counterOnLeft ? condition.OperatorKind : Mirror(condition.OperatorKind);
        var (from, to) = (start!.Value, bound.Value);
        long span = kind switch
        {
            BinaryOperatorKind.LessThan when step > 0 => to - from,
            BinaryOperatorKind.LessThanOrEqual when step > 0 => to - from + 1,
            BinaryOperatorKind.GreaterThan when step < 0 => from - to,
            BinaryOperatorKind.GreaterThanOrEqual when step < 0 => from - to + 1,
            BinaryOperatorKind.NotEquals when step is 1 or -1 => Math.Abs(to - from),
            _ => -1,
        };

        // An unsupported shape, or a condition false from the start, is not a small constant loop worth trusting.
        if (span < 0)
        {
            return null;
        }

        var stride = Math.Abs(step.Value);
        return (span + stride - 1) / stride;
    }

    public static long? OfCollection(IOperation collection)
    {
        while (collection is IConversionOperation conversion)
        {
            collection = conversion.Operand;
        }

        switch (collection)
        {
            case IArrayCreationOperation array when array.Initializer is not null:
                return array.Initializer.ElementValues.Length;
            case IArrayCreationOperation array when array.DimensionSizes.Length == 1:
                return Constant(array.DimensionSizes[0]);
            case { Kind: CollectionExpressionKind }:
                // Spreads (`..xs`) make the count unknown.
                return collection.ChildOperations.Any(c => c.Kind == SpreadKind) ? null : collection.ChildOperations.Count;
            default:
                return null;
        }
    }

    private static bool TryGetCounterStart(IOperation before, out ILocalSymbol counter, out long? start)
    {
        counter = null!;
        start = null;
        if (before is IVariableDeclarationGroupOperation group && group.Declarations.Length == 1 && group.Declarations[0].Declarators.Length == 1)
        {
            var declaration = group.Declarations[0];
            var declarator = declaration.Declarators[0];
            counter = declarator.Symbol;
            start = Constant((declarator.Initializer ?? declaration.Initializer)?.Value);
        }
        else if (before is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment })
        {
            counter = local.Local;
            start = Constant(assignment.Value);
        }

        return start is not null;
    }

    private static long? Step(IOperation atBottom, ILocalSymbol counter)
    {
        var operation = atBottom is IExpressionStatementOperation statement ? statement.Operation : atBottom;
        return operation switch
        {
            IIncrementOrDecrementOperation increment when ReferencesLocal(increment.Target, counter)
                => increment.Kind == OperationKind.Increment ? 1 : -1,
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add when ReferencesLocal(add.Target, counter)
                => Constant(add.Value),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract when ReferencesLocal(subtract.Target, counter)
                => -Constant(subtract.Value),
            _ => null,
        };
    }

    private static BinaryOperatorKind Mirror(BinaryOperatorKind kind)
        => kind switch
        {
            BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
            BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
            BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
            BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
            _ => kind,
        };

    private static bool ReferencesLocal(IOperation operation, ILocalSymbol local)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
    }

    private static long? Constant(IOperation? operation)
    {
        if (operation?.ConstantValue is not { HasValue: true, Value: { } value })
        {
            return null;
        }

        return value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            ushort us => us,
            uint ui => ui,
            char c => c,
            _ => null,
        };
    }
}
