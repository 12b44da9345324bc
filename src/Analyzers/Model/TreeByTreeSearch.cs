using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Runs a search for the uses of a symbol one scope at a time (<see cref="SymbolReferenceFinder.Scopes"/>), each adding
/// what it finds to a <see cref="ReachingTypeSet.Builder"/>; in a compilation made by an edit, what each scope added is
/// kept with its tree, and the next edit replays it instead of binding the tree again.
/// </summary>
/// <remarks>
/// Only a compilation whose <see cref="DeclarationStamp"/> an earlier compilation had (<see cref="DeclarationStamp.For"/>)
/// reads or fills the cache: there, a tree shared with the compilation that recorded it binds the same way. A build
/// parses its trees afresh and keeps nothing. A scope whose values cannot be named outside the compilation
/// (<see cref="RecordedValues.From"/>) is bound every time.
/// </remarks>
internal sealed class TreeByTreeSearch
{
    private static readonly UnchangedTreeCache<RecordedValues> Kept = new();
    private readonly Compilation _compilation;
    private readonly SymbolReferenceFinder _finder;
    private readonly TypeIds _typeIds;
    private int _scopesSearched;

    public TreeByTreeSearch(Compilation compilation, SymbolReferenceFinder finder)
    {
        _compilation = compilation;
        _finder = finder;
        _typeIds = new TypeIds(compilation);
    }

    /// <summary>How many scopes were searched (bound) rather than replayed.</summary>
    internal int ScopesSearched => Volatile.Read(ref _scopesSearched);

    /// <summary>
    /// Calls <paramref name="search"/> for each scope of <paramref name="symbol"/> not replayed into
    /// <paramref name="builder"/> from an earlier compilation. <paramref name="key"/> names what is searched for (the same
    /// across compilations with one stamp, as a documentation ID is); null: nothing is kept.
    /// </summary>
    public void Run(ISymbol symbol, string? key, ReachingTypeSet.Builder builder, Action<(SyntaxTree Tree, TextSpan Span)> search, CancellationToken cancellationToken)
    {
        var stamp = key is not null && DeclarationStamp.For(_compilation, cancellationToken) is (var found, IsEdit: true) ? found : null;
        foreach (var scope in _finder.Scopes(symbol, cancellationToken))
        {
            // A private member's scopes are its type's declarations: several may share a tree.
            var scopeKey = stamp is null ? null : key + "@" + scope.Span.Start;
            if (scopeKey is not null && Kept.Get(scope.Tree, scopeKey, stamp!) is { } recorded && recorded.TryAddTo(builder, _typeIds))
            {
                continue;
            }

            Interlocked.Increment(ref _scopesSearched);
            if (scopeKey is null)
            {
                search(scope);
                continue;
            }

            builder.StartRecording();
            search(scope);
            if (builder.StopRecording() is { } values && RecordedValues.From(values, _typeIds) is { } portable)
            {
                Kept.Set(scope.Tree, scopeKey, stamp!, portable);
            }
        }
    }

    /// <summary>The key of a search for <paramref name="what"/> of <paramref name="symbol"/>, or null for a symbol without a documentation ID (a local function).</summary>
    public static string? KeyOf(ISymbol symbol, string what)
        => symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } || symbol.OriginalDefinition.GetDocumentationCommentId() is not { } id
            ? null
            : id + "#" + what;
}
