using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes.Rewriting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP001 (dispatch on a loop-invariant receiver): hoists the type check out of the loop, or makes the method
/// generic over the receiver's type. Everything comes from the diagnostic and is re-resolved on the current document;
/// when the syntax no longer matches, no action is registered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DispatchOnLoopInvariantReceiverCodeFixProvider)), Shared]
public sealed class DispatchOnLoopInvariantReceiverCodeFixProvider : CodeFixProvider
{
    public const string HoistEquivalenceKey = "DSP001.HoistTypeCheck";
    public const string MakeGenericEquivalenceKey = "DSP001.MakeGeneric";
    internal const string HoistTitle = "Hoist the type check out of the loop";
    internal const string MakeGenericTitle = "Make the method generic over the receiver's type";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DispatchOnLoopInvariantReceiver);

    public override FixAllProvider GetFixAllProvider() => Dsp001FixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        // Without syntax or semantics there is nothing to fix.
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Dsp001FixTargets.Hoist(root, model, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(HoistTitle, token => HoistAsync(document, diagnostic, token), HoistEquivalenceKey),
                    diagnostic);
            }

            if (Dsp001FixTargets.MakeGeneric(root, model, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(MakeGenericTitle, token => MakeGenericAsync(document, diagnostic, token), MakeGenericEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> HoistAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var request = root is null || model is null ? null : Dsp001FixTargets.Hoist(root, model, diagnostic, cancellationToken);
        var newRoot = request is null ? null : TypeCheckHoister.Hoist(root!, model!, request, cancellationToken);
        return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
    }

    private static async Task<Solution> MakeGenericAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var target = root is null || model is null ? null : Dsp001FixTargets.MakeGeneric(root, model, diagnostic, cancellationToken);
        if (target is not { } found)
        {
            return document.Project.Solution;
        }

        var solution = await GenericParameterRewriter.MakeGenericOverParameterAsync(
            document, found.Method, found.Parameter, Dsp001FixTargets.AllCallersPassStructs(diagnostic), cancellationToken).ConfigureAwait(false);
        return solution ?? document.Project.Solution;
    }
}
