using System.Linq;
using BenchmarkDotNet.Running;
using DispatchAnalyzers.Perf.Cost;

namespace DispatchAnalyzers.Perf;

/// <summary>
/// Entry point: <c>dotnet run -c Release -- --filter '*Dsp001*'</c> runs one rule's benchmarks;
/// <c>dotnet run -c Release -- cost --files 1000 --seed 1</c> measures what the analyzers cost on a generated codebase.
/// </summary>
public static class Program
{
    /// <summary>Runs the cost command, or the benchmarks selected by <paramref name="args"/> under <see cref="BenchmarkConfig"/>.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cost")
        {
            return CostCommand.RunAsync(args.Skip(1).ToArray()).GetAwaiter().GetResult();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
        return 0;
    }
}
