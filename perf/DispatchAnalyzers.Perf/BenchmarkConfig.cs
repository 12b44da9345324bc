using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace DispatchAnalyzers.Perf;

/// <summary>
/// The configuration every benchmark runs under: the same code with Dynamic PGO on (the .NET default) and off (closest
/// to NativeAOT, where no profile guides devirtualization). Ratios compare each benchmark with the baseline of its own
/// category in the same job.
/// </summary>
internal static class BenchmarkConfig
{
    /// <summary>Builds the configuration.</summary>
    public static IConfig Create()
    {
        Job pgo = Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("PGO");
        Job noPgo = pgo.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredPGO", "0")).WithId("NoPGO");
        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(pgo, noPgo)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByJob);
    }
}
