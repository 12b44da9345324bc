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
/// Fixes DSP002 (dispatch on the elements of a mixed-type collection): a type switch that calls each known sealed type
/// directly and keeps the original dispatch as its default arm (behaviour unchanged), or, where the analyzer proved it
/// safe, one homogeneous collection per concrete type (iteration order changes: all elements of one type, then the next).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DispatchOnMixedCollectionElementCodeFixProvider)), Shared]
public sealed class DispatchOnMixedCollectionElementCodeFixProvider : CodeFixProvider
{
    public const string TypeSwitchEquivalenceKey = "DSP002.TypeSwitch";
    public const string SplitByTypeEquivalenceKey = "DSP002.SplitByType";
    internal const string TypeSwitchTitle = "Switch on the element's type to call each sealed type directly";
    internal const string SplitByTypeTitle = "Keep one collection per concrete type (changes iteration order)";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DispatchOnMixedCollectionElement);

    public override FixAllProvider GetFixAllProvider() => Dsp002FixAllProvider.Instance;

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
            if (Dsp002FixTargets.TypeSwitch(root, model, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(TypeSwitchTitle, token => TypeSwitchAsync(document, diagnostic, token), TypeSwitchEquivalenceKey),
                    diagnostic);
            }

            if (Dsp002FixTargets.Split(root, model, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(SplitByTypeTitle, token => SplitAsync(document, diagnostic, token), SplitByTypeEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> SplitAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var target = root is null || model is null ? null : Dsp002FixTargets.Split(root, model, diagnostic, cancellationToken);
        var split = target is not { } found ? null : await CollectionSplitter.SplitAsync(document, found.Loop, found.Types, cancellationToken).ConfigureAwait(false);
        return split ?? document;
    }

    private static async Task<Document> TypeSwitchAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var target = root is null || model is null ? null : Dsp002FixTargets.TypeSwitch(root, model, diagnostic);
        var newRoot = target is not { } found ? null : TypeSwitchRewriter.Rewrite(root!, model!, found.Dispatch, found.Types, cancellationToken);
        return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
    }
}
