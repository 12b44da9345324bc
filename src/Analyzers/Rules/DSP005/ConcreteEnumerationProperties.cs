namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP005's diagnostic properties, written and read here only: the concrete types the fix tests for, in order, as
/// documentation-comment reference IDs (they name constructed types such as <c>List{Shape}</c> and arrays).
/// </summary>
internal static class ConcreteEnumerationProperties
{
    /// <summary>Present when the fix applies: the reference IDs of the types to test for, <c>;</c>-separated, in order.</summary>
    public const string FixTypes = "DSP005.FixTypes";

    /// <summary>The property set for the plan's types, or an empty set when an ID would not resolve back to its type.</summary>
    public static ImmutableDictionary<string, string?> Write(ConcreteEnumerationPlan? plan, Compilation compilation)
    {
        var empty = ImmutableDictionary<string, string?>.Empty;
        if (plan is null)
        {
            return empty;
        }

        var ids = plan.Arms.Select(a => DocumentationCommentId.CreateReferenceId(a.Type)).ToList();
        // A type the fixer could not find again (a method's type parameter, say) means no fix rather than a wrong one.
        if (ids.Zip(plan.Arms, (id, arm) => SymbolEqualityComparer.Default.Equals(Resolve(id, compilation), arm.Type)).Any(same => !same))
        {
            return empty;
        }

        return DiagnosticProperties.Of((FixTypes, string.Join(";", ids)));
    }

    /// <summary>The types the analyzer planned for, resolved in <paramref name="compilation"/>; empty when absent or stale.</summary>
    public static ImmutableArray<ITypeSymbol> ReadTypes(Diagnostic diagnostic, Compilation compilation)
    {
        if (!diagnostic.Properties.TryGetValue(FixTypes, out var text) || string.IsNullOrEmpty(text))
        {
            return ImmutableArray<ITypeSymbol>.Empty;
        }

        var types = text!.Split(';').Select(id => Resolve(id, compilation)).ToImmutableArray();
        return types.Any(t => t is null) ? ImmutableArray<ITypeSymbol>.Empty : types.Select(t => t!).ToImmutableArray();
    }

    private static ITypeSymbol? Resolve(string id, Compilation compilation)
        => DocumentationCommentId.GetFirstSymbolForReferenceId(id, compilation) as ITypeSymbol;
}
