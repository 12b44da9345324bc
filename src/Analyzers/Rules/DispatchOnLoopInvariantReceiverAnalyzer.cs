using System.Collections.Immutable;
using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP001: interface or virtual dispatch on a loop-invariant receiver inside a hot loop.</summary>
/// <remarks>
/// The analyzer registers for loops only (code outside loops is never hot) and visits each operation of a loop once,
/// from its nearest loop. For every invocation and property/indexer access the model calls a dispatch site
/// (<see cref="DispatchSite"/>), it asks the hot-loop model for the innermost hot loop repeating it, checks that the receiver is loop-invariant and that
/// the loop is not already the fallback branch of a hoisted type check, then asks which concrete types reach the
/// receiver: the values stored into a local in this method, the arguments of every call site of the parameter's method,
/// the stores into a private field, or the concrete subtypes of the class for <c>this</c>. Two or more types, or a
/// NativeAOT project, make it a warning; otherwise Dynamic PGO already guards the one type it sees and the diagnostic is
/// informational. Properties tell the fixer which rewrites are safe (<see cref="FixEligibility"/>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DispatchOnLoopInvariantReceiverAnalyzer : DiagnosticAnalyzer
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var model = DispatchModel.For(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeLoop(c, model), OperationKind.Loop);
        });
    }

    /// <summary>Code outside loops is never hot, so only loops are visited; each operation once, from its nearest loop.</summary>
    private static void AnalyzeLoop(OperationAnalysisContext context, DispatchModel model)
    {
        foreach (var operation in HotLoopModel.OperationsDirectlyInside((ILoopOperation)context.Operation))
        {
            if (operation.Kind is OperationKind.Invocation or OperationKind.PropertyReference)
            {
                Analyze(context, operation, model);
            }
        }
    }

    private static void Analyze(OperationAnalysisContext context, IOperation operation, DispatchModel model)
    {
        if (!DispatchSite.TryCreate(operation, out var site))
        {
            return;
        }

        var options = model.GetOptions(operation.Syntax.SyntaxTree);
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
        if (model.IsDispatchNoise(site.Member, site.Instance.Type!))
        {
            return;
        }

        // The fix (or the user) already hoisted the type check; this loop is the fallback for other types.
        if (LoopInvariance.IsFallbackOfHoistedTypeCheck(loop, receiver, operation.SemanticModel!))
        {
            return;
        }

        var cancellationToken = context.CancellationToken;

        // A local assigned once, from `new`: the JIT knows its exact type and devirtualizes the call itself.
        if (receiver.Symbol is ILocalSymbol local && facts.ValuesStoredInto(local, cancellationToken) is { Length: 1 } values
            && OperationFacts.SkipConversions(values[0]) is IObjectCreationOperation)
        {
            return;
        }

        var reaching = model.TypesReaching(receiver, site.Instance.Type!, facts, cancellationToken);

        // Severity follows the targets the call can land in: two types sharing one implementation are one target.
        var severity = ImplementationIndex.DistinctTargets(reaching.Types, site.Member) >= 2 || options.PublishAot
            ? DiagnosticSeverity.Warning
            : DiagnosticSeverity.Info;

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[DiagnosticProperties.ReceiverKind] = receiver.Kind;
        properties[DiagnosticProperties.ReceiverName] = receiver.Name;
        properties[DiagnosticProperties.ReachingTypes] = reaching.Describe();

        var hoistTypes = FixEligibility.HoistTypes(receiver, site.Member, loop, reaching, options.MaxHoistedTypes, facts, context.ContainingSymbol, cancellationToken);
        if (!hoistTypes.IsEmpty)
        {
            properties[DiagnosticProperties.HoistTypes] = string.Join(";", hoistTypes.Select(t => t.GetDocumentationCommentId()));
        }

        if (receiver.Symbol is IParameterSymbol parameter && FixEligibility.CanMakeGeneric(parameter, facts, model.Implementations, cancellationToken))
        {
            properties[DiagnosticProperties.CanMakeGeneric] = "true";
            properties[DiagnosticProperties.AllCallersPassStructs] = reaching.AllValueTypes ? "true" : "false";
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            site.MemberAccess.GetLocation(),
            severity,
            additionalLocations: new[] { loop.Syntax.GetLocation() },
            properties.ToImmutable(),
            MemberDisplay(site.Member),
            receiver.Name,
            reaching.Describe()));
    }

    private static string MemberDisplay(ISymbol member)
        => member is IPropertySymbol { IsIndexer: true }
            ? member.ContainingType.Name + "[]"
            : member.ContainingType.Name + "." + member.Name;
}
