using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// Builds the one-project solution a test runs in: an <see cref="AdhocWorkspace"/>, documents at <c>/0/Name.cs</c>,
/// <c>/.editorconfig</c> with the test's text under <c>[*.cs]</c>, and <c>/.globalconfig</c> (<c>is_global = true</c>).
/// </summary>
public static class ProjectBuilder
{
    public const string ProjectName = "TestProject";
    public const string EditorConfigPath = "/.editorconfig";
    public const string GlobalConfigPath = "/.globalconfig";

    /// <summary>The path of a source named <paramref name="name"/>: names without a directory go to <c>/0/</c>.</summary>
    public static string SourcePath(string name) => name.StartsWith('/') ? name : "/0/" + name;

    public static Project Create(AdhocWorkspace workspace, ProjectSettings settings, IEnumerable<(string Path, string Text)> sources)
    {
        var projectId = ProjectId.CreateNewId(ProjectName);
        var compilationOptions = new CSharpCompilationOptions(
                settings.OutputKind,
                allowUnsafe: true,
                nullableContextOptions: settings.Nullable)
            .WithSpecificDiagnosticOptions(settings.SpecificDiagnosticOptions);
        var parseOptions = new CSharpParseOptions(settings.LanguageVersion, DocumentationMode.Diagnose);
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            ProjectName,
            ProjectName,
            LanguageNames.CSharp,
            filePath: "/0/" + ProjectName + ".csproj",
            compilationOptions: compilationOptions,
            parseOptions: parseOptions,
            metadataReferences: ReferenceAssemblies.Runtime));

        foreach (var (path, text) in sources)
        {
            var id = DocumentId.CreateNewId(projectId, path);
            solution = solution.AddDocument(id, System.IO.Path.GetFileName(path), SourceText.From(text, Encoding.UTF8), filePath: path);
        }

        var configs = new List<DocumentInfo>();
        if (settings.EditorConfig is { } editorConfig)
        {
            configs.Add(ConfigDocument(projectId, EditorConfigPath, "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        if (settings.GlobalConfig is { } globalConfig)
        {
            var text = globalConfig.Contains("is_global", System.StringComparison.Ordinal) ? globalConfig : "is_global = true\n" + globalConfig;
            configs.Add(ConfigDocument(projectId, GlobalConfigPath, text + "\n"));
        }

        solution = solution.AddAnalyzerConfigDocuments(configs.ToImmutableArray());
        return solution.GetProject(projectId)!;
    }

    private static DocumentInfo ConfigDocument(ProjectId projectId, string path, string text)
        => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, path),
            System.IO.Path.GetFileName(path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create())),
            filePath: path);
}
