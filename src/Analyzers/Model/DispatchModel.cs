using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DispatchAnalyzers.Model.Profile;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Everything the rules share for one compilation: options per tree, the hot-loop model, implementation and
/// reaching-type knowledge, and the well-known types that mark dispatch as noise. One per compilation (<see cref="For"/>).
/// </summary>
internal sealed class DispatchModel
{
    private static readonly ConditionalWeakTable<Compilation, DispatchModel> Shared = new();

    private readonly AnalyzerConfigOptionsProvider _optionsProvider;
    private readonly ConcurrentDictionary<SyntaxTree, DispatchOptions> _options = new();
    private readonly bool _publishAot;
    private readonly ConditionalWeakTable<IOperation, FunctionFacts> _facts = new();
    private readonly AnalyzerOptions _analyzerOptions;
    private readonly SymbolCache<IParameterSymbol, bool> _canMakeGeneric = new();

    /// <param name="readProfile">Reads the profile file's text (through the analysis context's cache); null: read without a cache.</param>
    public DispatchModel(Compilation compilation, AnalyzerOptions options, Func<SourceText, ProfileFile>? readProfile = null)
    {
        Compilation = compilation;
        _analyzerOptions = options;
        _optionsProvider = options.AnalyzerConfigOptionsProvider;
        _publishAot = DispatchOptions.ReadPublishAot(_optionsProvider.GlobalOptions);
        Pgo = DynamicPgo.Read(_optionsProvider.GlobalOptions);
        HotLoops = new HotLoopModel();
        References = new SymbolReferenceFinder(compilation);
        Implementations = new ImplementationIndex(compilation, References);
        Visibility = new AssemblyVisibility(compilation);
        var search = new TreeByTreeSearch(compilation, References);
        ReachingTypes = new ReachingTypesIndex(search, References, Visibility);
        CollectionContents = new CollectionContentsIndex(compilation, References, search);
        ParameterDispatch = new ParameterDispatchIndex(compilation, this);
        Work = new CalleeWork(compilation, References);
        Profile = ProfileSource.Load(options, readProfile ?? ProfileSource.ReadUncached, CancellationToken.None) is { } loaded && loaded.Profile.ProblemFor(compilation.AssemblyName) is null
            ? new DispatchProfile(loaded.Profile, compilation.AssemblyName, tree => GetOptions(tree).ProfileThresholds)
            : DispatchProfile.None;
    }

    public Compilation Compilation { get; }

    /// <summary>
    /// The model of the compilation a rule's compilation-start action analyses: one per compilation and options, shared
    /// by all the rules (the compiler hands each analysis its own compilation object), so the rules bind other trees,
    /// index words and compute reaching types once between them.
    /// </summary>
    /// <param name="readProfile">How to read the profile file's text: <see cref="ProfileSource.Cached"/> over the context's cache; null: without a cache.</param>
    public static DispatchModel For(Compilation compilation, AnalyzerOptions options, Func<SourceText, ProfileFile>? readProfile = null)
    {
        var model = Shared.GetValue(compilation, c => new DispatchModel(c, options, readProfile));
        return ReferenceEquals(model._analyzerOptions, options) ? model : new DispatchModel(compilation, options, readProfile);
    }

    public HotLoopModel HotLoops { get; }

    /// <summary>Whether the project's runtime guards one-type call sites with Dynamic PGO.</summary>
    public DynamicPgo Pgo { get; }

    /// <summary>
    /// The one report decision of the rules that count reaching types: the severity for a site in
    /// <paramref name="function"/> whose receiver sees <paramref name="targets"/> implementations, or null (not reported).
    /// </summary>
    public DiagnosticSeverity? SeverityFor(int targets, DispatchOptions options, ISymbol function)
        => Pgo.SeverityFor(targets, options, HotLoops.SkipsTiering(function));

    /// <summary>Whether Dynamic PGO guards the dispatches of <paramref name="function"/> (<see cref="DynamicPgo.Guards"/>).</summary>
    public bool PgoGuards(ISymbol function) => Pgo.Guards(HotLoops.SkipsTiering(function));

    public ImplementationIndex Implementations { get; }

    /// <summary>Names spelled like a symbol, and the semantic models (one per tree) every part of the model binds other trees with.</summary>
    public SymbolReferenceFinder References { get; }

    public AssemblyVisibility Visibility { get; }

    public ReachingTypesIndex ReachingTypes { get; }

    /// <summary>The concrete types stored into collections (DSP002's evidence).</summary>
    public CollectionContentsIndex CollectionContents { get; }

    public ParameterDispatchIndex ParameterDispatch { get; }

    /// <summary>Whether a callee's own work dominates its dispatch.</summary>
    public CalleeWork Work { get; }

    /// <summary>The runtime's measurements (the dispatch profile), or <see cref="DispatchProfile.None"/>.</summary>
    public DispatchProfile Profile { get; }

    /// <summary>
    /// The facts of the operation block <paramref name="operation"/> belongs to, made on first demand and shared by every
    /// rule and loop of the block (held only as long as the block's operation tree).
    /// </summary>
    public FunctionFacts GetFacts(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return _facts.GetValue(root, static r => new FunctionFacts(ImmutableArray.Create(r)));
    }

    public DispatchOptions GetOptions(SyntaxTree tree)
        => _options.GetOrAdd(tree, t => DispatchOptions.Read(_optionsProvider.GetOptions(t), _publishAot, Profile.IsPresent));

    /// <summary>The options of <paramref name="tree"/>, read where a rule starts on a site: the token is checked there, so a cancelled run stops before the site's work.</summary>
    public DispatchOptions GetOptions(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var options = GetOptions(tree);
        cancellationToken.ThrowIfCancellationRequested();
        return options;
    }

    /// <summary>
    /// Whether the call's own cost dwarfs its dispatch, or nothing in source can change it: I/O, parsing and
    /// serialization boundaries (<see cref="CalleeWork.IsBoundary"/>: a <c>Stream.Read</c> or <c>IDataReader.Read</c>
    /// loop), asynchronous members, and members of types declared outside the compilation that no source type implements.
    /// </summary>
    public bool IsDispatchNoise(ISymbol member, ITypeSymbol receiverType, CancellationToken cancellationToken)
    {
        if (Work.IsBoundary(receiverType))
        {
            return true;
        }

        if (IsAsynchronous(member))
        {
            return true;
        }

        var declaredInSource = SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, Compilation.Assembly);
        return !declaredInSource && Implementations.ConcreteImplementationsOf(receiverType, cancellationToken).IsEmpty;
    }

    /// <summary>
    /// The concrete types known to reach a receiver: the values stored into a local in its method, the arguments of
    /// every call site (for a parameter), the stores into a private field, the concrete subtypes (for <c>this</c>). When
    /// nothing is known and the receiver's type cannot be implemented outside this assembly, every implementation in
    /// the compilation is a candidate.
    /// </summary>
    public ReachingTypeSet TypesReaching(Receiver receiver, ITypeSymbol receiverType, FunctionFacts facts, CancellationToken cancellationToken)
    {
        var reaching = receiver.Symbol switch
        {
            ILocalSymbol local when facts.ValuesStoredInto(local, cancellationToken) is { } values => FromValues(values),
            IParameterSymbol parameter => ReachingTypes.ForParameter(parameter, cancellationToken),
            IFieldSymbol field => ReachingTypes.ForField(field, cancellationToken),
            null when receiverType is INamedTypeSymbol thisType => FromImplementations(thisType, cancellationToken),
            _ => ReachingTypeSet.Unknown,
        };

        // Values not all seen, of a type no other assembly implements: its implementations in source are the candidates.
        return !reaching.Complete && receiver.Symbol is not null && !Visibility.IsVisibleToNonFriends(receiverType)
            ? reaching.WithCandidates(Implementations.ConcreteImplementationsOf(receiverType, cancellationToken))
            : reaching;
    }

    /// <summary>Why no concrete type is known to reach <paramref name="receiver"/>, in words a user can act on.</summary>
    public string WhyUnknown(Receiver receiver)
    {
        var why = receiver.Symbol switch
        {
            IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: not (MethodKind.Ordinary or MethodKind.LocalFunction) } }
                => "a parameter of a lambda, constructor, operator or accessor",
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } when method.IsVirtual || method.IsAbstract || method.IsOverride
                => "a parameter of an overridable method",
            IParameterSymbol { ContainingSymbol: { } method } when Visibility.IsVisibleToNonFriends(method)
                => "a parameter of a method other assemblies can call",
            IParameterSymbol => "the values its callers pass have no known concrete type",
            IFieldSymbol { DeclaredAccessibility: not Accessibility.Private } => "a non-private field other types can set",
            null => "no concrete subtype in source",
            _ => "the values stored into it have no known concrete type",
        };
        return "not known from source (" + why + ")";
    }

    private static ReachingTypeSet FromValues(ImmutableArray<IOperation> values)
    {
        var builder = new ReachingTypeSet.Builder();
        foreach (var value in values)
        {
            builder.Add(value);
        }

        return builder.ToSet();
    }

    private ReachingTypeSet FromImplementations(ITypeSymbol type, CancellationToken cancellationToken)
    {
        var implementations = Implementations.ConcreteImplementationsOf(type, cancellationToken);
        return new ReachingTypeSet(
            implementations.OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal).ToImmutableArray(),
            complete: false,
            allValueTypes: false,
            implementations.Length);
    }

    /// <summary>
    /// Whether the project turns <paramref name="diagnosticId"/> on explicitly for <paramref name="tree"/>: its severity set
    /// (<c>dotnet_diagnostic.ID.severity</c>, a global config, a rule set) to info, warning or error. The rule's own
    /// default is not visible from here.
    /// </summary>
    public bool IsTurnedOn(string diagnosticId, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var provider = Compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is not null
            && (provider.TryGetDiagnosticValue(tree, diagnosticId, cancellationToken, out var severity)
                || provider.TryGetGlobalDiagnosticValue(diagnosticId, cancellationToken, out severity)))
        {
            return severity is ReportDiagnostic.Info or ReportDiagnostic.Warn or ReportDiagnostic.Error;
        }

        return Compilation.Options.SpecificDiagnosticOptions.TryGetValue(diagnosticId, out severity)
            && severity is ReportDiagnostic.Info or ReportDiagnostic.Warn or ReportDiagnostic.Error;
    }

    /// <summary>Whether every implementation the call can land in (of <paramref name="reaching"/>, else of the receiver's type) loops or recurses: its work dominates the dispatch.</summary>
    public bool WorkDominates(ISymbol member, ITypeSymbol receiverType, ImmutableArray<INamedTypeSymbol> reaching, CancellationToken cancellationToken)
        => Work.AllImplementationsWork(member, receiverType, reaching, Implementations, cancellationToken);

    /// <summary>
    /// Whether <see cref="GenericParameterPlan"/> holds for <paramref name="parameter"/>'s method: decided once per
    /// parameter (every boxed argument and every loop on it asks the same question, and for an overridable method each
    /// answer searches the callers).
    /// </summary>
    public bool CanMakeGeneric(IParameterSymbol parameter, CancellationToken cancellationToken)
        => _canMakeGeneric.GetOrCompute(
            parameter.OriginalDefinition,
            this,
            static (p, self, token) => GenericParameterPlan.Applies(p, self.References, self.Compilation, token),
            cancellationToken);

    /// <summary>Whether the member returns a task or value task: its own cost dwarfs any dispatch.</summary>
    public bool IsAsynchronous(ISymbol member)
    {
        var returnType = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            _ => null,
        };
        return AwaitableTypes.Contains(returnType);
    }

    private static readonly WellKnownType.Set AwaitableTypes = new("System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1");
}
