using System.Composition;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP002 (dispatch on the elements of a mixed-type collection): first one homogeneous collection per concrete
/// type (<see cref="SplitPlan"/>; iteration order changes), then a type switch that calls each known type directly and
/// keeps the original dispatch as its last arm (<see cref="TypeSwitchPlan"/>, behaviour unchanged), which the analyzer
/// offers only where it pays. Each plan is built again on the current document by the code the analyzer ran; an action
/// is registered only when its plan holds.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DispatchOnMixedCollectionElementCodeFixProvider)), Shared]
public sealed class DispatchOnMixedCollectionElementCodeFixProvider : DispatchCodeFixProvider
{
    public const string TypeSwitchEquivalenceKey = "DSP002.TypeSwitch";
    public const string SplitByTypeEquivalenceKey = "DSP002.SplitByType";
    internal const string TypeSwitchTitle = "Switch on the element's type to call each sealed type directly";
    internal const string SplitByTypeTitle = "Keep one collection per concrete type (changes iteration order)";

    public DispatchOnMixedCollectionElementCodeFixProvider()
        : base(DiagnosticIds.DispatchOnMixedCollectionElement)
    {
    }

    public override FixAllProvider GetFixAllProvider() => Dsp002FixAllProvider.Instance;

    private protected override IEnumerable<CodeAction> Actions(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        // The split first: where it applies it pays several times what the switch does.
        if (ReportedLoop(root, diagnostic) is ForEachStatementSyntax loop && SplitPlanFor(model, loop, diagnostic, cancellationToken) is { } split)
        {
            yield return CodeAction.Create(
                SplitByTypeTitle, token => CollectionSplitter.SplitAsync(document, model, split, token), SplitByTypeEquivalenceKey);
        }

        if (TypeSwitchPlanFor(model, ReportedNode(root, diagnostic), diagnostic, cancellationToken) is { } typeSwitch)
        {
            yield return CodeAction.Create(
                TypeSwitchTitle, _ => System.Threading.Tasks.Task.FromResult(document.WithSyntaxRoot(TypeSwitchRewriter.Apply(root, model, typeSwitch, cancellationToken))), TypeSwitchEquivalenceKey);
        }
    }

    /// <summary>The type-switch plan for the reported access, or null when the analyzer did not offer it or it no longer holds.</summary>
    internal static TypeSwitchPlan? TypeSwitchPlanFor(SemanticModel model, SyntaxNode? dispatch, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var types = Dsp002Properties.SwitchTypes(diagnostic, model.Compilation);
        return !types.IsDefaultOrEmpty && SiteAt(model, dispatch, cancellationToken) is { } site
            && model.GetEnclosingSymbol(site.Whole.SpanStart, cancellationToken) is { } within
            ? TypeSwitchPlan.Create(site, types, within, model.Compilation)
            : null;
    }

    /// <summary>The split plan for the reported loop's collection, or null when the analyzer did not offer it or it no longer holds.</summary>
    internal static SplitPlan? SplitPlanFor(SemanticModel model, ForEachStatementSyntax loop, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var types = Dsp002Properties.SplitTypes(diagnostic, model.Compilation);
        var plan = !types.IsDefaultOrEmpty && model.GetOperation(loop, cancellationToken) is IForEachLoopOperation forEach
            && CollectionElement.OfForEach(forEach) is { Local: { } element } found
            ? SplitPlan.Create(found.Storage, element.Type, FunctionFacts.ForBlockOf(forEach), new SymbolReferenceFinder(model.Compilation), cancellationToken)
            : null;
        return plan is not null && plan.Types.SequenceEqual(types, (a, b) => SymbolEqualityComparer.Default.Equals(a, b))
            ? plan
            : null;
    }
}
