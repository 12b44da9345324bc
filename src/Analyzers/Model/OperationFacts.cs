namespace DispatchAnalyzers.Model;

/// <summary>Small questions about operations that several parts of the model ask.</summary>
internal static class OperationFacts
{
    /// <summary>OperationKind.CollectionExpression (Roslyn 4.8+), unknown to the Roslyn this package compiles against.</summary>
    public const OperationKind CollectionExpressionKind = (OperationKind)0x7F;

    /// <summary>OperationKind.Spread (Roslyn 4.8+); its only child is the spread collection.</summary>
    public const OperationKind SpreadKind = (OperationKind)0x80;

    public static IOperation SkipImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation is IParenthesizedOperation parenthesized ? SkipImplicitConversions(parenthesized.Operand) : operation;
    }

    public static IOperation SkipConversions(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The local, parameter or field an operation reads or writes, if it is one.</summary>
    public static ISymbol? ReferencedSymbol(IOperation? operation)
        => operation is null ? null : SkipImplicitConversions(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

    /// <summary>
    /// Whether the conversion boxes a value (a struct, an enum, a type parameter constrained to <c>struct</c>) into an
    /// interface. <c>Nullable&lt;T&gt;</c> is left out: it boxes to null or to T, and no rewrite keeps that.
    /// </summary>
    public static bool IsBoxingToInterface(IConversionOperation conversion, out ITypeSymbol valueType)
    {
        valueType = conversion.Operand.Type!;
        return conversion.Type is { TypeKind: TypeKind.Interface }
            && conversion.Operand.Type is { IsValueType: true, IsRefLikeType: false } operandType
            && operandType.TypeKind is TypeKind.Struct or TypeKind.Enum or TypeKind.TypeParameter
            && operandType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
            && conversion.OperatorMethod is null;
    }

    public static bool IsInsideNestedFunction(IOperation operation, IOperation root)
    {
        for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the operation is inside <c>nameof</c>: named, never evaluated.</summary>
    public static bool IsInsideNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }
}
