using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <content>The checks on the method itself, shared by <see cref="GenericParameterPlan.Create"/> and <see cref="GenericParameterPlan.Applies"/>.</content>
internal sealed partial class GenericParameterPlan
{
    /// <summary>The method whose parameter can be retyped, when its declaration, its body and its name allow it.</summary>
    private static (IParameterSymbol Parameter, IMethodSymbol Method, MethodDeclarationSyntax Declaration, SemanticModel Model)? FindTarget(
        IParameterSymbol parameter, SymbolReferenceFinder finder, Compilation compilation, CancellationToken cancellationToken)
    {
        parameter = parameter.OriginalDefinition;
        // Only a by-value interface parameter of an ordinary method with one body of its own can be retyped.
        if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.Type.TypeKind != TypeKind.Interface
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || method.IsExtern || method.IsAbstract || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null
            || !method.ExplicitInterfaceImplementations.IsEmpty
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || (declaration.Body is null && declaration.ExpressionBody is null)
            || declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            || parameter.Ordinal >= declaration.ParameterList.Parameters.Count || declaration.ParameterList.Parameters[parameter.Ordinal].Type is null
            || !compilation.ContainsSyntaxTree(declaration.SyntaxTree) || !SyntaxGuard.ParsesCleanly(declaration))
        {
            return null;
        }

        var model = finder.GetModel(declaration.SyntaxTree);
        // Half-typed code has no operation tree; a use other than as a receiver could tell a copy from the box.
        if (model.GetOperation(declaration, cancellationToken) is not { } body || !UsedOnlyAsReceiver(parameter, body))
        {
            return null;
        }

        // Another method of that name could win or lose calls once this one takes the argument's own type.
        return HasOtherOverloads(method, compilation) ? null : (parameter, method, declaration, model);
    }

    /// <summary>A subclass can override the method, so the generic overload must stay private to the type.</summary>
    private static bool IsOverridable(IMethodSymbol method)
        => (method.IsVirtual || (method.IsOverride && !method.IsSealed)) && !method.ContainingType.IsSealed;

    /// <summary>
    /// Every reference is the receiver of a member whose call behaves the same on a struct copy as on the box. Not a default
    /// interface member: called on a struct type parameter, the runtime boxes a fresh copy for it, so what it changes
    /// through the struct's own members is lost, where the box kept it.
    /// </summary>
    private static bool UsedOnlyAsReceiver(IParameterSymbol parameter, IOperation body)
        => body.DescendantsAndSelf().All(operation => operation is not IParameterReferenceOperation reference
            || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
            || reference.Parent switch
            {
                IInvocationOperation invocation => invocation.Instance == reference && !IsDefaultInterfaceMember(invocation.TargetMethod),
                IPropertyReferenceOperation property => property.Instance == reference && !IsDefaultInterfaceMember(property.Property),
                IEventReferenceOperation @event => @event.Instance == reference && !IsDefaultInterfaceMember(@event.Event),
                INameOfOperation => true,
                _ => false,
            });

    private static bool IsDefaultInterfaceMember(ISymbol member)
        => member.ContainingType?.TypeKind == TypeKind.Interface && !member.IsAbstract && !member.IsStatic;

    /// <summary>
    /// Methods of the same name in the type or its bases (the generic overload a previous rewrite made, too), or other
    /// extension methods of that name in source: a call that bound to one of them could bind to the generic one instead.
    /// </summary>
    private static bool HasOtherOverloads(IMethodSymbol method, Compilation compilation)
    {
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(method.Name).Any(m => !SymbolEqualityComparer.Default.Equals(m, method)))
            {
                return true;
            }
        }

        return method.IsExtensionMethod && compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member).Any(
            m => m is IMethodSymbol { IsExtensionMethod: true } && !SymbolEqualityComparer.Default.Equals(m, method));
    }
}
