using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Everything the rules share for one compilation: options per tree, the hot-loop model, implementation and
/// reaching-type knowledge, and the well-known types that mark dispatch as noise. Made once per compilation start.
/// </summary>
internal sealed class DispatchModel
{
    private readonly AnalyzerConfigOptionsProvider _optionsProvider;
    private readonly ConcurrentDictionary<SyntaxTree, DispatchOptions> _options = new();
    private readonly bool _publishAot;
    private readonly ImmutableArray<INamedTypeSymbol> _noisyReceiverBases;
    private readonly ImmutableArray<INamedTypeSymbol> _awaitableTypes;
    private readonly ConditionalWeakTable<IOperation, FunctionFacts> _facts = new();

    public DispatchModel(Compilation compilation, AnalyzerOptions options)
    {
        Compilation = compilation;
        _optionsProvider = options.AnalyzerConfigOptionsProvider;
        _publishAot = DispatchOptions.ReadPublishAot(_optionsProvider.GlobalOptions);
        HotLoops = new HotLoopModel(compilation);
        Implementations = new ImplementationIndex(compilation);
        ReachingTypes = new ReachingTypesIndex(compilation);
        _noisyReceiverBases = Resolve(compilation, "System.IO.Stream", "System.IO.TextReader", "System.IO.TextWriter");
        _awaitableTypes = Resolve(compilation, "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1");
    }

    public Compilation Compilation { get; }

    public HotLoopModel HotLoops { get; }

    public ImplementationIndex Implementations { get; }

    public ReachingTypesIndex ReachingTypes { get; }

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
        => _options.GetOrAdd(tree, t => DispatchOptions.Read(_optionsProvider.GetOptions(t), _publishAot));

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

        var returnType = member switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            _ => null,
        };
        if (returnType is not null && _awaitableTypes.Contains(returnType.OriginalDefinition, SymbolEqualityComparer.Default))
        {
            return true;
        }

        var declaredInSource = SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, Compilation.Assembly);
        return !declaredInSource && Implementations.ConcreteImplementationsOf(receiverType).IsEmpty;
    }

    private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, params string[] metadataNames)
        => metadataNames.Select(compilation.GetTypeByMetadataName).Where(t => t is not null).Select(t => t!).ToImmutableArray();
}
