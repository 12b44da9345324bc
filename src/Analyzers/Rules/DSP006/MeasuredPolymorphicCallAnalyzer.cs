using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP006: an interface, virtual or delegate call that the dispatch profile measured hot and polymorphic.</summary>
/// <remarks>
/// Only with a profile (<see cref="DispatchModel.Profile"/>). For every invocation and property or indexer read that
/// dispatches (<see cref="DispatchSite.IsDispatched"/>: an interface or overridable member on a receiver that is not
/// sealed, a struct or a type parameter; or a delegate's <c>Invoke</c>), wherever it is (loops, recursion, receivers that
/// are elements, properties or call results), it asks the profile for the site. A site measured hot and polymorphic
/// (<see cref="MeasuredSite.IsHot"/>, <see cref="MeasuredSite.IsPolymorphic"/>: counted by distinct implementations of
/// the member, not by receiver classes) is reported with the measured shares,
/// unless DSP001 or DSP002 reports it (<see cref="OtherRulesAtSite"/>) or it is the last arm of a type switch on its
/// receiver (<see cref="FallbackArm"/>: what the fix leaves, still filed under the old key). An entry that may be stale
/// (<see cref="ProfileTrust.MayBeStale"/>) is informational and says so. The fix offered is the plan that holds
/// (<see cref="MeasuredTypesPlan"/>, written by <see cref="Dsp006Properties"/>); delegate calls and conditional accesses
/// get none.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MeasuredPolymorphicCallAnalyzer : DispatchRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(
        DiagnosticIds.MeasuredPolymorphicCall,
        title: "Measured polymorphic call site in hot code",
        messageFormat: "'{0}' on '{1}' is hot and polymorphic in the dispatch profile ({2})",
        DiagnosticSeverity.Warning,
        description: "The runtime measured this call site hot and saw several concrete types reach it. Dynamic PGO guards "
            + "one type per site (NativeAOT a few, without a profile); every other type pays an indirect call that cannot be "
            + "inlined. Testing the most frequent measured types first, each calling a sealed type directly, is the JIT's own "
            + "guarded devirtualization with as many guesses as the profile justifies.",
        tags: DiagnosticTags.ProfileGuided);

    public MeasuredPolymorphicCallAnalyzer()
        : base(Rule)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, DispatchModel model)
    {
        // Without a profile nothing is measured.
        if (!model.Profile.IsPresent)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, model), OperationKind.Invocation, OperationKind.PropertyReference);
    }

    private static void Analyze(OperationAnalysisContext context, DispatchModel model)
    {
        var operation = context.Operation;
        // Static, non-virtual, sealed, struct receivers and `base.` calls do not dispatch.
        if (!TryGetDispatchedMember(operation, out var member, out var instance))
        {
            return;
        }

        var measured = model.Profile.Find(operation, context.ContainingSymbol, context.CancellationToken);
        // Not measured, cold, or one type: the JIT's own guard is enough.
        if (measured is not { IsHot: true, IsPolymorphic: true })
        {
            return;
        }

        var isSite = DispatchSite.TryCreate(operation, out var site);
        // The dispatch a type switch on the receiver leaves for the other types (the fix's own output), or a site
        // DSP001 or DSP002 reports, with a fix that knows more than the measured types.
        if (isSite && (FallbackArm.Contains(site, operation.SemanticModel!) || OtherRulesAtSite.Report(context, site, model)))
        {
            return;
        }

        var options = model.GetOptions(operation.Syntax.SyntaxTree, context.CancellationToken);
        var plan = isSite
            ? MeasuredTypesPlan.Create(site, MeasuredVerdict.TypesOf(measured, context.Compilation), context.ContainingSymbol, options.MaxGuessedTypes, context.Compilation)
            : null;
        var stale = measured.Trust == ProfileTrust.MayBeStale;
        // A conditional access is reported whole (`a?.M()`), not at its `.M()`.
        var reported = operation.Syntax.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == operation.Syntax
            ? conditional
            : operation.Syntax;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            reported.GetLocation(),
            stale ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning,
            additionalLocations: null,
            Dsp006Properties.Write(plan),
            MemberDisplay(member),
            // An implicit `this` has the call itself as its syntax.
            instance is IInstanceReferenceOperation { IsImplicit: true } ? "this" : instance.Syntax.ToString(),
            MeasuredVerdict.Describe(measured)));
    }

    /// <summary>The member called and its receiver, when the call dispatches (interface, overridable or delegate).</summary>
    private static bool TryGetDispatchedMember(IOperation operation, out ISymbol member, out IOperation instance)
    {
        (member, instance) = operation switch
        {
            IInvocationOperation invocation => ((ISymbol)invocation.TargetMethod, invocation.Instance!),
            IPropertyReferenceOperation property => (property.Property, property.Instance!),
            _ => (null!, null!),
        };
        if (member is null || instance is null || member.IsStatic || instance.Syntax is BaseExpressionSyntax)
        {
            return false;
        }

        return member is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } || DispatchSite.IsDispatched(member, instance.Type);
    }
}
