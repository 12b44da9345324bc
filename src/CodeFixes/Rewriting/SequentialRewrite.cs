namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>
/// How a Fix All applies rewrites that move each other's syntax: every target's nodes are annotated up front, then the
/// targets are rewritten one after the other, in the order given, each found again by its annotations in the current
/// document and handed a fresh semantic model.
/// </summary>
internal static class SequentialRewrite
{
    /// <summary>
    /// The document after every rewrite that applied, or null when none did. <paramref name="rewrite"/> gets the current
    /// document, its root and model, the target's nodes as they are now (null where one is gone) and the target's diagnostic.
    /// </summary>
    public static async Task<Document?> ApplyAsync(
        Document document,
        SyntaxNode root,
        IReadOnlyList<(ImmutableArray<SyntaxNode> Nodes, Diagnostic Diagnostic)> targets,
        Func<Document, SyntaxNode, SemanticModel, ImmutableArray<SyntaxNode?>, Diagnostic, Task<Document?>> rewrite,
        CancellationToken cancellationToken)
    {
        var annotated = targets.Select(t => (Annotations: t.Nodes.Select(_ => new SyntaxAnnotation()).ToImmutableArray(), t.Nodes, t.Diagnostic)).ToList();
        var byNode = annotated
            .SelectMany(t => t.Nodes.Zip(t.Annotations, (node, annotation) => (Node: node, Annotation: annotation)))
            .GroupBy(pair => pair.Node)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Annotation).ToArray());
        var current = document.WithSyntaxRoot(root.ReplaceNodes(byNode.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(byNode[original])));
        var changed = false;
        foreach (var (annotations, _, diagnostic) in annotated)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await current.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            // Without syntax or semantics nothing more can be found.
            if (currentRoot is null || model is null)
            {
                break;
            }

            var nodes = annotations.Select(annotation => (SyntaxNode?)currentRoot.GetAnnotatedNodes(annotation).FirstOrDefault()).ToImmutableArray();
            if (await rewrite(current, currentRoot, model, nodes, diagnostic).ConfigureAwait(false) is { } rewritten)
            {
                current = rewritten;
                changed = true;
            }
        }

        return changed ? current : null;
    }
}
