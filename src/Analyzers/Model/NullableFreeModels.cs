using System.Collections.Concurrent;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Semantic models that skip nullable analysis, one per tree of a compilation, where the compiler offers them
/// (Roslyn 4.11 and later: <c>Compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis)</c>,
/// found by reflection since the analyzers are built against Roslyn 4.5).
/// </summary>
/// <remarks>
/// Binding a caller's name in nullable-enabled code makes a plain model analyse the nullability of its whole member
/// (about a third of the cost of a reaching-type search on the generated codebase). The rules never read nullability
/// (types are compared with the default comparer, annotations stripped), so the answers are the same. A model is kept
/// for the compilation's lifetime, for at most <see cref="MaxTrees"/> trees (a document's analysis after an edit of the
/// generated 1,000-file codebase binds callers in 128 to 255 trees); beyond them, and on an older compiler, the
/// analyzer driver's own model is used (one per tree, dropped once the driver has analysed the tree).
/// <para>
/// In a compilation made by an edit (<see cref="DeclarationStamp.For"/>), a tree the driver is analysing
/// (<see cref="Share"/>, called from the rules' callbacks) is bound in the driver's model instead, held weakly: the
/// driver binds every member of that tree for its operation trees anyway, so the edited document's own call sites are
/// not bound twice. A build keeps its own models: there the members a search reaches before the driver does would be
/// charged to the rules with their nullable analysis, which the driver pays in any case (measured: the rules' share of
/// a build grew by as much as CA1859's fell, with no change in the build's time).
/// </para>
/// </remarks>
internal sealed class NullableFreeModels
{
    /// <summary>The most trees whose model is kept.</summary>
    internal const int MaxTrees = 256;

    private static readonly Func<Compilation, SyntaxTree, SemanticModel>? Create = MakeCreate();
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<SyntaxTree, WeakReference<SemanticModel>> _driverModels = new();
    private int _requested;
    private int _sharing;

    public NullableFreeModels(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>Whether this compiler can make a semantic model without nullable analysis.</summary>
    internal static bool Available => Create is not null;

    public SemanticModel For(SyntaxTree tree)
    {
        if (_driverModels.TryGetValue(tree, out var shared) && shared.TryGetTarget(out var driverModel))
        {
            return driverModel;
        }

        if (_models.TryGetValue(tree, out var model))
        {
            return model;
        }

        // An older compiler, or enough models kept: the driver's.
        if (Create is null || Interlocked.Increment(ref _requested) > MaxTrees)
        {
#pragma warning disable RS1030 // Binds only names spelled like a symbol, in trees other than the one analysed.
            return _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        }

        return _models.GetOrAdd(tree, Create(_compilation, tree));
    }

    /// <summary>
    /// Binds <paramref name="model"/>'s tree with <paramref name="model"/> from now on, while it lives, if the
    /// compilation was made by an edit: the model the analyzer driver hands a callback for the tree it analyses.
    /// </summary>
    public void Share(SemanticModel model, CancellationToken cancellationToken)
    {
        // A build, another compilation's model, or one whose answers differ from a plain model's.
        if (!SharesDriverModels(cancellationToken) || !ReferenceEquals(model.Compilation, _compilation) || model.IsSpeculativeSemanticModel || model.IgnoresAccessibility)
        {
            return;
        }

        if (!_driverModels.TryGetValue(model.SyntaxTree, out var shared) || !shared.TryGetTarget(out var known) || !ReferenceEquals(known, model))
        {
            _driverModels[model.SyntaxTree] = new WeakReference<SemanticModel>(model);
        }
    }

    private bool SharesDriverModels(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _sharing) is var known and not 0)
        {
            return known > 0;
        }

        var sharing = DeclarationStamp.For(_compilation, cancellationToken).IsEdit ? 1 : -1;
        Volatile.Write(ref _sharing, sharing);
        return sharing > 0;
    }

    private static Func<Compilation, SyntaxTree, SemanticModel>? MakeCreate()
    {
        var optionsType = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions", throwOnError: false);
        var method = optionsType is null ? null : typeof(Compilation).GetMethod("GetSemanticModel", new[] { typeof(SyntaxTree), optionsType });
        // An older compiler: no such option.
        if (method is null || !Enum.IsDefined(optionsType!, "DisableNullableAnalysis"))
        {
            return null;
        }

        var disableNullableAnalysis = Enum.Parse(optionsType!, "DisableNullableAnalysis");
        return (compilation, tree) => (SemanticModel)method.Invoke(compilation, new[] { tree, disableNullableAnalysis });
    }
}
