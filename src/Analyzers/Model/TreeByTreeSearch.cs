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
    /// <paramref name="builder"/> from an earlier compilation. <paramref name="what"/> names what is collected about the
    /// symbol (with the symbol's documentation ID, the key of what is kept).
    /// </summary>
    public void Run(ISymbol symbol, string what, ReachingTypeSet.Builder builder, Action<(SyntaxTree Tree, TextSpan Span)> search, CancellationToken cancellationToken)
    {
        // Only an edit reads or keeps anything, and a symbol without a documentation ID (a local function) has no key.
        var stamp = DeclarationStamp.For(_compilation, cancellationToken) is (var found, IsEdit: true) ? found : null;
        var key = stamp is null ? null : KeyOf(symbol, what);
        foreach (var scope in _finder.Scopes(symbol, cancellationToken))
        {
            // A private member's scopes are its type's declarations: several may share a tree.
            var scopeKey = key is null ? null : key + "@" + scope.Span.Start;
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

    private static string? KeyOf(ISymbol symbol, string what)
        => symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } || symbol.OriginalDefinition.GetDocumentationCommentId() is not { } id
            ? null
            : id + "#" + what;
}
