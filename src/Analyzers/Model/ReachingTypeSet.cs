namespace DispatchAnalyzers.Model;

/// <summary>What the model knows of the concrete types whose instances reach a receiver.</summary>
internal sealed class ReachingTypeSet
{
    public static readonly ReachingTypeSet Unknown = new(ImmutableArray<INamedTypeSymbol>.Empty, complete: false, allValueTypes: false, sourceCount: 0);

    private readonly ImmutableDictionary<INamedTypeSymbol, int> _counts;

    /// <summary>A set whose types are known only as candidates (implementations): each counts once.</summary>
    public ReachingTypeSet(ImmutableArray<INamedTypeSymbol> types, bool complete, bool allValueTypes, int sourceCount)
        : this(types, complete, allValueTypes, sourceCount, ImmutableDictionary<INamedTypeSymbol, int>.Empty, ImmutableArray<IArrayTypeSymbol>.Empty, hasOpaqueValues: false)
    {
    }

    private ReachingTypeSet(
        ImmutableArray<INamedTypeSymbol> types,
        bool complete,
        bool allValueTypes,
        int sourceCount,
        ImmutableDictionary<INamedTypeSymbol, int> counts,
        ImmutableArray<IArrayTypeSymbol> arrays,
        bool hasOpaqueValues)
    {
        Types = types;
        Complete = complete;
        AllValueTypes = allValueTypes;
        SourceCount = sourceCount;
        _counts = counts;
        Arrays = arrays;
        HasOpaqueValues = hasOpaqueValues;
    }

    /// <summary>Distinct concrete types seen, ordered by name for stable messages.</summary>
    public ImmutableArray<INamedTypeSymbol> Types { get; }

    /// <summary>
    /// <see cref="Types"/>, most often seen first (stores, initializers or call-site arguments of that type), ties by name:
    /// the order in which a fix tests for them.
    /// </summary>
    public ImmutableArray<INamedTypeSymbol> ByFrequency
        => Types.OrderByDescending(CountOf).ThenBy(t => t.ToDisplayString(), System.StringComparer.Ordinal).ToImmutableArray();

    /// <summary>How many of the values seen have <paramref name="type"/>; 0 when the type is only a candidate.</summary>
    public int CountOf(INamedTypeSymbol type) => _counts.TryGetValue(type, out var count) ? count : 0;

    /// <summary>Every value that can reach the receiver was seen and typed (no external caller, no opaque store).</summary>
    public bool Complete { get; }

    /// <summary>Every value seen (at least one) has a value type: boxed at the call site.</summary>
    public bool AllValueTypes { get; }

    /// <summary>How many stores or arguments were seen.</summary>
    public int SourceCount { get; }

    /// <summary>
    /// Distinct array types seen (not in <see cref="Types"/>; they reach collection-typed storages), ordered by name. An
    /// array seen leaves the set not <see cref="Complete"/>, as any value not in <see cref="Types"/> does.
    /// </summary>
    public ImmutableArray<IArrayTypeSymbol> Arrays { get; }

    /// <summary>
    /// A value was seen whose concrete type is not known (an interface- or abstract-typed result such as a LINQ query or an
    /// iterator method's): unlike <see cref="Complete"/>, not set by callers the model cannot see.
    /// </summary>
    public bool HasOpaqueValues { get; }

    /// <summary>Names shown in a message before the rest is counted.</summary>
    private const int MaxNamesInMessage = 4;

    /// <summary>
    /// This set with <paramref name="candidates"/> added (types that may reach, not seen): what reaches a receiver of a type
    /// no other assembly implements when some values are not seen. Counts are kept; the set is not complete.
    /// </summary>
    public ReachingTypeSet WithCandidates(ImmutableArray<INamedTypeSymbol> candidates)
        => new(
            Types.Concat(candidates).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal).ToImmutableArray(),
            complete: false,
            AllValueTypes,
            SourceCount,
            _counts,
            Arrays,
            HasOpaqueValues);

    /// <summary>"Circle, Square", "A, B, C, D and 7 more", or <paramref name="whenUnknown"/> when no type is known.</summary>
    public string Describe(string whenUnknown)
    {
        if (Types.IsEmpty)
        {
            return whenUnknown;
        }

        var names = string.Join(", ", Types.Take(MaxNamesInMessage).Select(t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        return Types.Length > MaxNamesInMessage ? names + " and " + (Types.Length - MaxNamesInMessage) + " more" : names;
    }

    /// <summary>Accumulates the values stored into one receiver.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<INamedTypeSymbol, int> _types = new(SymbolEqualityComparer.Default);
        private readonly HashSet<IArrayTypeSymbol> _arrays = new(SymbolEqualityComparer.Default);
        private bool _complete = true;
        private bool _opaque;
        private bool _allValueTypes = true;
        private int _count;
        private List<Recorded>? _recording;

        public void MarkIncomplete()
        {
            _recording?.Add(new Recorded(null, isValueType: false, isNull: false, marksIncomplete: true));
            _complete = false;
        }

        /// <summary>
        /// Classifies what the operation around a reference to a storage (a field, an element) writes into it: a plain or
        /// <c>??=</c> assignment adds its value; a write through a reference or a deconstruction makes the set incomplete;
        /// a read adds nothing.
        /// </summary>
        public void AddWriteTo(IOperation reference)
        {
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference && !assignment.IsRef:
                    Add(assignment.Value);
                    break;
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                    Add(coalesce.Value);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case ISimpleAssignmentOperation:
                case IDeconstructionAssignmentOperation:
                case ITupleOperation:
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                    // Written through a reference or a deconstruction: the value is not seen.
                    MarkIncomplete();
                    break;
            }
        }

        /// <summary>
        /// Classifies a stored value: an object creation or an expression of a concrete static type names its type, unless
        /// a cast or a user-defined conversion turns it into a type it is not (then the value's type is not known).
        /// </summary>
        public void Add(IOperation value)
        {
            var unwrapped = OperationFacts.SkipConversions(value);
            switch (unwrapped)
            {
                // Each branch of `c ? new A() : new B()`, `a ?? new B()` and switch expressions is a value of its own.
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    Add(conditional.WhenTrue);
                    Add(whenFalse);
                    return;
                case ICoalesceOperation coalesce:
                    Add(coalesce.Value);
                    Add(coalesce.WhenNull);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Add(arm.Value);
                    }

                    return;
            }

            // `(IShape)animal`, a user-defined conversion: some other type than the operand's arrives.
            if (ConvertsToAnotherType(value, unwrapped))
            {
                AddType(null);
                return;
            }

            // null reaches the receiver; it has no type to dispatch on.
            AddType(unwrapped.Type, isNull: unwrapped.ConstantValue is { HasValue: true, Value: null });
        }

        /// <summary>
        /// Whether the conversions from <paramref name="unwrapped"/> to <paramref name="value"/> include a cast or a
        /// user-defined conversion to a type the operand's type neither is, derives from nor implements.
        /// </summary>
        private static bool ConvertsToAnotherType(IOperation value, IOperation unwrapped)
        {
            var changesType = false;
            for (var operation = value; operation != unwrapped; operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand)
            {
                changesType |= operation is IConversionOperation { Conversion: { IsImplicit: false } or { IsUserDefined: true } };
            }

            return changesType && value.Type is { } target && unwrapped.Type is { } source
                && !ImplementationIndex.SelfBasesAndInterfaces(source).Contains(target, SymbolEqualityComparer.Default);
        }

        /// <summary>Classifies a value known only by its static type (an element of a range whose element type is known).</summary>
        public void AddType(ITypeSymbol? type, bool isNull = false)
            => AddCounted(Counted(type), type?.IsValueType ?? false, isNull);

        /// <summary>
        /// Adds a value classified by <see cref="Counted"/>: <paramref name="counted"/> is its concrete type or array type,
        /// null when its type is not known or not concrete.
        /// </summary>
        public void AddCounted(ITypeSymbol? counted, bool isValueType, bool isNull)
        {
            _recording?.Add(new Recorded(counted, isValueType, isNull, marksIncomplete: false));
            _count++;
            if (!isValueType)
            {
                _allValueTypes = false;
            }

            switch (counted)
            {
                case INamedTypeSymbol named:
                    _types[named] = (_types.TryGetValue(named, out var seen) ? seen : 0) + 1;
                    break;
                case IArrayTypeSymbol array:
                    // Recorded for DSP005, but not in Types: for the rules that test for Types the set stays incomplete.
                    _arrays.Add(array);
                    _complete = false;
                    break;
                case null when !isNull:
                    _complete = false;
                    _opaque = true;
                    break;
            }
        }

        /// <summary>
        /// The type a value of <paramref name="type"/> is counted as: a concrete type (not an abstract base, an interface,
        /// nor a type open over a type parameter such as <c>Foo&lt;TPixel&gt;</c>; <c>Foo?</c> and <c>Foo</c> are one
        /// type), an array type, or null.
        /// </summary>
        public static ITypeSymbol? Counted(ITypeSymbol? type)
            => type switch
            {
                INamedTypeSymbol named when !named.IsAbstract && named.TypeKind is TypeKind.Class or TypeKind.Struct
                    && named.SpecialType == SpecialType.None && named.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                    && !IsOpen(named) => named.WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                IArrayTypeSymbol array => array,
                _ => null,
            };

        /// <summary>From now on, every value added and every <see cref="MarkIncomplete"/> is also recorded, until <see cref="StopRecording"/>.</summary>
        public void StartRecording() => _recording = new List<Recorded>();

        /// <summary>What was recorded since <see cref="StartRecording"/>, or null when something was included that a recording cannot hold.</summary>
        public List<Recorded>? StopRecording()
        {
            var recorded = _recording;
            _recording = null;
            return recorded;
        }

        /// <summary>Adds everything another set knows (a storage whose contents flow into this one).</summary>
        public void Include(ReachingTypeSet other)
        {
            // Another set's values have no order to record.
            _recording = null;
            foreach (var type in other.Types)
            {
                _types[type] = (_types.TryGetValue(type, out var seen) ? seen : 0) + System.Math.Max(1, other.CountOf(type));
            }

            _arrays.UnionWith(other.Arrays);
            _opaque |= other.HasOpaqueValues;
            _count += other.SourceCount;
            _allValueTypes &= other.AllValueTypes || other.SourceCount == 0;
            _complete &= other.Complete;
        }

        private static bool IsOpen(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.IsUnboundGenericType || current.TypeArguments.Any(a => a.TypeKind == TypeKind.TypeParameter || (a is INamedTypeSymbol n && IsOpen(n))))
                {
                    return true;
                }
            }

            return false;
        }

        public ReachingTypeSet ToSet()
            => new(
                _types.Keys.OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal).ToImmutableArray(),
                _complete,
                _allValueTypes && _count > 0,
                _count,
                _types.ToImmutableDictionary<KeyValuePair<INamedTypeSymbol, int>, INamedTypeSymbol, int>(p => p.Key, p => p.Value, SymbolEqualityComparer.Default),
                _arrays.OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal).ToImmutableArray(),
                _opaque);
    }

    /// <summary>One value a <see cref="Builder"/> added (as <see cref="Builder.AddCounted"/> takes it), or a mark that the set is incomplete.</summary>
    internal readonly struct Recorded
    {
        public Recorded(ITypeSymbol? counted, bool isValueType, bool isNull, bool marksIncomplete)
        {
            Counted = counted;
            IsValueType = isValueType;
            IsNull = isNull;
            MarksIncomplete = marksIncomplete;
        }

        public ITypeSymbol? Counted { get; }

        public bool IsValueType { get; }

        public bool IsNull { get; }

        public bool MarksIncomplete { get; }
    }
}
