using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP005 ("Enumerate the concrete collection"): the types come from the diagnostic, the loop from its location
/// (the collection expression), and <see cref="ConcreteEnumerationPlan.Create"/>, the analyzer's own decision, is run again on the current
/// document; the action is registered only with the rewritten document in hand.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InterfaceCollectionEnumerationCodeFixProvider)), Shared]
public sealed class InterfaceCollectionEnumerationCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "DSP005.EnumerateConcreteCollection";
    internal const string Title = "Enumerate the concrete collection";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InterfaceCollectionEnumeration);

    public override FixAllProvider GetFixAllProvider() => InterfaceCollectionEnumerationFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var fixedDocument = await FixAsync(context.Document, diagnostic, loop: null, context.CancellationToken).ConfigureAwait(false);
            if (fixedDocument is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedDocument), EquivalenceKey), diagnostic);
            }
        }
    }

    /// <summary>The document with the diagnostic's loop (or <paramref name="loop"/>) rewritten, or null when the fix does not apply.</summary>
    internal static async Task<Document?> FixAsync(Document document, Diagnostic diagnostic, CommonForEachStatementSyntax? loop, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        // Without syntax or semantics there is nothing to fix.
        if (root is null || model is null)
        {
            return null;
        }

        loop ??= FindLoop(root, diagnostic);
        var types = ConcreteEnumerationProperties.ReadTypes(diagnostic, model.Compilation);
        // The analyzer planned no fix, or the code moved under the diagnostic.
        if (loop is null || types.IsEmpty)
        {
            return null;
        }

        var options = InterfaceCollectionEnumerationOptions.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(loop.SyntaxTree));
        var plan = ConcreteEnumerationPlan.Create(loop, model, types, options, new CheaperCollectionTypes(model.Compilation));
        return plan is null ? null : document.WithSyntaxRoot(ConcreteEnumerationRewriter.Rewrite(root, model, plan));
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
