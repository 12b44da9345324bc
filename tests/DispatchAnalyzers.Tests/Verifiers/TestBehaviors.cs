using System;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>Checks a test may turn off, as in Microsoft.CodeAnalysis.Testing.</summary>
[Flags]
public enum TestBehaviors
{
    None = 0,

    /// <summary>Do not check that the sources marked <c>// &lt;auto-generated/&gt;</c> report nothing.</summary>
    SkipGeneratedCodeCheck = 1,

    /// <summary>Do not check that the sources under <c>#pragma warning disable</c> report nothing.</summary>
    SkipSuppressionCheck = 2,
}
