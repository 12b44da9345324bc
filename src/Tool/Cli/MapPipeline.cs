using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DispatchAnalyzers.Tool.Mapping;
using DispatchAnalyzers.Tool.Metadata;
using DispatchAnalyzers.Tool.Pgo;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Cli;

/// <summary>The steps <c>map</c> and <c>collect</c> share: parse dumps, open assemblies, map, write the profile.</summary>
internal static class MapPipeline
{
    /// <summary>Parses every dump first, so a malformed one stops the run before anything is written.</summary>
    public static List<PgoFile>? Parse(IEnumerable<string> paths)
    {
        var files = new List<PgoFile>();
        foreach (var path in paths)
        {
            try
            {
                files.Add(PgoTextParser.ParseFile(path));
            }
            catch (PgoFormatException e)
            {
                ToolOutput.Fail($"{e.File}, line {e.Line}: {e.Problem}. No profile was written.");
                return null;
            }
            catch (IOException e)
            {
                ToolOutput.Fail($"cannot read PGO file {path}: {e.Message}. No profile was written.");
                return null;
            }
        }

        return files;
    }

    /// <summary>Opens assemblies; with <paramref name="explicitList"/> a file that is missing or not a .NET assembly is
    /// an error, otherwise it is skipped, and so are assemblies without a PDB with <paramref name="skipWithoutPdb"/>.</summary>
    public static List<AssemblyIndex>? Open(IEnumerable<string> paths, bool explicitList, bool skipWithoutPdb)
    {
        var opened = new List<AssemblyIndex>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(path))
            {
                return Close(opened, $"assembly {path} does not exist");
            }

            var assembly = AssemblyIndex.TryOpen(path);
            if (assembly is null)
            {
                if (explicitList)
                {
                    return Close(opened, $"{path} is not a .NET assembly");
                }

                continue;
            }

            if (assembly.Pdb is null && skipWithoutPdb)
            {
                assembly.Dispose();
                continue;
            }

            opened.Add(assembly);
        }

        return opened;
    }

    /// <summary>
    /// Maps and writes the profile; returns the exit code. Measured methods in an assembly without a PDB are an error
    /// with <paramref name="pdbRequired"/> (nothing is written), otherwise a warning.
    /// </summary>
    public static int MapAndWrite(
        IReadOnlyList<PgoFile> files, IReadOnlyList<AssemblyIndex> assemblies, string output, CollectionSettings settings, int runs, bool pdbRequired)
    {
        var watch = Stopwatch.StartNew();
        var result = ProfileMapper.Map(files, assemblies, output, settings, runs);
        foreach (var warning in result.Warnings)
        {
            ToolOutput.Warn(warning);
        }

        foreach (var name in result.AssembliesWithoutPdb)
        {
            var message = $"assembly {name} has measured methods but no portable PDB, so its call sites cannot be located in the source. " +
                "Set <DebugType>portable</DebugType> (or embedded) in its project and rebuild";
            if (pdbRequired)
            {
                return ToolOutput.Fail(message + ". No profile was written.");
            }

            ToolOutput.Warn(message + "; its sites are left out.");
        }

        AtomicFile.Write(output, stream => ProfileJsonWriter.Write(result.Profile, stream));
        var mapping = result.Profile.Mapping;
        ToolOutput.Info(
            $"{output}: {result.Profile.Sites.Count} sites ({result.Profile.Sites.Count(s => s.Targets.Count > 1)} polymorphic) from " +
            $"{files.Count} PGO file(s); methods: {mapping.MethodsInData} in data, {mapping.MethodsMapped} mapped, " +
            $"{mapping.MethodsStale} from another build, {mapping.MethodsAmbiguous} ambiguous, {mapping.MethodsWithoutPdb} without PDB; " +
            $"mapped in {watch.Elapsed.TotalSeconds:F2} s.");
        return 0;
    }

    private static List<AssemblyIndex>? Close(List<AssemblyIndex> opened, string message)
    {
        opened.ForEach(a => a.Dispose());
        ToolOutput.Fail(message + ". No profile was written.");
        return null;
    }
}
