namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP006's diagnostic properties: the measured types the fix tests for, in arm order, present only when
/// <see cref="MeasuredTypesPlan"/> allowed the fix. This type writes them and reads them; the fixer builds the plan again.
/// </summary>
internal static class Dsp006Properties
{
    /// <summary>The types with an arm (<see cref="TypeIdList"/>).</summary>
    private const string GuardedTypesKey = "GuardedTypes";

    public static ImmutableDictionary<string, string?> Write(TypeSwitchPlan? plan)
        => DiagnosticProperties.Of((GuardedTypesKey, DiagnosticProperties.TypeList(plan?.Types)));

    public static ImmutableArray<INamedTypeSymbol> GuardedTypes(Diagnostic diagnostic, Compilation compilation)
        => DiagnosticProperties.Types(diagnostic, GuardedTypesKey, compilation);
}
