using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>The corpus runs alone: its programs redirect Console.Out, which no other test may do meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FixShapeCollection
{
    public const string Name = "FixShapes";
}

/// <summary>
/// The fix-shape corpus: every code action of every rule, with the flagged call in every context of <see cref="Contexts"/>.
/// A cell passes when the action is offered and its output compiles and prints what the original printed, or when no
/// action with its equivalence key is registered; where a context pins the outcome, that outcome is also required.
/// Set FIXSHAPES_MATRIX to a file path to append one line per cell (action, context, outcome, verdict, and the test
/// process's CPU seconds so far, which measures the corpus on a machine shared with other work).
/// </summary>
[Collection(FixShapeCollection.Name)]
public sealed class FixShapeCorpusTests
{
    private readonly ITestOutputHelper _output;

    public FixShapeCorpusTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in FixAction.All)
        {
            foreach (var context in Contexts.All)
            {
                data.Add(action.Name, context.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task FlaggedCallInContext_FixCompilesAndPrintsTheSame_OrIsNotOffered(string actionName, string contextName)
    {
        var action = FixAction.All.Single(a => a.Name == actionName);
        var context = Contexts.All.Single(c => c.Name == contextName);
        var (outcome, failures) = await CellEvaluator.EvaluateAsync(action, context);
        var expected = context.ExpectationFor(action);
        var problems = failures.ToList();
        if (expected == Expected.Fixed && outcome != CellOutcome.Fixed)
        {
            problems.Add($"expected the action to be offered, but {outcome}");
        }
        else if (expected == Expected.NotOffered && outcome == CellOutcome.Fixed)
        {
            problems.Add("expected no action with this key, but it was offered");
        }

        Record(action, context, outcome, problems.Count == 0 ? "pass" : "FAIL " + problems[0].Split('\n')[0]);
        _output.WriteLine($"{actionName} x {contextName}: {outcome} (expected: {expected})");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    private static void Record(FixAction action, Context context, CellOutcome outcome, string verdict)
    {
        if (Environment.GetEnvironmentVariable("FIXSHAPES_MATRIX") is { Length: > 0 } path)
        {
            lock (typeof(FixShapeCorpusTests))
            {
                File.AppendAllText(path, $"{action.Name}\t{context.Name}\t{outcome}\t{verdict}\t{System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1}\n");
            }
        }
    }
}
