using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP001: interface or virtual dispatch on a loop-invariant receiver inside a hot loop.</summary>
/// <remarks>
/// The analyzer registers for loops only (code outside loops is never hot) and visits each operation of a loop once,
/// from its nearest loop. For every invocation and property/indexer access the model calls a dispatch site
/// (<see cref="DispatchSite"/>), it asks the hot-loop model for the innermost hot loop repeating it, checks that the receiver is loop-invariant and that
/// the loop is not already the fallback branch of a hoisted type check, then asks which concrete types reach the
/// receiver: the values stored into a local in this method, the arguments of every call site of the parameter's method,
/// the stores into a private field, or the concrete subtypes of the class for <c>this</c> (not searched when all the
/// implementations in source are one target, which would not be reported: <see cref="ImplementationIndex.MostTargetsFoundFor"/>). It stays quiet when the
/// callee's work dominates (every implementation reached loops, <see cref="CalleeWork"/>). Two or more targets, or a
/// NativeAOT project, make it a warning; one target (or none known) is not reported where Dynamic PGO guards it, and is
/// informational elsewhere (<see cref="DynamicPgo.SeverityFor"/>). A dispatch profile overrides the guess
/// (<see cref="MeasuredVerdict"/>): measured hot and polymorphic is a warning with the measured shares, measured cold or
/// monomorphic is not reported. Members of one receiver on one line are one finding
/// (<see cref="SameLineSites"/>). The fixes offered are the plans that hold (<see cref="HoistPlan"/>, <see cref="GenericParameterPlan"/>),
/// written by <see cref="Dsp001Properties"/>.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DispatchOnLoopInvariantReceiverAnalyzer : DispatchRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(
        DiagnosticIds.DispatchOnLoopInvariantReceiver,
        title: "Dispatch on a loop-invariant receiver inside a hot loop",
        messageFormat: "'{0}' dispatches on loop-invariant '{1}' in every iteration of a hot loop; types reaching '{1}': {2}",
        DiagnosticSeverity.Warning,
        description: "The receiver does not change inside the loop, yet every iteration pays an interface or virtual dispatch "
            + "that the JIT cannot inline. When several types reach the call site, Dynamic PGO cannot devirtualize it; under "
            + "NativeAOT there is no PGO at all. Test the type once, outside the loop, so each copy of the loop calls a sealed "
            + "type directly, or make the method generic over a struct-constrained type parameter.");

    public DispatchOnLoopInvariantReceiverAnalyzer()
        : base(Rule)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, DispatchModel model)
        => RegisterDispatchSitesInLoops(start, model, Analyze);

    internal static void Analyze(OperationAnalysisContext context, DispatchSite site, DispatchModel model)
    {
        var operation = site.Operation;
        var options = model.GetOptions(operation.Syntax.SyntaxTree, context.CancellationToken);
        var hot = model.HotLoops.Find(operation, context.ContainingSymbol, options);

        // Not in hot code.
        if (hot.Loop is not { } loop)
        {
            return;
        }

        var facts = model.GetFacts(operation);

        // A receiver that changes every iteration is DSP002's business (or nobody's).
        if (!Receiver.TryCreate(site.Instance, out var receiver) || !LoopInvariance.IsInvariant(receiver, loop, facts))
        {
            return;
        }

        // Hot only by nesting, but the receiver changes with the outer loop: the inner loop alone is not worth a rewrite.
        if (hot.OuterForNesting is { } outer && !LoopInvariance.IsInvariant(receiver, outer, facts))
        {
            return;
        }

        // I/O, async calls and types nobody in this compilation implements: dispatch is noise there.
        if (model.IsDispatchNoise(site.Member, site.Instance.Type!, context.CancellationToken))
        {
            return;
        }

        // The fix (or the user) already hoisted the type check; this loop is the fallback for other types.
        if (LoopInvariance.IsFallbackOfHoistedTypeCheck(loop, receiver, operation.SemanticModel!))
        {
            return;
        }

        var cancellationToken = context.CancellationToken;

        // The profile measured the site cold, or one type at it that Dynamic PGO guards (or, with hot_loop_scope = profile, did not measure it).
        var measured = MeasuredVerdict.For(model, operation, context.ContainingSymbol, options, cancellationToken);
        if (measured.IsQuiet)
        {
            return;
        }

        // A local assigned once, from `new`: the JIT knows its exact type and devirtualizes the call itself.
        if (receiver.Symbol is ILocalSymbol local && facts.ValuesStoredInto(local, cancellationToken) is { Length: 1 } values
            && OperationFacts.SkipConversions(values[0]) is IObjectCreationOperation)
        {
            return;
        }

        // Every implementation in source together is one target, which is not reported here: no need to find which types reach.
        if (measured.Kind != MeasuredKind.Polymorphic
            && model.Implementations.MostTargetsFoundFor(site.Instance.Type!, site.Member, cancellationToken) is { } most
            && model.SeverityFor(most, options, context.ContainingSymbol) is null)
        {
            return;
        }

        var reaching = model.TypesReaching(receiver, site.Instance.Type!, facts, cancellationToken);

        // Every implementation the call can land in loops: its own work dwarfs the dispatch.
        if (model.WorkDominates(site.Member, site.Instance.Type!, reaching.Types, cancellationToken))
        {
            return;
        }

        // `s.Width * s.Height`: one finding per line and receiver, at its first member.
        var members = SameLineSites.MembersReportedAt(site, other => !model.IsDispatchNoise(other.Member, other.Instance.Type!, cancellationToken)
            && !model.WorkDominates(other.Member, other.Instance.Type!, reaching.Types, cancellationToken));
        if (members.IsEmpty)
        {
            return;
        }

        // Severity follows the targets the call can land in: two types sharing one implementation are one target.
        // One target on a runtime with Dynamic PGO: the JIT already guards it, not reported unless asked for or measured polymorphic.
        var staticSeverity = model.SeverityFor(ImplementationIndex.DistinctTargets(reaching.Types, site.Member), options, context.ContainingSymbol);
        if (staticSeverity is null && measured.Kind != MeasuredKind.Polymorphic)
        {
            return;
        }

        // CA1859 reports this one-type local or private field itself, with the better fix (declare the concrete type).
        if (measured.Kind != MeasuredKind.Polymorphic && reaching.Complete && reaching.Types.Length == 1
            && receiver.Symbol is ILocalSymbol or IFieldSymbol { DeclaredAccessibility: Accessibility.Private }
            && model.IsTurnedOn("CA1859", operation.Syntax.SyntaxTree, cancellationToken))
        {
            return;
        }

        var severity = measured.Severity(staticSeverity ?? DiagnosticSeverity.Warning);
        var types = measured.Order(reaching.ByFrequency, model.Compilation);

        // The fixes offered are the plans that hold: the fixer builds the same plans again.
        var hoist = types.Length <= options.MaxHoistedTypes
            ? HoistPlan.Create(site, loop, types, facts, context.ContainingSymbol, cancellationToken)
            : null;
        var makeGeneric = receiver.Symbol is IParameterSymbol parameter && model.Implementations.AnyValueTypeImplements(parameter.Type, cancellationToken)
            && model.CanMakeGeneric(parameter, cancellationToken);

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            site.MemberAccess.GetLocation(),
            severity,
            additionalLocations: new[] { loop.Syntax.GetLocation() },
            Dsp001Properties.Write(hoist, makeGeneric),
            MemberDisplay(members),
            receiver.Symbol is { } symbol ? NameDisplay(symbol) : receiver.Name,
            measured.Describe(reaching.Describe(model.WhyUnknown(receiver)))));
    }
}
