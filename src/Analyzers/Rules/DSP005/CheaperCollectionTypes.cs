namespace DispatchAnalyzers.Rules;

/// <summary>
/// The well-known types DSP005 needs, told by name: the collection interfaces whose <c>foreach</c>
/// allocates an enumerator and dispatches, and the concrete collections that enumerate without either.
/// </summary>
/// <remarks>
/// A concrete collection counts only when the runtime's two enumerations of it agree in everything a program can see
/// (order, the exception when it is modified, disposal): single-dimension arrays and these BCL collections, whose
/// interface enumerator is their struct enumerator boxed. A type that merely has a struct <c>GetEnumerator</c> could
/// enumerate differently through its interface, so it is not trusted.
/// </remarks>
internal static class CheaperCollectionTypes
{
    private static readonly WellKnownType.Set Cheaper = new(
        "System.Collections.Generic.List`1",
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.Dictionary`2+KeyCollection",
        "System.Collections.Generic.Dictionary`2+ValueCollection",
        "System.Collections.Generic.SortedDictionary`2",
        "System.Collections.Generic.Queue`1",
        "System.Collections.Generic.Stack`1",
        "System.Collections.Generic.LinkedList`1",
        ImmutableArray);

    private const string ImmutableArray = "System.Collections.Immutable.ImmutableArray`1";

    /// <summary>Whether a <c>foreach</c> over an expression of this static type goes through an interface enumerator.</summary>
    public static bool IsEnumeratedThroughInterface(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Interface } named
            && (named.SpecialType == SpecialType.System_Collections_IEnumerable
                || named.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T
                    or SpecialType.System_Collections_Generic_IList_T
                    or SpecialType.System_Collections_Generic_ICollection_T
                    or SpecialType.System_Collections_Generic_IReadOnlyList_T
                    or SpecialType.System_Collections_Generic_IReadOnlyCollection_T);

    /// <summary>Whether enumerating this concrete type directly needs no allocation and no interface call.</summary>
    public static bool IsCheaper(ITypeSymbol type)
        => type is IArrayTypeSymbol { IsSZArray: true }
            || Cheaper.Contains(type);

    /// <summary><c>ImmutableArray&lt;T&gt;</c>: its struct enumerator throws a different exception when the array is default.</summary>
    public static bool IsImmutableArray(ITypeSymbol type) => WellKnownType.Is(type, ImmutableArray);

    /// <summary>The type of the elements a <c>foreach</c> over the concrete type yields (its enumerator's <c>Current</c>).</summary>
    public static ITypeSymbol? ElementTypeOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        var getEnumerator = type.GetMembers("GetEnumerator").OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.Parameters.IsEmpty && m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic);
        return getEnumerator?.ReturnType.GetMembers("Current").OfType<IPropertySymbol>().FirstOrDefault()?.Type;
    }
}
