using System.Collections.Generic;

namespace DispatchAnalyzers.Tool.Collect;

/// <summary>The runtime settings <c>collect</c> runs a command with.</summary>
internal static class PgoEnvironment
{
    public const string DataPathVariable = "DOTNET_PGODataPath";

    /// <summary>The settings recorded in the profile (the per-run data path is left out: it differs every time).</summary>
    public static List<string> Settings(bool instrumentAll)
    {
        var settings = new List<string>
        {
            "DOTNET_WritePGOData=1",
            "DOTNET_TieredPGO=1",

            // Block counts instead of the default spanning-tree edge counts: one count per block, no reconstruction.
            "DOTNET_JitEdgeProfiling=0",

            // dotnet test kills its test host 100 ms after the session by default, before a large dump is written.
            "VSTEST_TESTHOST_SHUTDOWN_TIMEOUT=60000",
        };
        if (instrumentAll)
        {
            // Instrument methods without loops too, and start call counting at once so short programs get there.
            settings.Add("DOTNET_TieredPGO_InstrumentOnlyHotCode=0");
            settings.Add("DOTNET_TC_CallCountingDelayMs=0");
        }

        return settings;
    }

    /// <summary>
    /// The command to start: <c>dotnet run</c> gets the variables through its <c>-e</c> option so that only the program
    /// writes data (the CLI would otherwise overwrite the file when it exits after the program, in the same folder).
    /// </summary>
    public static (List<string> Command, bool ViaDotnetRunOption) Command(IReadOnlyList<string> command, IReadOnlyList<string> variables)
    {
        var result = new List<string>(command);
        var isDotnetRun = command.Count > 1 && System.IO.Path.GetFileNameWithoutExtension(command[0]) == "dotnet" && command[1] == "run";
        if (!isDotnetRun)
        {
            return (result, false);
        }

        var insert = new List<string>();
        foreach (var variable in variables)
        {
            insert.Add("-e");
            insert.Add(variable);
        }

        result.InsertRange(2, insert);
        return (result, true);
    }
}
