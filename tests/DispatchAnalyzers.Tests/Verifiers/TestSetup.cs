using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// What every analyzer and code-fix test shares: .NET 10 reference assemblies (offline), the latest C#, nullable
/// enabled, an analyzer exception (AD0001) as an error, and the project's <c>.editorconfig</c> and <c>.globalconfig</c>.
/// </summary>
internal static class TestSetup
{
    public const string EditorConfigPath = "/.editorconfig";
    public const string GlobalConfigPath = "/.globalconfig";

    /// <summary>Sets the references of <paramref name="test"/>: the .NET 10 reference assemblies, without a download.</summary>
    public static void UseNet100(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
    }

    public static CompilationOptions WithTestDefaults(CompilationOptions options)
        => ((CSharpCompilationOptions)options)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("AD0001", ReportDiagnostic.Error));

    public static ParseOptions WithTestDefaults(ParseOptions options)
        => ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>
    /// Drops the <see cref="ReportDiagnostic.Default"/> entries the library adds for the tested descriptors that are
    /// enabled by default: they change nothing, except that compilation-wide options win over <c>dotnet_diagnostic.*.severity</c>
    /// in the test's <c>.editorconfig</c>, which a user's build honours.
    /// </summary>
    public static Project LetAnalyzerConfigsSetSeverities(Project project, ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var options = project.CompilationOptions!;
        var enabled = descriptors.Where(d => d.IsEnabledByDefault).Select(d => d.Id).ToImmutableHashSet();
        var kept = options.SpecificDiagnosticOptions.Where(o => !(o.Value == ReportDiagnostic.Default && enabled.Contains(o.Key)));
        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(kept));
    }

    /// <summary>
    /// Adds <paramref name="editorConfig"/> (lines under <c>[*.cs]</c> of a root <c>/.editorconfig</c>) and
    /// <paramref name="globalConfig"/> (a <c>/.globalconfig</c>; <c>is_global = true</c> added when missing) to the test state.
    /// </summary>
    public static void AddConfigFiles(SolutionState state, string? editorConfig, string? globalConfig)
    {
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add((EditorConfigPath, "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        if (globalConfig is not null)
        {
            var text = globalConfig.Contains("is_global", System.StringComparison.Ordinal) ? globalConfig : "is_global = true\n" + globalConfig;
            state.AnalyzerConfigFiles.Add((GlobalConfigPath, text + "\n"));
        }
    }
}
