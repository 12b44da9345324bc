namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP002's diagnostic properties: which fixes the analyzer's plans allowed. This type writes them and reads them; the
/// fixer builds the plans again on the current document.
/// </summary>
internal static class Dsp002Properties
{
    /// <summary>The types with an arm (<see cref="TypeIdList"/>), in arm order; present only when <see cref="TypeSwitchPlan"/> allowed it.</summary>
    private const string SwitchTypesKey = "HoistTypes";

    /// <summary>The types of the split lists, in declaration order; present only when <see cref="SplitPlan"/> allowed it.</summary>
    private const string SplitTypesKey = "SplitTypes";

    public static ImmutableDictionary<string, string?> Write(TypeSwitchPlan? typeSwitch, SplitPlan? split)
        => DiagnosticProperties.Of((SwitchTypesKey, DiagnosticProperties.TypeList(typeSwitch?.Types)), (SplitTypesKey, DiagnosticProperties.TypeList(split?.Types)));

    public static ImmutableArray<INamedTypeSymbol> SwitchTypes(Diagnostic diagnostic, Compilation compilation)
        => DiagnosticProperties.Types(diagnostic, SwitchTypesKey, compilation);

    public static ImmutableArray<INamedTypeSymbol> SplitTypes(Diagnostic diagnostic, Compilation compilation)
        => DiagnosticProperties.Types(diagnostic, SplitTypesKey, compilation);
}
