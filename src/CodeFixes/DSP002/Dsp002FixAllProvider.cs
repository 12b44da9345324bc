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
    public static FixAllProvider Instance { get; } = DocumentFixAll.Create(
        (DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchEquivalenceKey, TypeSwitchAllAsync),
        (DispatchOnMixedCollectionElementCodeFixProvider.SplitByTypeEquivalenceKey, SplitAllAsync));

    private static Task<Document?> TypeSwitchAllAsync(Document document, SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var work = diagnostics
            .Select(diagnostic => (Diagnostic: diagnostic, Target: DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchPlanFor(model, DispatchCodeFixProvider.ReportedNode(root, diagnostic), diagnostic, cancellationToken)))
            .Where(entry => entry.Target is not null)
            .GroupBy(entry => entry.Target!.Site.MemberAccess)
            // In document order of where each whole access ends: a call nested in another's arguments ends first.
            .OrderBy(group => (group.Key.Parent is InvocationExpressionSyntax invocation && invocation.Expression == group.Key ? invocation : group.Key).Span.End)
            .Select(group => (ImmutableArray.Create<SyntaxNode>(group.Key), group.First().Diagnostic))
            .ToList();
        return SequentialRewrite.ApplyAsync(
            document,
            root,
            work,
            (current, currentRoot, currentModel, nodes, diagnostic) => Task.FromResult(
                DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchPlanFor(currentModel, nodes[0], diagnostic, cancellationToken) is { } plan
                    ? current.WithSyntaxRoot(TypeSwitchRewriter.Apply(currentRoot, currentModel, plan, cancellationToken))
                    : null),
            cancellationToken);
    }

    private static Task<Document?> SplitAllAsync(Document document, SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = diagnostics
            .Select(diagnostic => (Diagnostic: diagnostic, Loop: DispatchCodeFixProvider.ReportedLoop(root, diagnostic) as ForEachStatementSyntax))
            .Select(entry => (entry.Diagnostic, entry.Loop, Target: entry.Loop is null ? null : DispatchOnMixedCollectionElementCodeFixProvider.SplitPlanFor(model, entry.Loop, entry.Diagnostic, cancellationToken)))
            .Where(entry => entry.Target is not null)
            .GroupBy(entry => entry.Target!.Storage, SymbolEqualityComparer.Default)
            .Select(group => (ImmutableArray.Create<SyntaxNode>(group.First().Loop!), group.First().Diagnostic))
            .ToList();
        return SequentialRewrite.ApplyAsync(
            document,
            root,
            targets,
            async (current, _, currentModel, nodes, diagnostic) =>
                nodes[0] is ForEachStatementSyntax loop && DispatchOnMixedCollectionElementCodeFixProvider.SplitPlanFor(currentModel, loop, diagnostic, cancellationToken) is { } plan
                    ? await CollectionSplitter.SplitAsync(current, currentModel, plan, cancellationToken).ConfigureAwait(false)
                    : null,
            cancellationToken);
    }
}
