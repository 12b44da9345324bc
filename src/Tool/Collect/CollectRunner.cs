using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DispatchAnalyzers.Tool.Cli;

namespace DispatchAnalyzers.Tool.Collect;

/// <summary>The outcome of the runs: the dumps found, how many runs produced one, and the first failing exit code.</summary>
internal sealed record CollectedRuns(List<string> Files, int RunsWithData, int ExitCode);

/// <summary>
/// Runs a command N times with the PGO settings and a data path unique to each run, then finds every file the process
/// tree wrote under the working folder (a relative path: each process writes beside its own working directory, so a
/// test host's data is not overwritten by the CLI that started it) and moves it into <paramref name="scratch"/>.
/// </summary>
internal sealed class CollectRunner(string workingDirectory, string scratch)
{
    public CollectedRuns Run(IReadOnlyList<string> command, int runs, IReadOnlyList<string> settings)
    {
        var files = new List<string>();
        var runsWithData = 0;
        var session = Guid.NewGuid().ToString("N")[..8];
        for (var run = 1; run <= runs; run++)
        {
            var dataFile = $"dispatch-pgo-{session}-{run}.txt";
            var variables = settings.Append($"{PgoEnvironment.DataPathVariable}={dataFile}").ToList();
            var watch = Stopwatch.StartNew();
            var exitCode = Start(command, variables);
            var found = Found(dataFile, run);
            files.AddRange(found);
            runsWithData += found.Count > 0 ? 1 : 0;
            var size = found.Sum(f => new FileInfo(f).Length);
            ToolOutput.Info($"run {run}/{runs}: exit code {exitCode}, {found.Count} PGO file(s) ({size / 1024.0:F0} KB) in {watch.Elapsed.TotalSeconds:F1} s");
            if (exitCode != 0)
            {
                return new CollectedRuns(files, runsWithData, exitCode);
            }
        }

        return new CollectedRuns(files, runsWithData, 0);
    }

    private int Start(IReadOnlyList<string> command, List<string> variables)
    {
        var (arguments, viaOption) = PgoEnvironment.Command(command, variables);
        var start = new ProcessStartInfo(arguments[0]) { UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        if (!viaOption)
        {
            foreach (var variable in variables)
            {
                var equals = variable.IndexOf('=', StringComparison.Ordinal);
                start.Environment[variable[..equals]] = variable[(equals + 1)..];
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {arguments[0]}");
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>
    /// The run's files, once complete: a child process (a test host) can still be writing when the command itself has
    /// exited, so each file is awaited until it ends with the runtime's trailer (at most <see cref="CompletionTimeout"/>;
    /// a file still incomplete then is left to the parser, which names it).
    /// </summary>
    private List<string> Found(string dataFile, int run)
    {
        var found = Glob.Files(workingDirectory).Where(f => Path.GetFileName(f) == dataFile).Order(StringComparer.Ordinal).ToList();
        var deadline = Stopwatch.StartNew();
        while (found.Any(f => !IsComplete(f)) && deadline.Elapsed < CompletionTimeout)
        {
            System.Threading.Thread.Sleep(200);
        }

        var moved = new List<string>();
        foreach (var file in found)
        {
            // Named after the run and the folder it was written in, so a parse error still says where it came from.
            var folder = Path.GetRelativePath(workingDirectory, Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '_');
            var target = Path.Combine(scratch, $"run{run}-{moved.Count + 1}-{(folder == "." ? "cwd" : folder)}.txt");
            File.Move(file, target);
            moved.Add(target);
        }

        return moved;
    }

    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(30);

    private static bool IsComplete(string file)
    {
        const string trailer = "*** END PGO Data ***";
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = (int)Math.Min(stream.Length, 64);
        stream.Seek(-length, SeekOrigin.End);
        var buffer = new byte[length];
        stream.ReadExactly(buffer);
        return System.Text.Encoding.ASCII.GetString(buffer).TrimEnd().EndsWith(trailer, StringComparison.Ordinal);
    }
}
