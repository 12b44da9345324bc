namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fix All for DSP001, one document at a time (each fix changes only the document it is in). Batching the single fixes
/// would be wrong: several diagnostics share one loop or one method, and each rewrite moves the others' syntax.
/// </summary>
/// <remarks>
/// Hoist: one hoist per loop (the receiver of its first diagnostic), innermost loops first. Make generic: one rewrite
/// per method (the parameter of its first diagnostic), by <see cref="GenericRewriteBatch"/>. Targets are annotated up
/// front, then rewritten one after the other, each against a fresh semantic model.
/// </remarks>
internal static class Dsp001FixAllProvider
{
    public static FixAllProvider Instance { get; } = DocumentFixAll.Create(
        (DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey, HoistAllAsync),
        (DispatchOnLoopInvariantReceiverCodeFixProvider.MakeGenericEquivalenceKey, MakeGenericAllAsync));

    private static Task<Document?> HoistAllAsync(Document document, SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var byLoop = new Dictionary<StatementSyntax, (SyntaxNode Dispatch, Diagnostic Diagnostic)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var loop = DispatchCodeFixProvider.ReportedLoop(root, diagnostic);
            var dispatch = DispatchCodeFixProvider.ReportedNode(root, diagnostic);
            if (loop is not null && dispatch is not null && !byLoop.ContainsKey(loop))
            {
                byLoop.Add(loop, (dispatch, diagnostic));
            }
        }

        var targets = byLoop.OrderBy(entry => entry.Key.Span.Length)
            .Select(entry => (ImmutableArray.Create<SyntaxNode>(entry.Key, entry.Value.Dispatch), entry.Value.Diagnostic))
            .ToList();
        return SequentialRewrite.ApplyAsync(
            document,
            root,
            targets,
            (current, currentRoot, model, nodes, diagnostic) => Task.FromResult(
                DispatchOnLoopInvariantReceiverCodeFixProvider.HoistPlanFor(model, nodes[0], nodes[1], diagnostic, cancellationToken) is { } plan
                    ? current.WithSyntaxRoot(TypeCheckHoister.Apply(currentRoot, model, plan, cancellationToken))
                    : null),
            cancellationToken);
    }

    private static async Task<Document?> MakeGenericAllAsync(Document document, SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = new List<GenericRewriteTarget>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var dispatch = DispatchCodeFixProvider.ReportedNode(root, diagnostic);
            if (DispatchOnLoopInvariantReceiverCodeFixProvider.MakeGenericPlanFor(model, dispatch, diagnostic, cancellationToken) is { } plan)
            {
                targets.Add(new GenericRewriteTarget(document.Id, plan.Method, plan.Ordinal));
            }
        }

        var solution = document.Project.Solution;
        var rewritten = await GenericRewriteBatch.RewriteAllAsync(solution, targets, cancellationToken).ConfigureAwait(false);
        return rewritten == solution ? null : rewritten.GetDocument(document.Id);
    }
}
