using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace DispatchAnalyzers.Tool.Tests;

/// <summary>
/// Builds TestProgram (known dispatch, sites marked with "site:" comments) in a temporary folder once, and captures
/// one raw PGO dump of it with the installed runtime.
/// </summary>
public sealed class TestProgramFixture : IDisposable
{
    public TestProgramFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("dispatch-e2e-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestProgram")))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }

        // Keep the repository's Directory.Build.* files (and their analyzers) out of the build.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />");
        Build("out", "portable");
        Assembly = Path.Combine(Directory, "out", "TestProgram.dll");
        RawDump = Path.Combine(Directory, "raw-dump.txt");
        var run = ToolProcess.Run(Directory, "dotnet", [Assembly], new Dictionary<string, string>
        {
            ["DOTNET_WritePGOData"] = "1",
            ["DOTNET_PGODataPath"] = RawDump,
            ["DOTNET_JitEdgeProfiling"] = "0",
            ["DOTNET_TieredPGO_InstrumentOnlyHotCode"] = "0",
            ["DOTNET_TC_CallCountingDelayMs"] = "0",
        });
        Assert.True(run.ExitCode == 0 && File.Exists(RawDump), run.ToString());
    }

    public string Directory { get; }

    public string Assembly { get; }

    public string Source => Path.Combine(Directory, "Program.cs");

    /// <summary>A dump written by the runtime itself, without the tool.</summary>
    public string RawDump { get; }

    /// <summary>The 1-based line of the comment <c>// site: <paramref name="marker"/></c>.</summary>
    public int LineOf(string marker) =>
        Array.FindIndex(File.ReadAllLines(Source), l => l.EndsWith("// site: " + marker, StringComparison.Ordinal)) + 1;

    /// <summary>Builds the program into <paramref name="output"/> with the given <c>DebugType</c> (not incrementally: a
    /// changed <c>DebugType</c> alone does not make MSBuild compile again).</summary>
    public string Build(string output, string debugType)
    {
        var build = ToolProcess.Run(Directory, "dotnet", ["build", "TestProgram.csproj", "-c", "Release", "-o", output, "-p:DebugType=" + debugType, "--no-incremental", "--nologo", "-v", "q"], new Dictionary<string, string>());
        Assert.True(build.ExitCode == 0, build.ToString());
        return Path.Combine(Directory, output, "TestProgram.dll");
    }

    /// <summary>A fresh folder for one test's outputs.</summary>
    public string Scratch() => System.IO.Directory.CreateDirectory(Path.Combine(Directory, "t-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
