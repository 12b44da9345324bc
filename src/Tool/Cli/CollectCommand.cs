using System;
using System.Collections.Generic;
using System.CommandLine;
using System.ComponentModel;
using System.IO;
using System.Linq;
using DispatchAnalyzers.Tool.Collect;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Cli;

/// <summary><c>dotnet dispatch collect [--runs N] [--output FILE] [--assemblies GLOB...] [--instrument-all] -- command</c>.</summary>
internal static class CollectCommand
{
    public const string DefaultOutput = "dispatch-profile.json";

    public static Option<FileInfo> OutputOption() => new Option<FileInfo>("--output", "-o")
    {
        Description = "Where to write the dispatch profile.",
        DefaultValueFactory = _ => new FileInfo(DefaultOutput),
    }.AcceptLegalFilePathsOnly();

    public static Command Create()
    {
        var runs = new Option<int>("--runs", "-n") { Description = "How many times to run the command; the data of all runs is merged.", DefaultValueFactory = _ => 1 };
        runs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100)
            {
                r.AddError("--runs must be between 1 and 100.");
            }
        });
        var output = OutputOption();
        var assemblies = new Option<string[]>("--assemblies", "-a")
        {
            Description = "Assemblies to map into, as files or patterns (*, **, ?) relative to the current folder. " +
                "Default: every .dll with a PDB under the current folder (obj/ excluded) and beside a .dll the command names.",
            AllowMultipleArgumentsPerToken = true,
        };
        var instrumentAll = new Option<bool>("--instrument-all")
        {
            Description = "Also instrument methods without loops, from their first calls (DOTNET_TieredPGO_InstrumentOnlyHotCode=0, " +
                "DOTNET_TC_CallCountingDelayMs=0): for short programs, at some cost in speed.",
        };
        var command = new Argument<string[]>("command")
        {
            Description = "The command to run, after --, e.g. -- dotnet test, -- ./bin/Release/net10.0/App, -- dotnet run -c Release.",
            Arity = ArgumentArity.OneOrMore,
        };
        var collect = new Command("collect", "Runs a command with the runtime's PGO instrumentation on, then maps the data it wrote into a dispatch profile.")
        {
            runs, output, assemblies, instrumentAll, command,
        };
        collect.SetAction(result => Execute(
            result.GetValue(command)!, result.GetValue(runs), result.GetValue(output)!.FullName, result.GetValue(assemblies) ?? [], result.GetValue(instrumentAll)));
        return collect;
    }

    private static int Execute(string[] command, int runs, string output, string[] assemblyPatterns, bool instrumentAll)
    {
        var scratch = Directory.CreateTempSubdirectory("dispatch-collect-").FullName;
        try
        {
            var settings = PgoEnvironment.Settings(instrumentAll);
            CollectedRuns collected;
            try
            {
                collected = new CollectRunner(Environment.CurrentDirectory, scratch).Run(command, runs, settings);
            }
            catch (Win32Exception e)
            {
                return ToolOutput.Fail($"cannot start '{command[0]}': {e.Message}");
            }

            if (collected.Files.Count == 0)
            {
                ToolOutput.Fail("the command wrote no PGO data, so no profile was written. Was it a .NET program, and did it exit normally (not killed)?" +
                    (instrumentAll ? string.Empty : " A short program may end before its methods are instrumented: try --instrument-all."));
                return collected.ExitCode != 0 ? collected.ExitCode : ToolOutput.InputError;
            }

            if (collected.ExitCode != 0)
            {
                ToolOutput.Warn($"the command failed with exit code {collected.ExitCode}; writing the profile from the {collected.RunsWithData} run(s) that wrote data.");
            }

            var code = Map(collected, output, assemblyPatterns, command, new CollectionSettings("collect", runs, instrumentAll, settings));
            return collected.ExitCode != 0 ? collected.ExitCode : code;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static int Map(CollectedRuns collected, string output, string[] patterns, string[] command, CollectionSettings settings)
    {
        var parsed = MapPipeline.Parse(collected.Files);
        if (parsed is null)
        {
            return ToolOutput.InputError;
        }

        var cwd = Environment.CurrentDirectory;
        IEnumerable<string> candidates = patterns.Length > 0
            ? patterns.SelectMany(p => Glob.Expand(p, cwd))
            : Glob.Files(cwd).Concat(command.Where(t => t.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(t))
                    .SelectMany(t => Glob.Files(Path.GetDirectoryName(Path.GetFullPath(t))!)))
                .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        var opened = MapPipeline.Open(candidates.Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal), explicitList: false, skipWithoutPdb: patterns.Length == 0);
        if (opened is null)
        {
            return ToolOutput.InputError;
        }

        try
        {
            return MapPipeline.MapAndWrite(parsed, opened, output, settings, collected.RunsWithData, pdbRequired: false);
        }
        finally
        {
            opened.ForEach(a => a.Dispose());
        }
    }
}
