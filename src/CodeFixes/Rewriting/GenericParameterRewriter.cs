using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>
/// Makes a method generic over an interface-typed parameter (<c>Sum(IShape shape)</c> becomes
/// <c>Sum&lt;TShape&gt;(TShape shape) where TShape : IShape</c>), so each value-type argument gets its own specialized code.
/// Shared by every rule whose fix is "make it generic".
/// </summary>
/// <remarks>
/// In place when no caller can observe the signature change: the method is private (or internal without
/// InternalsVisibleTo), not virtual/override/abstract/extern/partial nor an interface implementation, and every reference
/// is a call without type arguments whose argument for the parameter has a type inference can use. Otherwise the original
/// method forwards to a new generic overload that carries the body. Only the method's own document changes. Not done
/// when another method of that name exists (overload resolution could move calls between them).
/// </remarks>
internal static class GenericParameterRewriter
{
    /// <summary>The solution with the method rewritten, or null when it cannot be rewritten safely.</summary>
    public static async Task<Solution?> MakeGenericOverParameterAsync(
        Document document, MethodDeclarationSyntax method, IParameterSymbol parameter, bool addStructConstraint, CancellationToken cancellationToken)
        => (await MakeGenericInDocumentAsync(document, method, parameter, addStructConstraint, cancellationToken).ConfigureAwait(false))?.Project.Solution;

    /// <summary>The document with the method rewritten, or null when it cannot be rewritten safely.</summary>
    public static async Task<Document?> MakeGenericInDocumentAsync(
        Document document, MethodDeclarationSyntax method, IParameterSymbol parameter, bool addStructConstraint, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        // The method must belong to this version of the document.
        if (root is null || model is null || method.SyntaxTree != root.SyntaxTree || model.GetDeclaredSymbol(method, cancellationToken) is not { } symbol)
        {
            return null;
        }

        // Only an ordinary method with a body and a by-value interface parameter of its own can be rewritten.
        if (symbol.MethodKind != MethodKind.Ordinary || symbol.IsExtern || symbol.IsAbstract || (method.Body is null && method.ExpressionBody is null)
            || method.Modifiers.Any(SyntaxKind.PartialKeyword) || symbol.ExplicitInterfaceImplementations.Length > 0
            || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, symbol)
            || parameter.RefKind != RefKind.None || parameter.Type.TypeKind != TypeKind.Interface
            || parameter.Ordinal >= method.ParameterList.Parameters.Count || method.ParameterList.Parameters[parameter.Ordinal].Type is null)
        {
            return null;
        }

        // Another method of that name could win or lose calls once this one takes the argument's own type.
        if (HasOtherOverloads(symbol, model.Compilation))
        {
            return null;
        }

        var name = TypeParameterName(model, method, symbol, parameter);
        var sites = await CallSiteScanner.ScanAsync(document.Project.Solution, symbol, parameter, cancellationToken).ConfigureAwait(false);
        SyntaxNode newRoot;
        if (CanChangeSignature(symbol, model.Compilation) && sites.All(site => site.ArgumentType is not null))
        {
            var addStruct = addStructConstraint
                && sites.All(site => site.ArgumentType!.IsValueType)
                && !UsesConditionalAccess(method, parameter, model, cancellationToken);
            newRoot = root.ReplaceNode(method, MethodHeaderEditor.MakeGeneric(method, parameter.Ordinal, name, addStruct));
        }
        else
        {
            var overridable = (symbol.IsVirtual || (symbol.IsOverride && !symbol.IsSealed)) && !symbol.ContainingType.IsSealed;
            // Inside the type, a call with a concrete argument would bind to the private overload and skip overrides.
            if (overridable && sites.Any(site => site.ArgumentType is not null && IsInside(site.Location, symbol.ContainingType)
                && !SymbolEqualityComparer.Default.Equals(site.ArgumentType, parameter.Type)))
            {
                return null;
            }

            var (forwarder, overload) = ForwardingOverloadBuilder.Build(method, parameter.Ordinal, name, privateOverload: overridable);
            newRoot = root.ReplaceNode(method, new SyntaxNode[] { forwarder, overload });
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static bool CanChangeSignature(IMethodSymbol method, Compilation compilation)
    {
        var visibleOutside = method.DeclaredAccessibility switch
        {
            Accessibility.Private => false,
            Accessibility.Internal => compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute"),
            _ => true,
        };
        if (visibleOutside || method.IsVirtual || method.IsOverride || method.IsAbstract || method.IsExtern || method.PartialDefinitionPart is not null
            || method.PartialImplementationPart is not null)
        {
            return false;
        }

        var type = method.ContainingType;
        return !type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(
            member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method));
    }

    /// <summary>
    /// Methods of the same name in the type or its bases (the generic overload a previous rewrite made, too), or other
    /// extension methods of that name in source: a call that bound to one of them could bind to the generic one instead.
    /// </summary>
    public static bool HasOtherOverloads(IMethodSymbol method, Compilation compilation)
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

    private static bool IsInside(Location location, INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == location.SourceTree && reference.Span.Contains(location.SourceSpan));

    /// <summary><c>shape?.Area()</c> does not compile on a struct-constrained type parameter.</summary>
    private static bool UsesConditionalAccess(MethodDeclarationSyntax method, IParameterSymbol parameter, SemanticModel model, CancellationToken cancellationToken)
        => method.DescendantNodes().OfType<ConditionalAccessExpressionSyntax>().Any(
            access => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression, cancellationToken).Symbol, parameter));

    private static string TypeParameterName(SemanticModel model, MethodDeclarationSyntax method, IMethodSymbol symbol, IParameterSymbol parameter)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        NameGenerator.AddIdentifiers(method, taken);
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            taken.UnionWith(type.TypeParameters.Select(p => p.Name));
        }

        taken.UnionWith(model.LookupNamespacesAndTypes(method.ParameterList.SpanStart).Select(s => s.Name));
        return NameGenerator.MakeUnique(NameGenerator.TypeParameterNameFor(parameter.Type.Name), taken);
    }
}
