using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>How a test project is compiled: language version, output kind, nullable context, analyzer configs, severities.</summary>
public sealed record ProjectSettings(
    LanguageVersion LanguageVersion,
    OutputKind OutputKind,
    NullableContextOptions Nullable,
    string? EditorConfig,
    string? GlobalConfig,
    ImmutableDictionary<string, ReportDiagnostic> SpecificDiagnosticOptions)
{
    /// <summary>A class library, latest C#, nullable enabled, no analyzer configs.</summary>
    public static ProjectSettings Default { get; } = new(
        LanguageVersion.Latest,
        OutputKind.DynamicallyLinkedLibrary,
        NullableContextOptions.Enable,
        EditorConfig: null,
        GlobalConfig: null,
        ImmutableDictionary<string, ReportDiagnostic>.Empty);
}
