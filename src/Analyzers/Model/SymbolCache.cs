using System.Collections.Concurrent;

namespace DispatchAnalyzers.Model;

/// <summary>
/// An answer per symbol, computed on first demand and kept for the compilation: the shape the model's indexes share.
/// </summary>
/// <remarks>
/// Two threads asking at once may both compute; the first answer stored is the one every caller gets. A computation
/// cancelled by its token stores nothing, so a later run computes the answer again.
/// </remarks>
internal sealed class SymbolCache<TSymbol, TValue>
    where TSymbol : class, ISymbol
{
    private readonly ConcurrentDictionary<TSymbol, TValue> _values = new(SymbolEqualityComparer.Default);

    public TValue GetOrCompute<TArgument>(TSymbol symbol, TArgument argument, Func<TSymbol, TArgument, CancellationToken, TValue> compute, CancellationToken cancellationToken)
    {
        if (_values.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return _values.GetOrAdd(symbol, compute(symbol, argument, cancellationToken));
    }
}
