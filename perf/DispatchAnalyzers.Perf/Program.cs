using System;
using System.Linq;
using BenchmarkDotNet.Running;
using DispatchAnalyzers.Perf.Cost;

namespace DispatchAnalyzers.Perf;

/// <summary>
/// Entry point: <c>cost [--files 1000] [--seed 1]</c> measures analyzer cost on a generated codebase; anything else
/// goes to BenchmarkDotNet (<c>--filter '*Dsp001*'</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cost")
        {
            return CostCommand.RunAsync(args.Skip(1).ToArray()).GetAwaiter().GetResult();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
