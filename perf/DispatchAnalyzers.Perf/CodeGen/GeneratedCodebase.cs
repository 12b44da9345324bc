using System.Collections.Generic;
using System.Linq;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>
/// A generated console program: its files (module number <c>-1</c> for the shared ones), the number of modules, and the
/// line that its <c>Main</c> prints before the checksum.
/// </summary>
public sealed class GeneratedCodebase
{
    /// <summary>What <c>Main</c> prints first on its only output line; the checksum follows.</summary>
    public const string ChecksumPrefix = "checksum: ";

    public GeneratedCodebase(int seed, IReadOnlyList<GeneratedFile> files, int modules)
    {
        Seed = seed;
        Files = files;
        Modules = modules;
    }

    public int Seed { get; }

    public IReadOnlyList<GeneratedFile> Files { get; }

    public int Modules { get; }

    public int Lines => Files.Sum(f => CountLines(f.Text));

    /// <summary>The files of one module plus the shared files it compiles against.</summary>
    public IEnumerable<GeneratedFile> ModuleWithShared(int module) => Files.Where(f => f.Module == module || (f.Module < 0 && !f.Path.EndsWith("Program.cs", System.StringComparison.Ordinal)));

    private static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
