using System.CommandLine;
using System.IO;
using System.Linq;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Cli;

/// <summary><c>dotnet dispatch map &lt;pgo files...&gt; --assemblies &lt;dll...&gt; [--output FILE]</c>: data collected elsewhere.</summary>
internal static class MapCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("pgo-files")
        {
            Description = "PGO text files written by a runtime run with DOTNET_WritePGOData=1 and DOTNET_PGODataPath=FILE.",
            Arity = ArgumentArity.OneOrMore,
        }.AcceptExistingOnly();
        var assemblies = new Option<FileInfo[]>("--assemblies", "-a")
        {
            Description = "The assemblies of the program that produced the data; those with measured methods need a portable or embedded PDB.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        }.AcceptExistingOnly();
        var output = CollectCommand.OutputOption();
        var command = new Command("map", "Maps PGO files collected elsewhere (a server, CI) to source lines and writes a dispatch profile.")
        {
            files, assemblies, output,
        };
        command.SetAction(result =>
        {
            var parsed = MapPipeline.Parse(result.GetValue(files)!.Select(f => f.FullName));
            if (parsed is null)
            {
                return ToolOutput.InputError;
            }

            var opened = MapPipeline.Open(result.GetValue(assemblies)!.Select(f => f.FullName), explicitList: true, skipWithoutPdb: false);
            if (opened is null)
            {
                return ToolOutput.InputError;
            }

            try
            {
                var settings = new CollectionSettings("map", parsed.Count, InstrumentAll: false, []);
                return MapPipeline.MapAndWrite(parsed, opened, result.GetValue(output)!.FullName, settings, parsed.Count, pdbRequired: true);
            }
            finally
            {
                opened.ForEach(a => a.Dispose());
            }
        });
        return command;
    }
}
