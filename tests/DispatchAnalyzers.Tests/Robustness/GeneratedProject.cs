using System.Linq;
using DispatchAnalyzers.Perf.CodeGen;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>A small generated codebase as a console-application project in its own workspace.</summary>
internal static class GeneratedProject
{
    /// <summary>Two modules of core files and three helper files each, plus the shared files and <c>Program</c>.</summary>
    public static Project Create(int seed, string? editorConfig = null)
    {
        const int perModule = CodebaseGenerator.CoreFilesPerModule + 3;
        var codebase = CodebaseGenerator.Generate(seed, CodebaseGenerator.SharedFiles + 2 * perModule, perModule);
        var sources = codebase.Files.Select(f => (ProjectBuilder.SourcePath(f.Path), f.Text));
        return ProjectBuilder.Create(new AdhocWorkspace(), sources, editorConfig, OutputKind.ConsoleApplication);
    }
}
