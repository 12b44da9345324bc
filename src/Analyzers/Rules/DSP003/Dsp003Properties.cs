namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP003's diagnostic properties: which fixes the analyzer's plans allowed. This type writes them and reads them; the
/// fixer builds the plans again on the current solution.
/// </summary>
internal static class Dsp003Properties
{
    /// <summary>Present ("true") when <see cref="GenericParameterPlan"/> allowed making the callee generic.</summary>
    private const string MakeGenericKey = "CanMakeGeneric";

    /// <summary>Present ("true") when <see cref="RetypeLocalPlan"/> allowed declaring the local with the struct's type.</summary>
    private const string RetypeLocalKey = "CanRetypeLocal";

    public static ImmutableDictionary<string, string?> Write(bool makeGeneric, RetypeLocalPlan? retypeLocal)
        => DiagnosticProperties.Of((MakeGenericKey, DiagnosticProperties.Flag(makeGeneric)), (RetypeLocalKey, DiagnosticProperties.Flag(retypeLocal is not null)));

    public static bool MakeGeneric(Diagnostic diagnostic) => DiagnosticProperties.IsSet(diagnostic, MakeGenericKey);

    public static bool RetypeLocal(Diagnostic diagnostic) => DiagnosticProperties.IsSet(diagnostic, RetypeLocalKey);
}
