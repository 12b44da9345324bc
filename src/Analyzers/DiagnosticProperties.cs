namespace DispatchAnalyzers;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: the contract between analyzers and code fixes.
/// A fixer offers an action only when the analyzer has put the key it needs.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>How the receiver is stored: one of the <see cref="ReceiverKinds"/> values.</summary>
    public const string ReceiverKind = "ReceiverKind";

    /// <summary>Name of the receiver as written (local, parameter or field name; <c>this</c>).</summary>
    public const string ReceiverName = "ReceiverName";

    /// <summary>
    /// Present when hoisting a type check is safe: the documentation-comment IDs (<c>T:Ns.Type</c>) of the concrete types
    /// to test for, separated by <c>;</c>, in the order the fix tests them.
    /// </summary>
    public const string HoistTypes = "HoistTypes";

    /// <summary>Present ("true") when the receiver is a parameter that the "make generic" fix can rewrite.</summary>
    public const string CanMakeGeneric = "CanMakeGeneric";

    /// <summary>"true" when every call site in the compilation passes a value type for the parameter (adds the <c>struct</c> constraint).</summary>
    public const string AllCallersPassStructs = "AllCallersPassStructs";

    /// <summary>
    /// DSP003: present ("true") when the boxed value goes into a local that the fix can declare with the struct's own
    /// type instead of the interface (<see cref="Model.FixEligibility.RetypedLocalType"/>).
    /// </summary>
    public const string CanRetypeLocal = "CanRetypeLocal";

    /// <summary>Concrete types known to reach the receiver, display names separated by <c>, </c> (for messages and tests).</summary>
    public const string ReachingTypes = "ReachingTypes";
}

/// <summary>Values of <see cref="DiagnosticProperties.ReceiverKind"/>.</summary>
public static class ReceiverKinds
{
    public const string Local = "Local";
    public const string Parameter = "Parameter";
    public const string This = "This";
    public const string ReadOnlyField = "ReadOnlyField";
    public const string Field = "Field";
}
