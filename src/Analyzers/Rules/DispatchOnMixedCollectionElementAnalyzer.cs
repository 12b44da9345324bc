using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP002: interface or virtual dispatch on each element of a mixed-type collection inside a hot loop.</summary>
/// <remarks>
/// The analyzer registers for loops only (code outside loops is never hot) and visits each operation of a loop once,
/// from its nearest loop. For every dispatch site (<see cref="DispatchSite"/>) in a hot loop whose receiver is a new element of a collection on
/// each iteration (<see cref="CollectionElement"/>: the foreach variable, <c>xs[i]</c>, or a local set from it), it asks
/// what is stored into the collection's storage (<see cref="CollectionContentsIndex"/>: a local in its method, a private
/// or internal field or property across the compilation). Two or more concrete types stored make it a warning. With
/// <c>dispatch_analyzers.mixed_collection_evidence = implementations</c>, a collection whose stores are not all known
/// is also reported when the element type has two or more implementations. A dispatch that is already the fallback of a
/// type test on the element is not reported. Properties tell the fixer which rewrites are safe
/// (<see cref="TypeSwitchEligibility"/>, <see cref="CollectionSplitEligibility"/>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DispatchOnMixedCollectionElementAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(
        DiagnosticIds.DispatchOnMixedCollectionElement,
        title: "Dispatch on the elements of a mixed-type collection inside a hot loop",
        messageFormat: "'{0}' is dispatched on each element of '{1}' in a hot loop; its {2} elements mix {3}",
        DiagnosticSeverity.Warning,
        description: "The loop calls an interface or virtual member on elements of several concrete types in no particular "
            + "order, so the call cannot be devirtualized and its indirect branch keeps mispredicting, with or without Dynamic "
            + "PGO. A type switch over the known sealed types makes each call direct and inlinable (a modest gain); keeping "
            + "one homogeneous collection per concrete type removes both the dispatch and the misprediction (the large gain).");

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
        var loop = model.HotLoops.FindHotLoop(operation, context.ContainingSymbol, options);

        // Not in hot code.
        if (loop is null)
        {
            return;
        }

        // Not a new element each iteration: loop-invariant receivers are DSP001's, anything else nobody's.
        var facts = model.GetFacts(operation);
        var cancellationToken = context.CancellationToken;
        var element = CollectionElement.TryCreate(site.Instance, loop, facts, cancellationToken);
        if (element is null)
        {
            return;
        }

        // I/O, async calls and types nobody in this compilation implements: dispatch is noise there.
        var elementType = site.Instance.Type!;
        if (model.IsDispatchNoise(site.Member, elementType))
        {
            return;
        }

        // The fix (or the user) already switches on the element's type; this dispatch serves the other types.
        if (element.Local is not null && TypeTestFallback.IsFallback(site.MemberAccess, element.Local, loop.Syntax, operation.SemanticModel!))
        {
            return;
        }

        var (types, evidence) = MixedTypes(element, elementType, model, facts, options, cancellationToken);

        // No proof the collection holds several types: homogeneous, or unknown without the noisier option.
        if (types.Length < 2)
        {
            return;
        }

        var described = string.Join(", ", types.Select(t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[DiagnosticProperties.CollectionKind] = element.StorageKind;
        properties[DiagnosticProperties.CollectionName] = element.Storage.Name;
        properties[DiagnosticProperties.Evidence] = evidence;
        properties[DiagnosticProperties.ReachingTypes] = described;

        var switchTypes = TypeSwitchEligibility.SwitchTypes(operation, site.Member, types, options.MaxSwitchArms, context.ContainingSymbol, context.Compilation);
        if (!switchTypes.IsEmpty)
        {
            properties[DiagnosticProperties.HoistTypes] = string.Join(";", switchTypes.Select(t => t.GetDocumentationCommentId()));
        }

        if (evidence == MixedEvidenceKinds.Stores && loop is IForEachLoopOperation && element.Local is not null)
        {
            var splitTypes = CollectionSplitEligibility.SplitTypes(element.Storage, elementType, options.MaxSplitTypes, facts, model.References, cancellationToken);
            if (!splitTypes.IsEmpty)
            {
                properties[DiagnosticProperties.SplitTypes] = string.Join(";", splitTypes.Select(t => t.GetDocumentationCommentId()));
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            site.MemberAccess.GetLocation(),
            additionalLocations: new[] { loop.Syntax.GetLocation() },
            properties.ToImmutable(),
            MemberDisplay(site.Member),
            element.Storage.Name,
            elementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            described));
    }

    /// <summary>The concrete types stored into the collection that its elements can have here, or the implementations, with what proved them.</summary>
    private static (ImmutableArray<INamedTypeSymbol> Types, string Evidence) MixedTypes(
        CollectionElement element, ITypeSymbol elementType, DispatchModel model, FunctionFacts facts, DispatchOptions options, CancellationToken cancellationToken)
    {
        var stored = element.Storage switch
        {
            ILocalSymbol local => model.CollectionContents.ForLocal(local, facts, cancellationToken),
            IFieldSymbol or IPropertySymbol => model.CollectionContents.ForMember(element.Storage, cancellationToken),
            _ => ReachingTypeSet.Unknown,
        };

        var compilation = model.Compilation;
        var types = stored.Types.Where(t => IsElementOf(t, elementType, compilation)).ToImmutableArray();
        if (types.Length >= 2 || stored.Complete || options.MixedCollectionEvidence != MixedCollectionEvidence.Implementations)
        {
            return (types, MixedEvidenceKinds.Stores);
        }

        var implementations = model.Implementations.ConcreteImplementationsOf(elementType)
            .OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal)
            .ToImmutableArray();
        return (implementations, MixedEvidenceKinds.Implementations);
    }

    private static bool IsElementOf(INamedTypeSymbol type, ITypeSymbol elementType, Compilation compilation)
    {
        var conversion = ((CSharpCompilation)compilation).ClassifyConversion(type, elementType);
        return conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference || conversion.IsBoxing);
    }

    private static string MemberDisplay(ISymbol member)
        => member is IPropertySymbol { IsIndexer: true }
            ? member.ContainingType.Name + "[]"
            : member.ContainingType.Name + "." + member.Name;
}
