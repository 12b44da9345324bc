using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using DispatchAnalyzers.Perf.CodeGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>Parses a generated codebase and builds compilations of it the way the SDK would (console app, nullable, latest C#).</summary>
public static class GeneratedCompilation
{
    public static ImmutableArray<SyntaxTree> Parse(GeneratedCodebase codebase, CancellationToken cancellationToken = default)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return codebase.Files
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), options, "/gen/" + f.Path, cancellationToken))
            .ToImmutableArray();
    }

    /// <summary>
    /// The same files parsed again: every measured run gets trees nothing has seen, as a build does (a cache an analyzer
    /// keeps per tree would otherwise make every run after the first look cheaper than a build).
    /// </summary>
    public static ImmutableArray<SyntaxTree> Fresh(ImmutableArray<SyntaxTree> trees)
        => trees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)).ToImmutableArray();

    /// <summary>
    /// Makes what the compiler makes before any analyzer runs, in a build or in the IDE: the compilation's source assembly
    /// (references bound, declarations merged). Without it, the first analyzer to touch a fresh compilation is charged with
    /// the compiler's own setup (a quarter of a second on 1,000 files), whichever analyzer that is.
    /// </summary>
    public static T Prime<T>(T compilation)
        where T : Compilation
    {
        _ = compilation.Assembly.GlobalNamespace;
        return compilation;
    }

    /// <summary>A compilation of the trees; <paramref name="enabled"/> diagnostic IDs are raised to warnings (CA1859 is off by default in some SDKs).</summary>
    public static CSharpCompilation Create(ImmutableArray<SyntaxTree> trees, bool concurrentBuild, params string[] enabled)
        => CSharpCompilation.Create(
            "Generated",
            trees,
            RuntimeReferences.All,
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release,
                concurrentBuild: concurrentBuild,
                deterministic: true)
            .WithSpecificDiagnosticOptions(enabled.Select(id => new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Warn))));
}
