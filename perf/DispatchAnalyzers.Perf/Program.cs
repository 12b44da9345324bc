using BenchmarkDotNet.Running;

namespace DispatchAnalyzers.Perf;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*Dsp001*'</c> runs one rule's benchmarks.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/> under <see cref="BenchmarkConfig"/>.</summary>
    public static void Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
    }
}
