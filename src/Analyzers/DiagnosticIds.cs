namespace DispatchAnalyzers;

/// <summary>The IDs of every diagnostic this package reports. One constant per rule; docs live at docs/rules/&lt;ID&gt;.md.</summary>
public static class DiagnosticIds
{
    /// <summary>Interface or virtual dispatch on a loop-invariant receiver inside a hot loop.</summary>
    public const string DispatchOnLoopInvariantReceiver = "DSP001";

    /// <summary>Interface or virtual dispatch on each element of a collection holding several concrete types, inside a hot loop.</summary>
    public const string DispatchOnMixedCollectionElement = "DSP002";

    /// <summary>A value type boxed into an interface whose members are then dispatched in a hot loop.</summary>
    public const string BoxedValueTypeDispatch = "DSP003";

    /// <summary>A foreach over an interface-typed collection in hot code, when cheaper concrete collections reach it.</summary>
    public const string InterfaceCollectionEnumeration = "DSP005";

    /// <summary>An interface, virtual or delegate call that the dispatch profile measured hot and polymorphic, not reported by another rule.</summary>
    public const string MeasuredPolymorphicCall = "DSP006";

    /// <summary>A <c>dispatch_analyzers.*</c> option with an invalid value, or an unknown <c>dispatch_analyzers.*</c> key (configuration diagnostics take DSP9xx).</summary>
    public const string InvalidOption = "DSP900";

    /// <summary>A dispatch profile (<c>dispatch-profile.json</c>) that cannot be used: malformed, of another format version, or without sites of the compilation's assembly.</summary>
    public const string InvalidProfile = "DSP901";
    // DSP902 is taken by the package's MSBuild warning for an unknown DispatchAnalysisMode (src/Package/build/DispatchAnalyzers.targets).
}
