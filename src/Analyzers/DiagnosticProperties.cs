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

    /// <summary>DSP002: how the iterated collection is stored, one of the <see cref="CollectionKinds"/> values.</summary>
    public const string CollectionKind = "CollectionKind";

    /// <summary>DSP002: the name of the collection's local, parameter, field or property.</summary>
    public const string CollectionName = "CollectionName";

    /// <summary>DSP002: what showed the collection mixed, one of the <see cref="MixedEvidenceKinds"/> values.</summary>
    public const string Evidence = "Evidence";

    /// <summary>
    /// DSP002: present when splitting the collection into one list per concrete type is safe: the documentation-comment
    /// IDs of the sealed types, <c>;</c>-separated, in the order the new lists are declared and iterated.
    /// </summary>
    public const string SplitTypes = "SplitTypes";
}

/// <summary>Values of <see cref="DiagnosticProperties.CollectionKind"/>.</summary>
public static class CollectionKinds
{
    public const string Local = "Local";
    public const string Parameter = "Parameter";
    public const string Field = "Field";
    public const string Property = "Property";
}

/// <summary>Values of <see cref="DiagnosticProperties.Evidence"/>.</summary>
public static class MixedEvidenceKinds
{
    /// <summary>Two or more concrete types are stored into the collection.</summary>
    public const string Stores = "Stores";

    /// <summary>Nothing is known of the stores; the element type has two or more implementations in the compilation.</summary>
    public const string Implementations = "Implementations";
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
