using System.Composition;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP005 ("Enumerate the concrete collection"): the types come from the diagnostic, the loop from its location
/// (the collection expression), and <see cref="ConcreteEnumerationPlan.Create"/>, the analyzer's own decision, is run again on the current
/// document; the action is registered only when that plan holds.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InterfaceCollectionEnumerationCodeFixProvider)), Shared]
public sealed class InterfaceCollectionEnumerationCodeFixProvider : DispatchCodeFixProvider
{
    public const string EquivalenceKey = "DSP005.EnumerateConcreteCollection";
    internal const string Title = "Enumerate the concrete collection";

    public InterfaceCollectionEnumerationCodeFixProvider()
        : base(DiagnosticIds.InterfaceCollectionEnumeration)
    {
    }

    public override FixAllProvider GetFixAllProvider() => InterfaceCollectionEnumerationFixAllProvider.Instance;

    private protected override IEnumerable<CodeAction> Actions(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (PlanFor(document, model, FindLoop(root, diagnostic), diagnostic) is { } plan)
        {
            yield return CodeAction.Create(
                Title, _ => Task.FromResult(document.WithSyntaxRoot(ConcreteEnumerationRewriter.Rewrite(root, model, plan))), EquivalenceKey);
        }
    }

    /// <summary>The plan for <paramref name="loop"/>, or null when the analyzer planned no fix or it no longer holds.</summary>
    internal static ConcreteEnumerationPlan? PlanFor(Document document, SemanticModel model, CommonForEachStatementSyntax? loop, Diagnostic diagnostic)
    {
        var types = ConcreteEnumerationProperties.ReadTypes(diagnostic, model.Compilation);
        // The analyzer planned no fix, or the code moved under the diagnostic.
        if (loop is null || types.IsEmpty)
        {
            return null;
        }

        var options = DispatchOptions.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(loop.SyntaxTree), publishAot: false);
        return ConcreteEnumerationPlan.Create(loop, model, types, options);
    }

    /// <summary>The <c>foreach</c> whose collection expression the diagnostic is on, when it still is one.</summary>
    internal static CommonForEachStatementSyntax? FindLoop(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        return !root.FullSpan.Contains(span)
            ? null
            : root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<CommonForEachStatementSyntax>().FirstOrDefault(l => l.Expression.Span.Contains(span));
    }
}
