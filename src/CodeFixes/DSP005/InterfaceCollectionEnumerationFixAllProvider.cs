using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fix All for DSP005, one document at a time. Batching the single fixes would be wrong when loops nest (a rewrite of
/// the outer loop copies the inner one): the loops are annotated up front and rewritten innermost first, each against
/// a fresh semantic model, each re-planned (a body grown past the size limit is left alone).
/// </summary>
internal static class InterfaceCollectionEnumerationFixAllProvider
{
    public static FixAllProvider Instance { get; } = FixAllProvider.Create(FixDocumentAsync);

    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        // Nothing to rewrite without syntax, or another action's key.
        if (root is null || context.CodeActionEquivalenceKey != InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey)
        {
            return null;
        }

        var work = diagnostics
            .Select(d => (Loop: InterfaceCollectionEnumerationCodeFixProvider.FindLoop(root, d), Diagnostic: d, Annotation: new SyntaxAnnotation()))
            .Where(w => w.Loop is not null)
            .GroupBy(w => w.Loop!)
            .Select(g => g.First())
            .OrderBy(w => w.Loop!.Span.Length)
            .ToList();
        var current = document.WithSyntaxRoot(root.ReplaceNodes(work.Select(w => w.Loop!), (original, rewritten) => rewritten.WithAdditionalAnnotations(work.First(w => w.Loop == original).Annotation)));
        var changed = false;
        foreach (var (_, diagnostic, annotation) in work)
        {
            var currentRoot = await current.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var loop = currentRoot?.GetAnnotatedNodes(annotation).OfType<CommonForEachStatementSyntax>().FirstOrDefault();
            var fixedDocument = loop is null ? null : await InterfaceCollectionEnumerationCodeFixProvider.FixAsync(current, diagnostic, loop, context.CancellationToken).ConfigureAwait(false);
            if (fixedDocument is not null)
            {
                current = fixedDocument;
                changed = true;
            }
        }

        return changed ? current : null;
    }
}
