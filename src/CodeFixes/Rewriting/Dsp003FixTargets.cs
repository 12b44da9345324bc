using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>Reads what each DSP003 fix needs from a diagnostic (the boxed expression), against the current solution.</summary>
internal static class Dsp003FixTargets
{
    /// <summary>The callee to make generic over the parameter the boxed argument goes to, or null when not offered.</summary>
    public static async Task<GenericRewriteTarget?> MakeGenericAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var properties = diagnostic.Properties;
        // The analyzer decides whether the callee's parameter qualifies.
        if (!properties.TryGetValue(DiagnosticProperties.CanMakeGeneric, out var canMakeGeneric) || canMakeGeneric != "true")
        {
            return null;
        }

        var conversion = await FindBoxingAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        // The argument must still box into a parameter of an ordinary method declared with a body in this solution.
        if (conversion?.Parent is not IArgumentOperation { Parameter: { } parameter }
            || parameter.OriginalDefinition.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || method.DeclaringSyntaxReferences.Length != 1
            || await method.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not MethodDeclarationSyntax declaration
            || (declaration.Body is null && declaration.ExpressionBody is null)
            || !SyntaxGuard.ParsesCleanly(declaration)
            || document.Project.Solution.GetDocument(declaration.SyntaxTree) is not { } calleeDocument)
        {
            return null;
        }

        // The rewrite would refuse: another method of that name could take over calls.
        var compilation = await calleeDocument.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || GenericParameterRewriter.HasOtherOverloads(method, compilation))
        {
            return null;
        }

        var addStruct = properties.TryGetValue(DiagnosticProperties.AllCallersPassStructs, out var allStructs) && allStructs == "true";
        return new GenericRewriteTarget(calleeDocument.Id, declaration, parameter.Ordinal, addStruct);
    }

    /// <summary>The local's declaration and the struct type to declare it with, or null when not offered.</summary>
    public static async Task<(VariableDeclarationSyntax Declaration, ITypeSymbol StructType)?> RetypeLocalAsync(
        Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        // The analyzer decides whether every use of the local allows its struct type.
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.CanRetypeLocal, out var canRetype) || canRetype != "true")
        {
            return null;
        }

        var conversion = await FindBoxingAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        var local = conversion?.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation reference } => reference.Local,
            _ => null,
        };
        // The local must still be declared alone, with an explicit type, in this document.
        if (local is null || local.DeclaringSyntaxReferences.Length != 1
            || await local.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not VariableDeclaratorSyntax
            {
                Parent: VariableDeclarationSyntax { Variables.Count: 1, Type.IsVar: false } declaration,
            }
            || declaration.SyntaxTree != conversion!.Syntax.SyntaxTree)
        {
            return null;
        }

        // A declaration with syntax errors is not rewritten.
        if (!SyntaxGuard.ParsesCleanly(declaration.Parent))
        {
            return null;
        }

        return (declaration, conversion.Operand.Type!);
    }

    /// <summary>The implicit boxing conversion of the expression the diagnostic is on.</summary>
    private static async Task<IConversionOperation?> FindBoxingAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var span = diagnostic.Location.SourceSpan;
        // Without syntax and semantics, or with a span outside this text, there is nothing to find.
        if (root is null || model is null || !root.FullSpan.Contains(span))
        {
            return null;
        }

        var operation = model.GetOperation(root.FindNode(span, getInnermostNodeForTie: true), cancellationToken);
        for (var current = operation; current is not null && current.Syntax.Span == span; current = current.Parent)
        {
            if (current.Parent is IConversionOperation { IsImplicit: true } conversion && conversion.Operand == current
                && OperationFacts.IsBoxingToInterface(conversion, out _))
            {
                return conversion;
            }
        }

        return null;
    }
}
