using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.Model;

/// <summary>
/// When the shared rewrites are safe. The analyzers decide it (they have the compilation-wide facts) and tell the
/// fixers through diagnostic properties; a fixer never offers what this did not allow.
/// </summary>
internal static partial class FixEligibility
{
    /// <summary>
    /// The types to test for when hoisting a type check out of <paramref name="loop"/>, or empty when hoisting could
    /// change behaviour or would not pay: the receiver must be a stable local or by-value parameter, a readonly field of
    /// this (or static), or <c>this</c>; between one and <paramref name="maxTypes"/> known types reach it, each
    /// <see cref="ImplementationIndex.IsHoistable"/> and accessible here; the loop declares no labels (duplicating it
    /// would duplicate them).
    /// </summary>
    public static ImmutableArray<INamedTypeSymbol> HoistTypes(
        Receiver receiver, ISymbol member, ILoopOperation loop, ReachingTypeSet reaching, int maxTypes, FunctionFacts facts, ISymbol within, CancellationToken cancellationToken)
    {
        var stable = receiver.Kind switch
        {
            ReceiverKinds.This => true,
            ReceiverKinds.ReadOnlyField => true,
            ReceiverKinds.Local => facts.IsStable(receiver.Symbol!, cancellationToken),
            ReceiverKinds.Parameter => ((IParameterSymbol)receiver.Symbol!).RefKind == RefKind.None && facts.IsStable(receiver.Symbol!, cancellationToken),
            _ => false,
        };
        if (!stable || reaching.Types.IsEmpty || reaching.Types.Length > maxTypes)
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        var compilation = loop.SemanticModel!.Compilation;
        var containingType = within as INamedTypeSymbol ?? within.ContainingType;
        if (reaching.Types.Any(t => !ImplementationIndex.IsHoistable(t, member) || !compilation.IsSymbolAccessibleWithin(t, containingType)))
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        // Labels and gotos do not survive duplication.
        if (loop.Syntax.DescendantNodes().Any(n => n is LabeledStatementSyntax or GotoStatementSyntax))
        {
            return ImmutableArray<INamedTypeSymbol>.Empty;
        }

        return reaching.Types;
    }

    /// <summary>
    /// Whether the "make generic over the parameter" rewrite is safe: an interface-typed by-value parameter of an ordinary
    /// method with a body (not partial, extern, or an explicit interface implementation), some struct implements the
    /// interface (so specialisation can pay), and the body uses the parameter only as the receiver of member accesses
    /// (so a boxed reference and a struct copy cannot be told apart), none of them a default interface member.
    /// </summary>
    public static bool CanMakeGeneric(IParameterSymbol parameter, FunctionFacts facts, ImplementationIndex implementations, CancellationToken cancellationToken)
        => implementations.AnyValueTypeImplements(parameter.Type) && IsRewritableAsGeneric(parameter, facts, cancellationToken);

    /// <summary>
    /// <see cref="CanMakeGeneric"/> without asking whether some struct implements the interface: for a caller that is
    /// known to pass one.
    /// </summary>
    public static bool IsRewritableAsGeneric(IParameterSymbol parameter, FunctionFacts facts, CancellationToken cancellationToken)
    {
        if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.Type.TypeKind != TypeKind.Interface
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || method.IsExtern || method.IsAbstract || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null
            || !method.ExplicitInterfaceImplementations.IsEmpty
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || (declaration.Body is null && declaration.ExpressionBody is null))
        {
            return false;
        }

        foreach (var operation in facts.AllOperations())
        {
            if (operation is IParameterReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
                && !IsMemberReceiver(reference))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The reference is the receiver of a member whose call behaves the same on a struct copy as on the box. Not a default
    /// interface member: called on a struct type parameter, the runtime boxes a fresh copy for it, so what it changes
    /// through the struct's own members is lost, where the box kept it.
    /// </summary>
    private static bool IsMemberReceiver(IParameterReferenceOperation reference)
        => reference.Parent switch
        {
            IInvocationOperation invocation => invocation.Instance == reference && !IsDefaultInterfaceMember(invocation.TargetMethod),
            IPropertyReferenceOperation property => property.Instance == reference && !IsDefaultInterfaceMember(property.Property),
            IEventReferenceOperation @event => @event.Instance == reference && !IsDefaultInterfaceMember(@event.Event),
            INameOfOperation => true,
            _ => false,
        };

    private static bool IsDefaultInterfaceMember(ISymbol member)
        => member.ContainingType?.TypeKind == TypeKind.Interface && !member.IsAbstract && !member.IsStatic;
}
