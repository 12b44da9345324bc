using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>Reads what each DSP001 fix needs from a diagnostic, against the current syntax and semantic model.</summary>
internal static class Dsp001FixTargets
{
    /// <summary>The hoist request of the diagnostic, or null when the hoist is not offered or the syntax no longer matches.</summary>
    public static HoistRequest? Hoist(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var loop = HoistRequest.FindLoop(root, diagnostic);
        var dispatch = DispatchTargetFinder.FindDispatchNode(root, diagnostic.Location.SourceSpan);
        // A loop with syntax errors is not duplicated.
        return loop is null || dispatch is null || !SyntaxGuard.ParsesCleanly(loop)
            ? null
            : HoistRequest.Create(model, loop, dispatch, diagnostic.Properties, cancellationToken);
    }

    /// <summary>The method and parameter to make generic, or null when that fix is not offered or the syntax no longer matches.</summary>
    public static (MethodDeclarationSyntax Method, IParameterSymbol Parameter)? MakeGeneric(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var properties = diagnostic.Properties;
        // The analyzer decides whether the parameter qualifies; without its word there is nothing to offer.
        if (!properties.TryGetValue(DiagnosticProperties.CanMakeGeneric, out var canMakeGeneric) || canMakeGeneric != "true"
            || !properties.TryGetValue(DiagnosticProperties.ReceiverKind, out var kind) || kind != ReceiverKinds.Parameter)
        {
            return null;
        }

        var dispatch = DispatchTargetFinder.FindDispatchNode(root, diagnostic.Location.SourceSpan);
        // A method with syntax errors is not rewritten.
        if (dispatch is null || !SyntaxGuard.ParsesCleanly(dispatch.FirstAncestorOrSelf<MethodDeclarationSyntax>()))
        {
            return null;
        }

        var receiver = DispatchTargetFinder.ReceiverExpressionOf(dispatch);
        // The receiver must still be a by-value interface parameter of an ordinary method declared here.
        if (receiver is null
            || model.GetSymbolInfo(HoistReceiver.StripParentheses(receiver), cancellationToken).Symbol is not IParameterSymbol { RefKind: RefKind.None } parameter
            || parameter.Type.TypeKind != TypeKind.Interface
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
        {
            return null;
        }

        // The shared rewrite would refuse: another method of that name could take over calls.
        if (GenericParameterRewriter.HasOtherOverloads(method, model.Compilation))
        {
            return null;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == root.SyntaxTree
                && reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
                && (declaration.Body is not null || declaration.ExpressionBody is not null))
            {
                return (declaration, parameter);
            }
        }

        return null;
    }

    public static bool AllCallersPassStructs(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DiagnosticProperties.AllCallersPassStructs, out var value) && value == "true";
}
