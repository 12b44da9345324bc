using System.Composition;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP006 ("Test the measured types first"): the types come from the diagnostic, the site from its location (the
/// whole call or access), and <see cref="MeasuredTypesPlan.Create"/>, the analyzer's own decision, is run again on the
/// current document; the action is registered only when that plan holds. The plan is written by DSP002's
/// <see cref="TypeSwitchRewriter"/>: the same switch, over measured rather than stored types.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MeasuredPolymorphicCallCodeFixProvider)), Shared]
public sealed class MeasuredPolymorphicCallCodeFixProvider : DispatchCodeFixProvider
{
    public const string EquivalenceKey = "DSP006.TestMeasuredTypesFirst";
    internal const string Title = "Test the measured types first";

    public MeasuredPolymorphicCallCodeFixProvider()
        : base(DiagnosticIds.MeasuredPolymorphicCall)
    {
    }

    public override FixAllProvider GetFixAllProvider() => FixAll;

    private static FixAllProvider FixAll { get; } = DocumentFixAll.Create((EquivalenceKey, FixDocumentAsync));

    private protected override IEnumerable<CodeAction> Actions(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (PlanFor(document, model, FindSite(root, model, diagnostic, cancellationToken), diagnostic) is { } plan)
        {
            yield return CodeAction.Create(
                Title, ct => Task.FromResult(document.WithSyntaxRoot(TypeSwitchRewriter.Apply(root, model, plan, ct))), EquivalenceKey);
        }
    }

    /// <summary>The plan for the site, or null when the analyzer planned no fix or it no longer holds.</summary>
    private static TypeSwitchPlan? PlanFor(Document document, SemanticModel model, DispatchSite? site, Diagnostic diagnostic)
    {
        var types = Dsp006Properties.GuardedTypes(diagnostic, model.Compilation);
        // The analyzer planned no fix, or the code moved under the diagnostic.
        if (site is not { } found || types.IsDefaultOrEmpty || model.GetEnclosingSymbol(found.Whole.SpanStart) is not { } within)
        {
            return null;
        }

        var options = DispatchOptions.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(found.Whole.SyntaxTree), publishAot: false);
        return MeasuredTypesPlan.Create(found, types, within, options.MaxGuessedTypes, model.Compilation);
    }

    /// <summary>The dispatch site whose whole call or access is at the diagnostic's span.</summary>
    private static DispatchSite? FindSite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Site(root, model, diagnostic.Location.SourceSpan, cancellationToken);

    private static DispatchSite? Site(SyntaxNode? node, SemanticModel model, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
    {
        if (node is null || !node.FullSpan.Contains(span))
        {
            return null;
        }

        foreach (var candidate in node.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().TakeWhile(n => n.Span == span))
        {
            if (DispatchSite.TryCreate(model.GetOperation(candidate, cancellationToken), out var site) && site.Whole.Span == span)
            {
                return site;
            }
        }

        return null;
    }

    /// <summary>Fix All: one site at a time, innermost first, each re-planned on the document as the previous ones left it.</summary>
    private static Task<Document?> FixDocumentAsync(Document document, SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = diagnostics
            .Select(d => (Site: FindSite(root, model, d, cancellationToken), Diagnostic: d))
            .Where(t => t.Site is not null)
            .OrderBy(t => t.Site!.Value.Whole.Span.Length)
            .Select(t => (ImmutableArray.Create<SyntaxNode>(t.Site!.Value.Whole), t.Diagnostic))
            .ToList();
        return SequentialRewrite.ApplyAsync(
            document,
            root,
            targets,
            (current, currentRoot, currentModel, nodes, diagnostic) =>
            {
                var site = nodes[0] is { } node ? Site(node, currentModel, node.Span, cancellationToken) : null;
                return Task.FromResult(PlanFor(current, currentModel, site, diagnostic) is { } plan
                    ? current.WithSyntaxRoot(TypeSwitchRewriter.Apply(currentRoot, currentModel, plan, cancellationToken))
                    : null);
            },
            cancellationToken);
    }
}
