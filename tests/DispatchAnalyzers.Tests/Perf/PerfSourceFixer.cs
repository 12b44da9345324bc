using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Xunit;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// Applies a code fix to a source file of the perf project the way an IDE would: the perf files are loaded into an
/// <see cref="AdhocWorkspace"/> project over the runtime's own assemblies, the analyzer reports, the chosen code action
/// runs, then simplification and formatting on their annotations.
/// </summary>
internal static class PerfSourceFixer
{
    /// <summary>The folder that holds DispatchAnalyzers.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Reads a file of the perf project, given relative to its folder, with line endings normalised.</summary>
    public static string ReadPerfSource(string relativePath)
    {
        string path = Path.Combine(RepoRoot, "perf", "DispatchAnalyzers.Perf", relativePath);
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    /// <summary>
    /// Compiles <paramref name="target"/> with <paramref name="otherFiles"/>, takes the single diagnostic that
    /// <paramref name="analyzer"/> reports inside method <paramref name="methodName"/> of the target, applies the action
    /// of <paramref name="provider"/> with <paramref name="equivalenceKey"/>, and returns the new text of the target.
    /// </summary>
    public static async Task<string> FixAsync(
        DiagnosticAnalyzer analyzer,
        CodeFixProvider provider,
        string equivalenceKey,
        string target,
        string methodName,
        IEnumerable<string> otherFiles)
    {
        using var workspace = new AdhocWorkspace();
        Project project = CreateProject(workspace);
        Document document = project.AddDocument(Path.GetFileName(target), ReadPerfSource(target));
        project = document.Project;
        foreach (string file in otherFiles)
        {
            project = project.AddDocument(Path.GetFileName(file), ReadPerfSource(file)).Project;
        }

        document = project.GetDocument(document.Id)!;
        Compilation compilation = (await project.GetCompilationAsync())!;
        AssertNoErrors(compilation, "before the fix");

        Diagnostic diagnostic = await FindDiagnosticAsync(compilation, analyzer, document, methodName);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        CodeAction chosen = Assert.Single(actions, action => action.EquivalenceKey == equivalenceKey);

        ImmutableArray<CodeActionOperation> operations = await chosen.GetOperationsAsync(CancellationToken.None);
        Solution changed = Assert.IsType<ApplyChangesOperation>(Assert.Single(operations)).ChangedSolution;
        Document fixedDocument = changed.GetDocument(document.Id)!;
        fixedDocument = await Simplifier.ReduceAsync(fixedDocument, Simplifier.Annotation);
        fixedDocument = await Formatter.FormatAsync(fixedDocument, Formatter.Annotation);
        AssertNoErrors((await fixedDocument.Project.GetCompilationAsync())!, "after the fix");
        return (await fixedDocument.GetTextAsync()).ToString().ReplaceLineEndings("\n");
    }

    private static Project CreateProject(AdhocWorkspace workspace)
    {
        var info = ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            name: "DispatchAnalyzers.Perf",
            assemblyName: "DispatchAnalyzers.Perf",
            language: LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: RuntimeReferences());
        return workspace.AddProject(info);
    }

    private static async Task<Diagnostic> FindDiagnosticAsync(
        Compilation compilation, DiagnosticAnalyzer analyzer, Document document, string methodName)
    {
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([analyzer])
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        SyntaxNode root = (await document.GetSyntaxRootAsync())!;
        SyntaxNode method = Assert.Single(
            root.DescendantNodes().OfType<MethodDeclarationSyntax>(),
            m => m.Identifier.ValueText == methodName);
        return Assert.Single(
            diagnostics,
            d => d.Location.SourceTree == method.SyntaxTree && method.Span.Contains(d.Location.SourceSpan));
    }

    private static void AssertNoErrors(Compilation compilation, string when)
    {
        Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, $"Compiler errors {when}:\n{string.Join("\n", errors.Select(e => e.ToString()))}");
    }

    private static IEnumerable<MetadataReference> RuntimeReferences()
    {
        // Only the runtime's own assemblies: the test's output folder also holds the perf assembly, whose types would clash.
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Where(HasMetadata)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
    }

    private static bool HasMetadata(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata;
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DispatchAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DispatchAnalyzers.sln above {AppContext.BaseDirectory}.");
    }
}
