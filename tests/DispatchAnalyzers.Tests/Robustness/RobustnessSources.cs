using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DispatchAnalyzers.Perf.CodeGen;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// The sources variants are derived from: two small modules of a generated codebase (kernel files weighted up), the
/// sample project when it exists, and every C# input of the rule tests (<see cref="RuleTestInputs"/>).
/// </summary>
internal static class RobustnessSources
{
    /// <summary>Files of each generated module: the core files and three helper files.</summary>
    public const int GeneratedFilesPerModule = CodebaseGenerator.CoreFilesPerModule + 3;

    public static ImmutableArray<SourceSet> Load(int seed)
    {
        var sets = new List<SourceSet>();
        var codebase = CodebaseGenerator.Generate(seed, CodebaseGenerator.SharedFiles + 2 * GeneratedFilesPerModule, GeneratedFilesPerModule);
        for (var module = 0; module < codebase.Modules; module++)
        {
            var files = codebase.ModuleWithShared(module).Select(f => (f.Path, f.Text)).ToImmutableArray();
            // The entry file only calls the others (and binds slowly); the shared files are trivial.
            var targets = Enumerable.Range(0, files.Length)
                .Where(i => !files[i].Path.StartsWith("Common/", StringComparison.Ordinal) && !files[i].Path.EndsWith("Module.cs", StringComparison.Ordinal))
                .ToImmutableArray();
            var weights = targets.Select(i => Weight(files[i].Path)).ToImmutableArray();
            sets.Add(new SourceSet($"generated module {module} (seed {seed})", files, targets, weights));
        }

        var sample = RepositoryPaths.Combine("samples", "DispatchDemo");
        var sampleFiles = Directory.Exists(sample)
            ? Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (Path.GetRelativePath(sample, p).Replace('\\', '/'), File.ReadAllText(p)))
                .ToImmutableArray()
            : ImmutableArray<(string, string)>.Empty;
        if (!sampleFiles.IsEmpty)
        {
            var all = Enumerable.Range(0, sampleFiles.Length).ToImmutableArray();
            sets.Add(new SourceSet("samples/DispatchDemo", sampleFiles, all, all.Select(_ => 2).ToImmutableArray()));
        }

        foreach (var (name, text) in RuleTestInputs.Load())
        {
            sets.Add(new SourceSet(name, ImmutableArray.Create(("Input.cs", text)), ImmutableArray.Create(0), ImmutableArray.Create(1)));
        }

        return sets.ToImmutableArray();
    }

    /// <summary>Kernels have the loops the rules look at; contracts and implementations decide what they report.</summary>
    private static int Weight(string path)
        => path.Contains("Kernels", StringComparison.Ordinal) ? 8
            : path.Contains("Implementations", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith('I') ? 3
            : 1;
}
