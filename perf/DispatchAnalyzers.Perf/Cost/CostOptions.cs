using System;
using System.Globalization;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>
/// Arguments of the <c>cost</c> command: <c>--files N --seed S --iterations K [--scope all|nested|marked] [--edits E] [--concurrent]</c>.
/// <c>--edits 0</c> skips the per-edit measurement, <c>--iterations 0</c> the batch one; <c>--dsp-only</c> runs only the
/// DSP analyzers (once to jit them, then <c>--iterations</c> times, at least once) and prints their times.
/// <c>--cold-edits</c>: the DSP analyzers never see the unedited compilation before the edits (see <see cref="EditLatency"/>).
/// </summary>
public sealed record CostOptions(int Files, int Seed, int Iterations, bool Concurrent, string? Scope, int Edits, bool DispatchOnly, bool ColdEdits = false)
{
    private const string Usage = "Usage: cost [--files 1000] [--seed 1] [--iterations 3] [--scope all|nested|marked] [--edits 5] [--cold-edits] [--concurrent] [--dsp-only]";

    public static CostOptions Parse(string[] args)
    {
        var options = new CostOptions(Files: 1000, Seed: 1, Iterations: 3, Concurrent: false, Scope: null, Edits: 5, DispatchOnly: false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--files" => options with { Files = Number(args, ++i, minimum: 1) },
                "--seed" => options with { Seed = Number(args, ++i, minimum: 1) },
                "--iterations" => options with { Iterations = Number(args, ++i, minimum: 0) },
                "--edits" => options with { Edits = Number(args, ++i, minimum: 0) },
                "--scope" => options with { Scope = ScopeValue(args, ++i) },
                "--concurrent" => options with { Concurrent = true },
                "--dsp-only" => options with { DispatchOnly = true },
                "--cold-edits" => options with { ColdEdits = true },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}"),
            };
        }

        return options;
    }

    private static int Number(string[] args, int index, int minimum)
        => index < args.Length && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"'{args[index - 1]}' needs a number of at least {minimum}. {Usage}");

    private static string ScopeValue(string[] args, int index)
        => index < args.Length && args[index] is "all" or "nested" or "marked"
            ? args[index]
            : throw new ArgumentException($"'--scope' needs all, nested or marked. {Usage}");
}
