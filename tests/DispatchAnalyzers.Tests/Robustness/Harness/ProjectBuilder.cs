using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Builds the one-project solution the harness runs in (what the verifier's tests get from the testing library): an
/// <see cref="AdhocWorkspace"/>, latest C#, nullable enabled, the .NET 10 reference assemblies, documents at
/// <c>/0/Name.cs</c>, and <c>/.editorconfig</c> with the given lines under <c>[*.cs]</c>.
/// </summary>
internal static class ProjectBuilder
{
    public const string ProjectName = "TestProject";
    public const string EditorConfigPath = "/.editorconfig";

    /// <summary>Where the lines for the global analyzer config go (build properties such as <c>build_property.PublishAot</c>).</summary>
    public const string GlobalConfigPath = "/.globalconfig";

    /// <summary>The path of a source named <paramref name="name"/>: names without a directory go to <c>/0/</c>.</summary>
    public static string SourcePath(string name) => name.StartsWith('/') ? name : "/0/" + name;

    public static Project Create(
        AdhocWorkspace workspace,
        IEnumerable<(string Path, string Text)> sources,
        string? editorConfig = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        string? globalConfig = null)
    {
        var projectId = ProjectId.CreateNewId(ProjectName);
        var compilationOptions = new CSharpCompilationOptions(outputKind, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            ProjectName,
            ProjectName,
            LanguageNames.CSharp,
            filePath: "/0/" + ProjectName + ".csproj",
            compilationOptions: compilationOptions,
            parseOptions: parseOptions,
            metadataReferences: Basic.Reference.Assemblies.Net100.References.All));

        foreach (var (path, text) in sources)
        {
            var id = DocumentId.CreateNewId(projectId, path);
            solution = solution.AddDocument(id, System.IO.Path.GetFileName(path), SourceText.From(text, Encoding.UTF8), filePath: path);
        }

        if (editorConfig is not null)
        {
            solution = AddConfig(solution, projectId, EditorConfigPath, "root = true\n\n[*.cs]\n" + editorConfig + "\n");
        }

        if (globalConfig is not null)
        {
            solution = AddConfig(solution, projectId, GlobalConfigPath, "is_global = true\n" + globalConfig + "\n");
        }

        return solution.GetProject(projectId)!;
    }

    private static Solution AddConfig(Solution solution, ProjectId projectId, string path, string content)
        => solution.AddAnalyzerConfigDocuments(ImmutableArray.Create(DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, path),
            System.IO.Path.GetFileName(path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(content, Encoding.UTF8), VersionStamp.Create())),
            filePath: path)));
}
