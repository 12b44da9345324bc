using System;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>What parts of a <see cref="DiagnosticResult"/> the comparison ignores.</summary>
[Flags]
public enum DiagnosticOptions
{
    None = 0,

    /// <summary>Only the primary location is compared (markup expectations use this).</summary>
    IgnoreAdditionalLocations = 1,

    /// <summary>The severity is not compared (markup expectations use this).</summary>
    IgnoreSeverity = 2,
}
