using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.Model;

/// <summary>
/// When DSP002's type-switch fix keeps behaviour: the dispatched access is a call or a read whose value a switch can
/// produce (a statement call, or a non-void, non-ref value), the language has switch expressions, and between one and
/// the allowed number of the known types can be tested and called directly. Other known types, null, and every type
/// nobody saw take the default arm, which is the original dispatch.
/// </summary>
internal static class TypeSwitchEligibility
{
    public static ImmutableArray<INamedTypeSymbol> SwitchTypes(
        IOperation access, ISymbol member, ImmutableArray<INamedTypeSymbol> knownTypes, int maxTypes, ISymbol within, Compilation compilation)
    {
        if (access.Syntax.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp8 } || !CanBeSwitched(access))
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        var containingType = within as INamedTypeSymbol ?? within.ContainingType;
        // Nowhere to check accessibility from.
        if (containingType is null)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        // Derived types first: an arm for a base type would catch them and make theirs unreachable (a compile error).
        var testable = knownTypes
            .Where(t => ImplementationIndex.IsHoistable(t, member) && compilation.IsSymbolAccessibleWithin(t, containingType))
            .OrderByDescending(Depth)
            .ToImmutableArray();

        // More arms than allowed: the chain of tests would cost what it saves.
        return testable.Length > maxTypes ? ImmutableArray<INamedTypeSymbol>.Empty : testable;
    }

    private static int Depth(ITypeSymbol type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    private static bool CanBeSwitched(IOperation access)
    {
        switch (access)
        {
            case IInvocationOperation invocation:
                // A statement call becomes a switch statement; a value becomes a switch expression.
                return access.Parent is IExpressionStatementOperation
                    || (!invocation.TargetMethod.ReturnsVoid && invocation.TargetMethod.RefKind == RefKind.None && !IsRefContext(access));
            case IPropertyReferenceOperation property:
                return property.Property.RefKind == RefKind.None && property.Property.GetMethod is not null && !IsWritten(access) && !IsRefContext(access);
            default:
                return false;
        }
    }

    private static bool IsWritten(IOperation access)
        => access.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == access,
            IIncrementOrDecrementOperation => true,
            ITupleOperation { Parent: IDeconstructionAssignmentOperation } => true,
            _ => false,
        };

    private static bool IsRefContext(IOperation access)
        => access.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None }
            || access.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.RefExpressionSyntax;
}
