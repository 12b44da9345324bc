namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fix All for DSP002, one document at a time. Batching single fixes would be wrong: a call nested in another call's
/// arguments is rewritten inside the other's switch, and a split rewrites every use of the collection at once.
/// </summary>
/// <remarks>
/// Type switch: the reported accesses are annotated up front, then rewritten innermost first, each against a fresh
/// semantic model. Split: one rewrite per collection.
/// </remarks>
internal static class Dsp002FixAllProvider
{
    public static FixAllProvider Instance { get; } = FixAllProvider.Create(FixDocumentAsync);

    private static Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => context.CodeActionEquivalenceKey switch
        {
            DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchEquivalenceKey => TypeSwitchAllAsync(document, diagnostics, context.CancellationToken),
            DispatchOnMixedCollectionElementCodeFixProvider.SplitByTypeEquivalenceKey => SplitAllAsync(document, diagnostics, context.CancellationToken),
            _ => Task.FromResult<Document?>(null),
        };

    private static async Task<Document?> TypeSwitchAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        // Nothing to rewrite without syntax and semantics.
        if (root is null || model is null)
        {
            return null;
        }

        var work = diagnostics
            .Select(diagnostic => (Diagnostic: diagnostic, Target: DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchPlanFor(model, DispatchCodeFixProvider.ReportedNode(root, diagnostic), diagnostic, cancellationToken)))
            .Where(entry => entry.Target is not null)
            .GroupBy(entry => entry.Target!.Site.MemberAccess)
            .Select(group => (Node: group.Key, Annotation: new SyntaxAnnotation(), group.First().Diagnostic))
            // In document order of where each whole access ends: a call nested in another's arguments ends first.
            .OrderBy(entry => (entry.Node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == entry.Node ? invocation : entry.Node).Span.End)
            .ToList();
        var annotations = work.ToDictionary(entry => entry.Node, entry => entry.Annotation);
        var current = document.WithSyntaxRoot(root.ReplaceNodes(annotations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original])));
        var changed = false;
        foreach (var (_, annotation, diagnostic) in work)
        {
            var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var currentModel = await current.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var dispatch = currentRoot?.GetAnnotatedNodes(annotation).FirstOrDefault();
            var plan = currentModel is null ? null : DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchPlanFor(currentModel, dispatch, diagnostic, cancellationToken);
            if (plan is not null)
            {
                current = current.WithSyntaxRoot(TypeSwitchRewriter.Apply(currentRoot!, currentModel!, plan, cancellationToken));
                changed = true;
            }
        }

        return changed ? current : null;
    }

    private static async Task<Document?> SplitAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        // Nothing to rewrite without syntax and semantics.
        if (root is null || model is null)
        {
            return null;
        }

        var work = diagnostics
            .Select(diagnostic => (Diagnostic: diagnostic, Loop: DispatchCodeFixProvider.ReportedLoop(root, diagnostic) as ForEachStatementSyntax))
            .Select(entry => (entry.Diagnostic, entry.Loop, Target: entry.Loop is null ? null : DispatchOnMixedCollectionElementCodeFixProvider.SplitPlanFor(root, model, entry.Loop, entry.Diagnostic, cancellationToken)))
            .Where(entry => entry.Target is not null)
            .GroupBy(entry => entry.Target!.Storage, SymbolEqualityComparer.Default)
            .Select(group => (Loop: group.First().Loop!, Annotation: new SyntaxAnnotation(), group.First().Diagnostic))
            .ToList();
        var annotations = work.ToDictionary(entry => (SyntaxNode)entry.Loop, entry => entry.Annotation);
        var current = document.WithSyntaxRoot(root.ReplaceNodes(annotations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original])));
        var changed = false;
        foreach (var (_, annotation, diagnostic) in work)
        {
            var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var currentModel = await current.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var loop = currentRoot?.GetAnnotatedNodes(annotation).OfType<ForEachStatementSyntax>().FirstOrDefault();
            var plan = loop is null || currentModel is null ? null : DispatchOnMixedCollectionElementCodeFixProvider.SplitPlanFor(currentRoot!, currentModel, loop, diagnostic, cancellationToken);
            var split = plan is null ? null : await CollectionSplitter.SplitAsync(current, loop!, plan.Types, cancellationToken).ConfigureAwait(false);
            if (split is not null)
            {
                current = split;
                changed = true;
            }
        }

        return changed ? current : null;
    }
}
