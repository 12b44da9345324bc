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
    private readonly ImmutableArray<INamedTypeSymbol> _noisyReceiverBases;
    private readonly ImmutableArray<INamedTypeSymbol> _awaitableTypes;
    private readonly ConditionalWeakTable<IOperation, FunctionFacts> _facts = new();
    private readonly AnalyzerOptions _analyzerOptions;

    /// <param name="readProfile">Reads the profile file's text (through the analysis context's cache); null: read without a cache.</param>
    public DispatchModel(Compilation compilation, AnalyzerOptions options, Func<SourceText, ProfileFile>? readProfile = null)
    {
        Compilation = compilation;
        _analyzerOptions = options;
        _optionsProvider = options.AnalyzerConfigOptionsProvider;
        _publishAot = DispatchOptions.ReadPublishAot(_optionsProvider.GlobalOptions);
        HotLoops = new HotLoopModel(compilation);
        Implementations = new ImplementationIndex(compilation);
        References = new SymbolReferenceFinder(compilation);
        Visibility = new AssemblyVisibility(compilation);
        ReachingTypes = new ReachingTypesIndex(References, Visibility);
        CollectionContents = new CollectionContentsIndex(compilation, References);
        ParameterDispatch = new ParameterDispatchIndex(compilation, this);
        _noisyReceiverBases = Resolve(compilation, "System.IO.Stream", "System.IO.TextReader", "System.IO.TextWriter");
        _awaitableTypes = Resolve(compilation, "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1");
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

    public ImplementationIndex Implementations { get; }

    /// <summary>Names spelled like a symbol, and the one semantic model per tree that every part of the model binds other trees with.</summary>
    public SymbolReferenceFinder References { get; }

    public AssemblyVisibility Visibility { get; }

    public ReachingTypesIndex ReachingTypes { get; }

    /// <summary>The concrete types stored into collections (DSP002's evidence).</summary>
    public CollectionContentsIndex CollectionContents { get; }

    public ParameterDispatchIndex ParameterDispatch { get; }

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

    /// <summary>
    /// Whether the call's own cost dwarfs its dispatch, or nothing in source can change it: I/O types (a
    /// <c>Stream.Read</c> loop), asynchronous members, and members of types declared outside the compilation that no
    /// source type implements.
    /// </summary>
    public bool IsDispatchNoise(ISymbol member, ITypeSymbol receiverType)
    {
        for (var type = receiverType; type is not null; type = type.BaseType)
        {
            if (_noisyReceiverBases.Contains(type.OriginalDefinition, SymbolEqualityComparer.Default))
            {
                return true;
            }
        }

        if (IsAsynchronous(member))
        {
            return true;
        }

        var declaredInSource = SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, Compilation.Assembly);
        return !declaredInSource && Implementations.ConcreteImplementationsOf(receiverType).IsEmpty;
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
            null when receiverType is INamedTypeSymbol thisType => FromImplementations(thisType),
            _ => ReachingTypeSet.Unknown,
        };

        return reaching.Types.IsEmpty && receiver.Symbol is not null && !Visibility.IsVisibleOutside(receiverType)
            ? FromImplementations(receiverType)
            : reaching;
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

    private ReachingTypeSet FromImplementations(ITypeSymbol type)
    {
        var implementations = Implementations.ConcreteImplementationsOf(type);
        return new ReachingTypeSet(
            implementations.OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal).ToImmutableArray(),
            complete: false,
            allValueTypes: false,
            implementations.Length);
    }

    /// <summary>Whether the member returns a task or value task: its own cost dwarfs any dispatch.</summary>
    public bool IsAsynchronous(ISymbol member)
    {
        var returnType = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            _ => null,
        };
        return returnType is not null && _awaitableTypes.Contains(returnType.OriginalDefinition, SymbolEqualityComparer.Default);
    }

    private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, params string[] metadataNames)
        => metadataNames.Select(compilation.GetTypeByMetadataName).Where(t => t is not null).Select(t => t!).ToImmutableArray();
}
