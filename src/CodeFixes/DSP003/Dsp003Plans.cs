using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>DSP003's plans, built again on the current solution from the boxed expression the diagnostic is on.</summary>
internal static class Dsp003Plans
{
    /// <summary>The plan to make the callee generic over the parameter the boxed argument goes to, or null when not offered or no longer holding.</summary>
    public static async Task<GenericParameterPlan?> MakeGenericAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var conversion = Dsp003Properties.MakeGeneric(diagnostic) ? await FindBoxingAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) : null;
        return conversion?.Parent is IArgumentOperation { Parameter: { } parameter }
            ? GenericParameterPlan.Create(parameter, conversion.SemanticModel!.Compilation, cancellationToken)
            : null;
    }

    /// <summary>The plan to declare the boxed local with the struct's type, or null when not offered or no longer holding.</summary>
    public static async Task<RetypeLocalPlan?> RetypeLocalAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var conversion = Dsp003Properties.RetypeLocal(diagnostic) ? await FindBoxingAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) : null;
        var local = conversion?.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation reference } => reference.Local,
            _ => null,
        };
        if (local is null)
        {
            return null;
        }

        var facts = FunctionFacts.ForBlockOf(conversion!);
        return facts.ValuesStoredInto(local, cancellationToken) is { } values
            ? RetypeLocalPlan.Create(local, values, facts.ReceiverUsesOf(local), cancellationToken)
            : null;
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
