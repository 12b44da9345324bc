using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// Metadata references for test compilations: the running runtime's assemblies from <c>TRUSTED_PLATFORM_ASSEMBLIES</c>
/// that live in the shared framework directory (so test code cannot see xunit or Roslyn), filtered to files with
/// metadata, computed once.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Cached = new(Load);

    public static ImmutableArray<MetadataReference> Runtime => Cached.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not set.");
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Where(HasMetadata)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static bool HasMetadata(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            // Native images are not references.
            return false;
        }
    }
}
