namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// A Fix All that works one document at a time and picks its rewrite by the action's equivalence key (the first one
/// without a key); each rewrite gets the document's syntax and semantics, read once, and returns null when it changes
/// nothing.
/// </summary>
internal static class DocumentFixAll
{
    public delegate Task<Document?> FixDocument(Document document, SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

    public static FixAllProvider Create(params (string EquivalenceKey, FixDocument Fix)[] fixes)
        => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            // No key: `dotnet format analyzers` takes it from the first diagnostic's first action, none when that diagnostic
            // has no fix; the provider's first (preferred) fix then stands for all, each site re-planned as usual.
            var fix = context.CodeActionEquivalenceKey is null
                ? fixes.FirstOrDefault().Fix
                : fixes.FirstOrDefault(f => f.EquivalenceKey == context.CodeActionEquivalenceKey).Fix;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            // An action this provider does not know, or a document without syntax and semantics: nothing to rewrite.
            return fix is null || root is null || model is null
                ? null
                : await fix(document, root, model, diagnostics, context.CancellationToken).ConfigureAwait(false);
        });
}
