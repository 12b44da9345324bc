namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fix All for DSP003. The diagnostics sit at call sites, but "make generic" rewrites the callee, often in another
/// document, and many call sites share one callee: so the fix works on the solution, once per callee
/// (<see cref="GenericRewriteBatch"/>), and once per local for the retyping.
/// </summary>
internal sealed class Dsp003FixAllProvider : FixAllProvider
{
    public static Dsp003FixAllProvider Instance { get; } = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var title = fixAllContext.CodeActionEquivalenceKey == BoxedValueTypeDispatchCodeFixProvider.RetypeLocalEquivalenceKey
            ? BoxedValueTypeDispatchCodeFixProvider.RetypeLocalTitle
            : BoxedValueTypeDispatchCodeFixProvider.MakeGenericTitle;
        return Task.FromResult<CodeAction?>(CodeAction.Create(title, token => FixAllAsync(fixAllContext, token), fixAllContext.CodeActionEquivalenceKey));
    }

    private static async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
    {
        var solution = context.Solution;
        var diagnostics = await DiagnosticsInScopeAsync(context).ConfigureAwait(false);
        switch (context.CodeActionEquivalenceKey)
        {
            case BoxedValueTypeDispatchCodeFixProvider.MakeGenericEquivalenceKey:
                var targets = new List<GenericRewriteTarget>();
                foreach (var (document, diagnostic) in diagnostics)
                {
                    if (await Dsp003Plans.MakeGenericAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is { } plan
                        && solution.GetDocument(plan.Method.SyntaxTree) is { } callee)
                    {
                        targets.Add(new GenericRewriteTarget(callee.Id, plan.Method, plan.Ordinal));
                    }
                }

                return await GenericRewriteBatch.RewriteAllAsync(solution, targets, cancellationToken).ConfigureAwait(false);
            case BoxedValueTypeDispatchCodeFixProvider.RetypeLocalEquivalenceKey:
                foreach (var byDocument in diagnostics.GroupBy(d => d.Document.Id))
                {
                    var document = solution.GetDocument(byDocument.Key)!;
                    var declarations = new Dictionary<VariableDeclarationSyntax, ITypeSymbol>();
                    foreach (var (_, diagnostic) in byDocument)
                    {
                        if (await Dsp003Plans.RetypeLocalAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is { } found)
                        {
                            declarations[found.Declaration] = found.StructType;
                        }
                    }

                    var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    if (declarations.Count > 0 && root is not null && model is not null)
                    {
                        solution = solution.WithDocumentSyntaxRoot(document.Id, LocalRetyper.Retype(root, model, declarations));
                    }
                }

                return solution;
            default:
                return solution;
        }
    }

    /// <summary>The scope's diagnostics, each with its document, in document then source order.</summary>
    private static async Task<ImmutableArray<(Document Document, Diagnostic Diagnostic)>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        var diagnostics = new List<Diagnostic>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document is not null:
                diagnostics.AddRange(await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in context.Solution.Projects)
                {
                    diagnostics.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        return diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => (Document: context.Solution.GetDocument(d.Location.SourceTree), Diagnostic: d))
            .Where(pair => pair.Document is not null)
            .OrderBy(pair => pair.Document!.FilePath, System.StringComparer.Ordinal)
            .ThenBy(pair => pair.Diagnostic.Location.SourceSpan.Start)
            .Select(pair => (pair.Document!, pair.Diagnostic))
            .ToImmutableArray();
    }
}
