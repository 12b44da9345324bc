using System.Collections.Concurrent;

namespace DispatchAnalyzers.Model;

/// <summary>
/// The values a <see cref="ReachingTypeSet.Builder"/> recorded, with each type named by its documentation ID instead
/// of a symbol: what one tree contributed to a set, kept for another compilation (<see cref="UnchangedTreeCache{TValue}"/>).
/// </summary>
internal sealed class RecordedValues
{
    private readonly ImmutableArray<Item> _items;

    private RecordedValues(ImmutableArray<Item> items)
    {
        _items = items;
    }

    /// <summary>The recording in portable form, or null when a type has no ID that names it alone (<see cref="TypeIds"/>).</summary>
    public static RecordedValues? From(IEnumerable<ReachingTypeSet.Recorded> recorded, TypeIds ids)
    {
        var items = ImmutableArray.CreateBuilder<Item>();
        foreach (var value in recorded)
        {
            string? id = null;
            // A type that does not round-trip through its ID cannot be kept.
            if (value.Counted is { } type && (id = ids.IdOf(type)) is null)
            {
                return null;
            }

            items.Add(new Item(id, value));
        }

        return new RecordedValues(items.ToImmutable());
    }

    /// <summary>Adds the recorded values to <paramref name="builder"/> with this compilation's symbols; false, adding nothing, if a type no longer resolves.</summary>
    public bool TryAddTo(ReachingTypeSet.Builder builder, TypeIds ids)
    {
        var types = new ITypeSymbol?[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            if (_items[i].Id is { } id && (types[i] = ids.Resolve(id)) is null)
            {
                return false;
            }
        }

        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            if (item.Value.MarksIncomplete)
            {
                builder.MarkIncomplete();
            }
            else
            {
                builder.AddCounted(types[i], item.Value.IsValueType, item.Value.IsNull);
            }
        }

        return true;
    }

    private readonly struct Item
    {
        public Item(string? id, ReachingTypeSet.Recorded value)
        {
            Id = id;
            // The symbol is not kept: it would keep its compilation alive.
            Value = new ReachingTypeSet.Recorded(null, value.IsValueType, value.IsNull, value.MarksIncomplete);
        }

        public string? Id { get; }

        public ReachingTypeSet.Recorded Value { get; }
    }
}

/// <summary>
/// Documentation IDs of types for one compilation, both ways, each computed once: an ID is given only when it resolves
/// to exactly that type (not for a tuple with element names, or a name two assemblies declare).
/// </summary>
internal sealed class TypeIds
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ITypeSymbol, string?> _ids = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, ITypeSymbol?> _types = new(StringComparer.Ordinal);

    public TypeIds(Compilation compilation)
    {
        _compilation = compilation;
    }

    public string? IdOf(ITypeSymbol type)
        => _ids.GetOrAdd(type, t => DocumentationCommentId.CreateReferenceId(t) is { } id && SymbolEqualityComparer.Default.Equals(Resolve(id), t) ? id : null);

    /// <summary>The one type <paramref name="id"/> names in this compilation, or null.</summary>
    public ITypeSymbol? Resolve(string id)
        => _types.GetOrAdd(id, i => DocumentationCommentId.GetSymbolsForReferenceId(i, _compilation) is { Length: 1 } found ? found[0] as ITypeSymbol : null);
}
