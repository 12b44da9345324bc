namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// What every rule's fixer does the same way: one diagnostic ID, the document's syntax and semantics read once, and one
/// action per plan that holds on the current document (a plan is applied as built, so an action always changes it).
/// </summary>
public abstract class DispatchCodeFixProvider : CodeFixProvider
{
    private protected DispatchCodeFixProvider(string diagnosticId)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        // Without syntax or semantics there is nothing to fix.
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var action in Actions(context.Document, root, model, diagnostic, context.CancellationToken))
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    /// <summary>The actions whose plans hold for <paramref name="diagnostic"/> on this version of the document.</summary>
    private protected abstract IEnumerable<CodeAction> Actions(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>The reported node at the diagnostic's span: a member access, element access or implicit-this name.</summary>
    internal static SyntaxNode? ReportedNode(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        return root.FullSpan.Contains(span)
            ? root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().TakeWhile(node => node.Span == span).FirstOrDefault(
                node => node is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } or ElementAccessExpressionSyntax or SimpleNameSyntax)
            : null;
    }

    /// <summary>The loop statement at the diagnostic's first additional location.</summary>
    internal static StatementSyntax? ReportedLoop(SyntaxNode root, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count == 0 || !root.FullSpan.Contains(diagnostic.AdditionalLocations[0].SourceSpan))
        {
            return null;
        }

        var span = diagnostic.AdditionalLocations[0].SourceSpan;
        return root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault(
            s => s.Span == span && s is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax);
    }

    /// <summary>The dispatch site (<see cref="DispatchSite"/>, the model's one definition) whose reported node is <paramref name="node"/>.</summary>
    internal static DispatchSite? SiteAt(SemanticModel model, SyntaxNode? node, CancellationToken cancellationToken)
    {
        var whole = node?.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node ? invocation : node;
        return whole is not null && DispatchSite.TryCreate(model.GetOperation(whole, cancellationToken), out var site) && site.MemberAccess == node ? site : null;
    }
}
