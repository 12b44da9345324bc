using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP005: <c>foreach</c> over an interface-typed collection in hot code, when cheaper concrete collections reach it.</summary>
/// <remarks>
/// For each synchronous <c>foreach</c> whose collection is typed <c>IEnumerable&lt;T&gt;</c>, <c>IEnumerable</c>,
/// <c>IList&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c> or <c>IReadOnlyCollection&lt;T&gt;</c>, it asks
/// the hot-loop model whether the <c>foreach</c> itself is a hot loop (a constant small trip count makes it cold), then
/// which concrete types reach the collection (a local's stores, a parameter's arguments at every call site, a private
/// field's stores; anything else is unknown). It reports when at least one type is known, every known type is an array
/// or a BCL collection with a struct enumerator (<see cref="CheaperCollectionTypes"/>), and no value of unknown concrete
/// type (a LINQ query, an iterator) reaches. Severity follows the evidence, as DSP001's (<see cref="DynamicPgo.SeverityFor"/>):
/// two or more types, or a NativeAOT project, make a warning; one type is not reported where Dynamic PGO guards its
/// enumerator, and is informational elsewhere. The
/// loop left as the fallback of the fix's type tests is not reported again, nor is a local only ever holding short literal collections.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InterfaceCollectionEnumerationAnalyzer : DispatchRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(
        DiagnosticIds.InterfaceCollectionEnumeration,
        title: "foreach over an interface-typed collection in hot code",
        messageFormat: "'{0}' is enumerated through {1} in a hot loop: an enumerator allocated on the heap and two interface calls per element; types reaching '{0}': {2}",
        DiagnosticSeverity.Warning,
        description: "A foreach over an interface-typed collection calls GetEnumerator, MoveNext and Current through the "
            + "interface and allocates the enumerator, where a List<T> or an array enumerated directly needs neither. When "
            + "several collection types reach the loop, Dynamic PGO cannot guard them all; under NativeAOT there is no PGO at "
            + "all. Test the concrete type once and enumerate it directly.");

    /// <summary>Type names as C# writes them here, nested types with their containing types (<c>Dictionary&lt;int, int&gt;.KeyCollection</c>).</summary>
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public InterfaceCollectionEnumerationAnalyzer()
        : base(Rule)
    {
    }

    private protected override void Register(CompilationStartAnalysisContext start, DispatchModel model)
        => start.RegisterOperationAction(c => Analyze(c, model), OperationKind.Loop);

    private static void Analyze(OperationAnalysisContext context, DispatchModel model)
    {
        // Other loops, and `await foreach` (an async stream's own cost dwarfs its dispatch).
        if (context.Operation is not IForEachLoopOperation { IsAsynchronous: false } loop || loop.Syntax is not CommonForEachStatementSyntax syntax)
        {
            return;
        }

        var collection = OperationFacts.SkipImplicitConversions(loop.Collection);
        var interfaceType = collection.Type;
        // Only the collection interfaces enumerate through an interface enumerator.
        if (!CheaperCollectionTypes.IsEnumeratedThroughInterface(interfaceType))
        {
            return;
        }

        var options = model.GetOptions(loop.Syntax.SyntaxTree, context.CancellationToken);
        // The foreach is not itself a hot loop (cold code, or a constant small trip count).
        if (model.HotLoops.Find(loop.Body, context.ContainingSymbol, options).Loop != loop)
        {
            return;
        }

        // Property getters and calls: what they return is unknown to the model.
        if (!Receiver.TryCreate(collection, out var receiver) || receiver.Symbol is null)
        {
            return;
        }

        var semanticModel = loop.SemanticModel!;
        // The loop is the fallback the fix (or the user) left after testing the concrete types.
        var fallbackNode = syntax.Parent is BlockSyntax block ? block : (SyntaxNode)syntax;
        if (fallbackNode.Parent is { } parent && TypeTestFallback.IsFallbackBranch(parent, fallbackNode, receiver.Symbol, semanticModel))
        {
            return;
        }

        var facts = model.GetFacts(loop);
        var cancellationToken = context.CancellationToken;
        // A local only ever holding short literal collections: the foreach runs a constant small number of times.
        if (receiver.Symbol is ILocalSymbol local && facts.ValuesStoredInto(local, cancellationToken) is { IsEmpty: false } values
            && values.All(v => ConstantTripCount.OfCollection(v) is <= HotLoopModel.MaxColdTripCount))
        {
            return;
        }

        var reaching = model.TypesReaching(receiver, interfaceType!, facts, cancellationToken);
        // Most often seen first (the order the fix tests in), arrays after.
        var types = reaching.ByFrequency.Cast<ITypeSymbol>().Concat(reaching.Arrays).ToImmutableArray();
        // Unknown types, an iterator or LINQ result, or a collection with nothing cheaper: nothing to gain.
        if (types.IsEmpty || reaching.HasOpaqueValues || !types.All(CheaperCollectionTypes.IsCheaper))
        {
            return;
        }

        // One enumerator type on a runtime with Dynamic PGO: the JIT already guards it, not reported unless asked for.
        if (model.SeverityFor(types.Length, options, context.ContainingSymbol) is not { } severity)
        {
            return;
        }

        var plan = ConcreteEnumerationPlan.Create(syntax, semanticModel, types, options, cancellationToken);
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            collection.Syntax.GetLocation(),
            severity,
            additionalLocations: null,
            ConcreteEnumerationProperties.Write(plan, semanticModel.Compilation),
            collection.Syntax.ToString(),
            interfaceType!.ToDisplayString(TypeFormat),
            string.Join(", ", types.Select(t => t.ToDisplayString(TypeFormat)))));
    }
}
