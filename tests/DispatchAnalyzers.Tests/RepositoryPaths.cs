using System;
using System.IO;

namespace DispatchAnalyzers.Tests;

/// <summary>Finds files of the repository (docs, release tracking, perf sources) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DispatchAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DispatchAnalyzers.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
}
