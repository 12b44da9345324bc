namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP001's diagnostic properties: which fixes the analyzer's plans allowed. This type writes them and reads them; the
/// fixer builds the plans again on the current document.
/// </summary>
internal static class Dsp001Properties
{
    /// <summary>The types the hoist tests for (<see cref="TypeIdList"/>), in order; present only when <see cref="HoistPlan"/> allowed it.</summary>
    private const string HoistTypesKey = "HoistTypes";

    /// <summary>Present ("true") when <see cref="GenericParameterPlan"/> allowed making the method generic.</summary>
    private const string MakeGenericKey = "CanMakeGeneric";

    public static ImmutableDictionary<string, string?> Write(HoistPlan? hoist, bool makeGeneric)
        => DiagnosticProperties.Of((HoistTypesKey, DiagnosticProperties.TypeList(hoist?.Types)), (MakeGenericKey, DiagnosticProperties.Flag(makeGeneric)));

    /// <summary>The types to hoist for, or default when the hoist was not offered or a type no longer resolves.</summary>
    public static ImmutableArray<INamedTypeSymbol> HoistTypes(Diagnostic diagnostic, Compilation compilation)
        => DiagnosticProperties.Types(diagnostic, HoistTypesKey, compilation);

    public static bool MakeGeneric(Diagnostic diagnostic) => DiagnosticProperties.IsSet(diagnostic, MakeGenericKey);
}
