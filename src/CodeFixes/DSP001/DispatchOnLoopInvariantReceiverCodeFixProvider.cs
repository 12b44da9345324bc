using System.Composition;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP001 (dispatch on a loop-invariant receiver): hoists the type check out of the loop (<see cref="HoistPlan"/>),
/// or makes the method generic over the receiver's type (<see cref="GenericParameterPlan"/>). Each plan is built again on
/// the current document by the code the analyzer ran; an action is registered only when its plan holds.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DispatchOnLoopInvariantReceiverCodeFixProvider)), Shared]
public sealed class DispatchOnLoopInvariantReceiverCodeFixProvider : DispatchCodeFixProvider
{
    public const string HoistEquivalenceKey = "DSP001.HoistTypeCheck";
    public const string MakeGenericEquivalenceKey = "DSP001.MakeGeneric";
    internal const string HoistTitle = "Hoist the type check out of the loop";
    internal const string MakeGenericTitle = "Make the method generic over the receiver's type";

    public DispatchOnLoopInvariantReceiverCodeFixProvider()
        : base(DiagnosticIds.DispatchOnLoopInvariantReceiver)
    {
    }

    public override FixAllProvider GetFixAllProvider() => Dsp001FixAllProvider.Instance;

    private protected override IEnumerable<CodeAction> Actions(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var dispatch = ReportedNode(root, diagnostic);
        if (HoistPlanFor(model, ReportedLoop(root, diagnostic), dispatch, diagnostic, cancellationToken) is { } hoist)
        {
            yield return CodeAction.Create(
                HoistTitle, _ => System.Threading.Tasks.Task.FromResult(document.WithSyntaxRoot(TypeCheckHoister.Apply(root, model, hoist, cancellationToken))), HoistEquivalenceKey);
        }

        if (MakeGenericPlanFor(model, dispatch, diagnostic, cancellationToken) is { } makeGeneric)
        {
            yield return CodeAction.Create(
                MakeGenericTitle, _ => System.Threading.Tasks.Task.FromResult(document.WithSyntaxRoot(GenericParameterRewriter.Apply(root, makeGeneric))), MakeGenericEquivalenceKey);
        }
    }

    /// <summary>The hoist plan for the loop and reported access, or null when the analyzer did not offer it or it no longer holds.</summary>
    internal static HoistPlan? HoistPlanFor(SemanticModel model, SyntaxNode? loopSyntax, SyntaxNode? dispatch, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var types = Dsp001Properties.HoistTypes(diagnostic, model.Compilation);
        return !types.IsDefaultOrEmpty && loopSyntax is not null && model.GetOperation(loopSyntax, cancellationToken) is ILoopOperation loop
            && SiteAt(model, dispatch, cancellationToken) is { } site && model.GetEnclosingSymbol(loopSyntax.SpanStart, cancellationToken) is { } within
            ? HoistPlan.Create(site, loop, types, FunctionFacts.ForBlockOf(loop), within, cancellationToken)
            : null;
    }

    /// <summary>The make-generic plan for the reported access's parameter receiver, or null when not offered or no longer holding.</summary>
    internal static GenericParameterPlan? MakeGenericPlanFor(SemanticModel model, SyntaxNode? dispatch, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Dsp001Properties.MakeGeneric(diagnostic) && SiteAt(model, dispatch, cancellationToken) is { } site
            && Receiver.TryCreate(site.Instance, out var receiver) && receiver.Symbol is IParameterSymbol parameter
            && GenericParameterPlan.Create(parameter, model.Compilation, cancellationToken) is { } plan
            && plan.Method.SyntaxTree == model.SyntaxTree
            ? plan
            : null;
}
