using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DispatchAnalyzers.Tests.Rules.DSP005;

/// <summary>
/// DSP005 on a plain workspace project, for what the verifier does not express: which actions the fixer registers
/// (a "not offered" test must see that no action with the key exists, not only that the code is unchanged) and options
/// that come from a global AnalyzerConfig (<c>build_property.PublishAot</c>).
/// </summary>
internal static class InterfaceCollectionEnumerationWorkspace
{
    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    /// <summary>The DSP005 diagnostics of <paramref name="source"/>; the source must compile without errors.</summary>
    public static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(
        AdhocWorkspace workspace, string source, string editorConfig, string? globalConfig = null)
    {
        var project = workspace.CurrentSolution
            .AddProject("Dsp005Test", "Dsp005Test", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(References);
        var document = project.AddDocument("Test0.cs", SourceText.From(source), filePath: "/0/Test0.cs");
        project = document.Project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From("root = true\n\n[*.cs]\n" + editorConfig + "\n"), filePath: "/0/.editorconfig").Project;
        if (globalConfig is not null)
        {
            project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From("is_global = true\n" + globalConfig + "\n"), filePath: "/0/.globalconfig").Project;
        }

        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new InterfaceCollectionEnumerationAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return (project.GetDocument(document.Id)!, diagnostics);
    }

    /// <summary>Every action the fixer registers for the DSP005 diagnostics of <paramref name="source"/> (at least one diagnostic required).</summary>
    public static async Task<ImmutableArray<CodeAction>> ActionsAsync(string source, string editorConfig)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, source, editorConfig);
        Assert.NotEmpty(diagnostics);
        var fixer = new InterfaceCollectionEnumerationCodeFixProvider();
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        return actions.ToImmutableArray();
    }
}
