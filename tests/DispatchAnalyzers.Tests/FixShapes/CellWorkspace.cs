using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>
/// The in-memory project every fix-shape cell compiles in: a console program against the running net10.0 framework
/// (one shared set of references), nullable enabled, unsafe allowed, latest language, and an .editorconfig.
/// </summary>
internal static class CellWorkspace
{
    private const string Folder = "/cell/";

    /// <summary>A new workspace holding one project with <c>Program.cs</c>, the given .editorconfig lines and global config lines.</summary>
    public static (AdhocWorkspace Workspace, Project Project) Create(string source, string editorConfig, string globalConfig)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var info = ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Cell",
            "Cell",
            LanguageNames.CSharp,
            filePath: Folder + "Cell.csproj",
            compilationOptions: new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                optimizationLevel: OptimizationLevel.Release),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References);
        var solution = workspace.CurrentSolution
            .AddProject(info)
            .AddDocument(DocumentId.CreateNewId(projectId), "Program.cs", SourceText.From(source), filePath: Folder + "Program.cs")
            .AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId),
                ".editorconfig",
                SourceText.From("root = true\n\n[*.cs]\n" + editorConfig + "\n"),
                filePath: Folder + ".editorconfig")
            .AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId),
                ".globalconfig",
                SourceText.From("is_global = true\n" + globalConfig + "\n"),
                filePath: Folder + ".globalconfig");
        return (workspace, solution.GetProject(projectId)!);
    }

    /// <summary>
    /// The framework assemblies the cell programs use, taken from the trusted platform assemblies of the runtime the
    /// tests run on (net10.0). A short list: each compilation binds every reference it is given, and the corpus
    /// compiles hundreds of programs.
    /// </summary>
    private static readonly string[] FrameworkAssemblies =
    {
        "System.Private.CoreLib", "System.Runtime", "System.Console", "System.Collections", "System.Linq", "System.Memory",
        "System.Threading", "System.Threading.Tasks",
    };

    private static readonly ImmutableArray<MetadataReference> References = FrameworkReferences();

    private static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal)
                && FrameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(path)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
