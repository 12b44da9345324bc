using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// Applies a code fix to a source file of the perf project the way an IDE would, with the robustness harness's building blocks:
/// the perf files in a workspace project over the runtime's assemblies, the analyzer's diagnostic, the chosen code
/// action, then simplification and formatting on their annotations.
/// </summary>
internal static class PerfSourceFixer
{
    /// <summary>Reads a file of the perf project, given relative to its folder, with line endings normalised.</summary>
    public static string ReadPerfSource(string relativePath)
    {
        string path = RepositoryPaths.Combine("perf", "DispatchAnalyzers.Perf", relativePath);
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    /// <summary>
    /// Compiles <paramref name="target"/> with <paramref name="otherFiles"/>, takes the single diagnostic that
    /// <paramref name="analyzer"/> reports inside method <paramref name="methodName"/> of the target, applies the action
    /// of <paramref name="fixer"/> with <paramref name="equivalenceKey"/>, and returns the new text of the target.
    /// <paramref name="editorConfig"/> holds lines for <c>[*.cs]</c> of the project's .editorconfig,
    /// <paramref name="globalConfig"/> lines of its global analyzer config.
    /// </summary>
    public static async Task<string> FixAsync(
        DiagnosticAnalyzer analyzer,
        CodeFixProvider fixer,
        string equivalenceKey,
        string target,
        string methodName,
        IEnumerable<string> otherFiles,
        string? editorConfig = null,
        string? globalConfig = null)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, analyzer, target, otherFiles, editorConfig, globalConfig);
        Diagnostic diagnostic = Assert.Single(await InMethodAsync(diagnostics, document, methodName));

        ImmutableArray<CodeAction> actions = await CodeFixRunner.GetActionsAsync(document, diagnostic, fixer);
        CodeAction? action = CodeFixRunner.Select(actions, index: null, equivalenceKey, diagnostic, out string? problem);
        Assert.True(action is not null, problem);

        Solution changed = await CodeFixRunner.ApplyAsync(action, document.Project.Solution);
        var (errors, _) = await CompilationChecks.CompileAsync(changed.GetProject(document.Project.Id)!, default);
        Assert.True(errors.Count == 0, "The fixed code does not compile:\n" + string.Join("\n", errors));
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString().ReplaceLineEndings("\n");
    }

    /// <summary>
    /// Compiles <paramref name="target"/> with <paramref name="otherFiles"/>, applies the Fix All action (document scope)
    /// of <paramref name="fixer"/> with <paramref name="equivalenceKey"/> to every diagnostic <paramref name="analyzer"/>
    /// reports in the target, and returns the new text of the target.
    /// </summary>
    public static async Task<string> FixAllAsync(
        DiagnosticAnalyzer analyzer,
        CodeFixProvider fixer,
        string equivalenceKey,
        string target,
        IEnumerable<string> otherFiles)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, analyzer, target, otherFiles);
        SyntaxTree? tree = await document.GetSyntaxTreeAsync();
        Assert.Contains(diagnostics, d => d.Location.SourceTree == tree);

        var provider = new PrecomputedDiagnosticProvider(document.Project.Id, diagnostics);
        var context = new FixAllContext(document, fixer, FixAllScope.Document, equivalenceKey, fixer.FixableDiagnosticIds, provider, default);
        CodeAction? action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);

        Solution changed = await CodeFixRunner.ApplyAsync(action, document.Project.Solution);
        var (errors, _) = await CompilationChecks.CompileAsync(changed.GetProject(document.Project.Id)!, default);
        Assert.True(errors.Count == 0, "The fixed code does not compile:\n" + string.Join("\n", errors));
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The diagnostics <paramref name="analyzer"/> reports inside method <paramref name="methodName"/> of <paramref name="target"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsInMethodAsync(
        DiagnosticAnalyzer analyzer, string target, string methodName, IEnumerable<string> otherFiles)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await AnalyzeAsync(workspace, analyzer, target, otherFiles);
        return await InMethodAsync(diagnostics, document, methodName);
    }

    private static async Task<(Document Target, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(
        AdhocWorkspace workspace, DiagnosticAnalyzer analyzer, string target, IEnumerable<string> otherFiles, string? editorConfig = null, string? globalConfig = null)
    {
        IEnumerable<(string Path, string Text)> sources = otherFiles.Prepend(target)
            .Select(file => (ProjectBuilder.SourcePath(Path.GetFileName(file)), ReadPerfSource(file)));
        Project project = ProjectBuilder.Create(workspace, sources, editorConfig, globalConfig: globalConfig);
        Document document = project.Documents.Single(d => d.FilePath == ProjectBuilder.SourcePath(Path.GetFileName(target)));

        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(project, [analyzer]);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return (document, diagnostics);
    }

    private static async Task<ImmutableArray<Diagnostic>> InMethodAsync(
        ImmutableArray<Diagnostic> diagnostics, Document document, string methodName)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync())!;
        MethodDeclarationSyntax method = Assert.Single(
            root.DescendantNodes().OfType<MethodDeclarationSyntax>(),
            m => m.Identifier.ValueText == methodName);
        return diagnostics
            .Where(d => d.Location.SourceTree == method.SyntaxTree && method.Span.Contains(d.Location.SourceSpan))
            .ToImmutableArray();
    }
}
