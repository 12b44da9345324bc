using System;
using System.Globalization;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>Arguments of the <c>cost</c> command: <c>--files N --seed S --iterations K [--concurrent]</c>.</summary>
public sealed record CostOptions(int Files, int Seed, int Iterations, bool Concurrent)
{
    public static CostOptions Parse(string[] args)
    {
        var options = new CostOptions(Files: 1000, Seed: 1, Iterations: 3, Concurrent: false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--files" => options with { Files = Number(args, ++i) },
                "--seed" => options with { Seed = Number(args, ++i) },
                "--iterations" => options with { Iterations = Math.Max(1, Number(args, ++i)) },
                "--concurrent" => options with { Concurrent = true },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: cost [--files 1000] [--seed 1] [--iterations 3] [--concurrent]"),
            };
        }

        return options;
    }

    private static int Number(string[] args, int index)
        => index < args.Length && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{args[index - 1]}' needs a positive number.");
}
