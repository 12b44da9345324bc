namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fix All for DSP005, one document at a time. Batching the single fixes would be wrong when loops nest (a rewrite of
/// the outer loop copies the inner one): one rewrite per loop, innermost first, each re-planned against a fresh
/// semantic model by <see cref="SequentialRewrite"/> (a body grown past the size limit is left alone).
/// </summary>
internal static class InterfaceCollectionEnumerationFixAllProvider
{
    public static FixAllProvider Instance { get; } = DocumentFixAll.Create((InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey, FixDocumentAsync));

    private static Task<Document?> FixDocumentAsync(Document document, SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = diagnostics
            .Select(d => (Loop: InterfaceCollectionEnumerationCodeFixProvider.FindLoop(root, d), Diagnostic: d))
            .Where(t => t.Loop is not null)
            .GroupBy(t => t.Loop!)
            .Select(g => g.First())
            .OrderBy(t => t.Loop!.Span.Length)
            .Select(t => (ImmutableArray.Create<SyntaxNode>(t.Loop!), t.Diagnostic))
            .ToList();
        return SequentialRewrite.ApplyAsync(
            document,
            root,
            targets,
            (current, currentRoot, currentModel, nodes, diagnostic) => Task.FromResult(
                InterfaceCollectionEnumerationCodeFixProvider.PlanFor(current, currentModel, nodes[0] as CommonForEachStatementSyntax, diagnostic) is { } plan
                    ? current.WithSyntaxRoot(ConcreteEnumerationRewriter.Rewrite(currentRoot, currentModel, plan))
                    : null),
            cancellationToken);
    }
}
