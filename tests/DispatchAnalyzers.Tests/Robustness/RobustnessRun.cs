using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Runs variants 0 to <c>count - 1</c> of a seed on all processors, each under its own time limit: past the limit its
/// token is cancelled (a timeout failure); if the work still has not returned after a grace period, it ignores
/// cancellation (a hang failure) and the run moves on without it.
/// </summary>
internal static class RobustnessRun
{
    /// <param name="grace">How long after the time limit a variant that ignores its cancelled token counts as hung.</param>
    /// <param name="wholeCompilationEvery">One variant in this many is analysed (and fixed) as a whole compilation.</param>
    public static async Task<RobustnessReport> RunAsync(
        RobustnessTargets targets, int seed, int count, TimeSpan timeout, TimeSpan grace, int maxAppliedDiagnostics, int wholeCompilationEvery = 25, int maxFailures = 10)
    {
        var stopwatch = Stopwatch.StartNew();
        var sets = RobustnessSources.Load(seed);
        var runner = new VariantRunner(targets, maxAppliedDiagnostics);
        var failures = new ConcurrentQueue<(Variant, string)>();
        int done = 0, withDiagnostics = 0, diagnostics = 0, offered = 0, applied = 0, fixAlls = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), options, async (index, _) =>
        {
            // Enough failures to work on: the rest of the run would only repeat them.
            if (failures.Count >= maxFailures)
            {
                return;
            }

            var variant = Variant.Create(sets, seed, index, wholeCompilationEvery);
            using var cancellation = new CancellationTokenSource(timeout);
            var work = Task.Run(() => runner.RunAsync(variant, cancellation.Token));
            if (await Task.WhenAny(work, Task.Delay(timeout + grace)).ConfigureAwait(false) != work)
            {
                failures.Enqueue((variant, $"Hang: still running {(timeout + grace).TotalSeconds} s after it started, though cancelled after {timeout.TotalSeconds} s."));
                return;
            }

            try
            {
                var outcome = await work.ConfigureAwait(false);
                Interlocked.Increment(ref done);
                Interlocked.Add(ref withDiagnostics, outcome.Diagnostics > 0 ? 1 : 0);
                Interlocked.Add(ref diagnostics, outcome.Diagnostics);
                Interlocked.Add(ref offered, outcome.ActionsOffered);
                Interlocked.Add(ref applied, outcome.ActionsApplied);
                Interlocked.Add(ref fixAlls, outcome.FixAllsApplied);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                failures.Enqueue((variant, $"Timeout: not done after {timeout.TotalSeconds} s."));
            }
            catch (Exception exception)
            {
                failures.Enqueue((variant, exception.ToString()));
            }
        }).ConfigureAwait(false);

        var ordered = failures.OrderBy(f => f.Item1.Index).ToList();
        return new RobustnessReport(seed, done, withDiagnostics, diagnostics, offered, applied, fixAlls, stopwatch.Elapsed, ordered);
    }
}
