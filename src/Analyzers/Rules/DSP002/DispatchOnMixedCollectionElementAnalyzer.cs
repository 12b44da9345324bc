using Microsoft.CodeAnalysis.CSharp;
using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP002: interface or virtual dispatch on each element of a mixed-type collection inside a hot loop.</summary>
/// <remarks>
/// The analyzer registers for loops only (code outside loops is never hot) and visits each operation of a loop once,
/// from its nearest loop. For every dispatch site (<see cref="DispatchSite"/>) in a hot loop whose receiver is a new element of a collection on
/// each iteration (<see cref="CollectionElement"/>: the foreach variable, <c>xs[i]</c>, or a local set from it), it asks
/// what is stored into the collection's storage (<see cref="CollectionContentsIndex"/>: a local in its method, a private
/// or internal field or property across the compilation). Two or more concrete types stored make it a warning. With
/// <c>dispatch_analyzers.mixed_collection_evidence = implementations</c>, a collection whose stores are not all known
/// is also reported when the element type has two or more implementations. A dispatch profile overrides the guess
/// (<see cref="MeasuredVerdict"/>): measured hot and polymorphic is reported with the measured shares even when the stores
/// are unknown, measured cold or monomorphic is not. A dispatch that is already the fallback of a type test on the
/// element is not reported, nor one whose callee's work dominates (every stored type's implementation loops,
/// <see cref="CalleeWork"/>). Unlike DSP001, each call is its own finding, even several on one line: the type-switch fix
/// rewrites one call at a time. The fixes offered are the plans that hold (<see cref="SplitPlan"/>, and
/// <see cref="TypeSwitchPlan"/> where it also pays: <see cref="TypeSwitchPlan.Pays"/>), written by <see cref="Dsp002Properties"/>.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DispatchOnMixedCollectionElementAnalyzer : DispatchRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(
        DiagnosticIds.DispatchOnMixedCollectionElement,
        title: "Dispatch on the elements of a mixed-type collection inside a hot loop",
        messageFormat: "'{0}' is dispatched on each element of '{1}' in a hot loop; its {2} elements mix {3}",
        DiagnosticSeverity.Warning,
        description: "The loop calls an interface or virtual member on elements of several concrete types in no particular "
            + "order, so the call cannot be devirtualized and its indirect branch keeps mispredicting, with or without Dynamic "
            + "PGO. Keeping one homogeneous collection per concrete type removes both the dispatch and the misprediction (the "
            + "large gain); without Dynamic PGO (NativeAOT, PGO turned off, older runtimes), a type switch over the known sealed types makes each call direct "
            + "and inlinable (a modest gain).");

    public DispatchOnMixedCollectionElementAnalyzer()
        : base(Rule)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, DispatchModel model)
        => RegisterDispatchSitesInLoops(start, model, Analyze);

    internal static void Analyze(OperationAnalysisContext context, DispatchSite site, DispatchModel model)
    {
        var operation = site.Operation;
        var options = model.GetOptions(operation.Syntax.SyntaxTree, context.CancellationToken);
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
        if (model.IsDispatchNoise(site.Member, elementType, cancellationToken))
        {
            return;
        }

        // The fix (or the user) already switches on the element's type; this dispatch serves the other types.
        if (element.Local is not null && TypeTestFallback.IsInsideFallback(site.MemberAccess, loop.Syntax, element.Local, operation.SemanticModel!))
        {
            return;
        }

        // The profile measured the site cold, or one type at it that Dynamic PGO guards (or, with hot_loop_scope = profile, did not measure it).
        var measured = MeasuredVerdict.For(model, operation, context.ContainingSymbol, options, cancellationToken);
        if (measured.IsQuiet)
        {
            return;
        }

        var (types, byFrequency, evidence) = MixedTypes(element, elementType, model, facts, options, cancellationToken);

        // No proof the collection holds several types (homogeneous, or unknown without the noisier option), and no measurement that it does.
        if (types.Length < 2 && measured.Kind != MeasuredKind.Polymorphic)
        {
            return;
        }

        // Every implementation the call can land in loops: its own work dwarfs the dispatch.
        if (model.WorkDominates(site.Member, elementType, types, cancellationToken))
        {
            return;
        }

        var described = measured.Describe(string.Join(", ", types.Select(t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))));
        byFrequency = measured.Order(byFrequency, model.Compilation);

        // The fixes offered are the plans that hold: the fixer builds the same plans again.
        var typeSwitch = TypeSwitchPlan.Create(site, byFrequency, context.ContainingSymbol, context.Compilation);
        if (typeSwitch is not null && !typeSwitch.Pays(options, model.PgoGuards(context.ContainingSymbol)))
        {
            // Safe but not worth it: Dynamic PGO on, more arms than allowed, or a callee the JIT keeps out of line.
            typeSwitch = null;
        }

        var split = evidence == MixedEvidence.Stores && loop is IForEachLoopOperation && element.Local is not null
            ? SplitPlan.Create(element.Storage, elementType, facts, model.References, cancellationToken)
            : null;
        if (split is not null && split.Types.Length > options.MaxSplitTypes)
        {
            // More lists than allowed.
            split = null;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            site.MemberAccess.GetLocation(),
            measured.Severity(Rule.DefaultSeverity),
            additionalLocations: new[] { loop.Syntax.GetLocation() },
            Dsp002Properties.Write(typeSwitch, split),
            MemberDisplay(site.Member),
            NameDisplay(element.Storage),
            elementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            described));
    }

    /// <summary>The concrete types stored into the collection that its elements can have here, or the implementations, with what proved them.</summary>
    private static (ImmutableArray<INamedTypeSymbol> Types, ImmutableArray<INamedTypeSymbol> ByFrequency, MixedEvidence Evidence) MixedTypes(
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
            return (types, stored.ByFrequency.Where(t => types.Contains(t, SymbolEqualityComparer.Default)).ToImmutableArray(), MixedEvidence.Stores);
        }

        var implementations = model.Implementations.ConcreteImplementationsOf(elementType, cancellationToken)
            .OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal)
            .ToImmutableArray();
        // Nothing counts the implementations: they keep their order by name.
        return (implementations, implementations, MixedEvidence.Implementations);
    }

    private static bool IsElementOf(INamedTypeSymbol type, ITypeSymbol elementType, Compilation compilation)
    {
        var conversion = ((CSharpCompilation)compilation).ClassifyConversion(type, elementType);
        return conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference || conversion.IsBoxing);
    }

    /// <summary>What showed the collection mixed.</summary>
    private enum MixedEvidence
    {
        /// <summary>Two or more concrete types are stored into the collection.</summary>
        Stores,

        /// <summary>Nothing is known of the stores; the element type has two or more implementations in the compilation.</summary>
        Implementations,
    }
}
