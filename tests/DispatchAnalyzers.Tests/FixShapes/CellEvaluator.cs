using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>Which of the two allowed outcomes a cell had (no diagnostic at all also means no action is registered).</summary>
internal enum CellOutcome
{
    Fixed,
    NotOffered,
    NoDiagnostic,
}

/// <summary>
/// Evaluates one cell: asks the rule's fixer for its actions on every diagnostic of the rule, and applies each action
/// with the cell's equivalence key. Every applied action must change the document, compile with no error and no new
/// warning, and make the program print exactly what the original printed. Failures are returned, one line each.
/// </summary>
internal static class CellEvaluator
{
    private static readonly ConcurrentDictionary<(FixAction, Context), Lazy<Task<(CellOutcome, IReadOnlyList<string>)>>> Results = new();
    private static readonly Lazy<Task> Warm = new(() => Task.Run(WarmAllAsync));

    /// <summary>
    /// The cell's result. The first call starts evaluating every cell on all cores (the tests run one at a time, in a
    /// collection of their own); each test then waits for its own cell only.
    /// </summary>
    public static Task<(CellOutcome Outcome, IReadOnlyList<string> Failures)> EvaluateAsync(FixAction action, Context context)
    {
        _ = Warm.Value;
        return Result(action, context);
    }

    private static Task<(CellOutcome, IReadOnlyList<string>)> Result(FixAction action, Context context)
        => Results.GetOrAdd((action, context), key => new Lazy<Task<(CellOutcome, IReadOnlyList<string>)>>(() => Task.Run(() => EvaluateCoreAsync(key.Item1, key.Item2)))).Value;

    private static Task WarmAllAsync()
        => Parallel.ForEachAsync(
            FixAction.All.SelectMany(action => Contexts.All.Select(context => (action, context))),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (cell, _) =>
            {
                try
                {
                    await Result(cell.action, cell.context).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // The cell's own test awaits the same task and reports the failure.
                }
            });

    private static async Task<(CellOutcome Outcome, IReadOnlyList<string> Failures)> EvaluateCoreAsync(FixAction action, Context context)
    {
        var run = await CellRun.GetAsync(action.Scenario, context).ConfigureAwait(false);
        var diagnostics = run.Diagnostics.Where(d => d.Id == action.RuleId).ToList();
        var offered = new List<(Diagnostic Diagnostic, CodeAction Action)>();
        var fixer = CellRun.FixerFor(action.RuleId);
        foreach (var diagnostic in diagnostics)
        {
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(run.Document, diagnostic, (registered, _) => actions.Add(registered), CancellationToken.None)).ConfigureAwait(false);
            offered.AddRange(actions.Where(a => a.EquivalenceKey == action.EquivalenceKey).Select(a => (diagnostic, a)));
        }

        if (offered.Count == 0)
        {
            return (diagnostics.Count == 0 ? CellOutcome.NoDiagnostic : CellOutcome.NotOffered, new List<string>());
        }

        var failures = new List<string>();
        var original = (await run.Document.GetTextAsync().ConfigureAwait(false)).ToString();
        var tried = new HashSet<string>();
        foreach (var (diagnostic, codeAction) in offered)
        {
            var where = $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}";
            var operations = await codeAction.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(run.Project.Id)!;
            var fixedText = (await changed.Documents.Single().GetTextAsync().ConfigureAwait(false)).ToString();
            if (fixedText == original)
            {
                failures.Add($"{where}: offered but changes nothing");
                continue;
            }

            // Two diagnostics can lead to the same program (one callee made generic): check it once.
            if (tried.Add(fixedText) && await CheckFixedAsync(run, changed).ConfigureAwait(false) is { } failure)
            {
                failures.Add($"{where}: {failure}\n--- fixed kernel ---\n{CellRun.Numbered(fixedText)}");
            }
        }

        return (CellOutcome.Fixed, failures);
    }

    /// <summary>Null when the fixed program compiles as cleanly as the original and prints the same; else what went wrong.</summary>
    private static async Task<string?> CheckFixedAsync(CellRun run, Project changed)
    {
        var (problems, image) = CellRun.Compile((await changed.GetCompilationAsync().ConfigureAwait(false))!);
        var added = problems.ToList();
        foreach (var warning in run.Warnings)
        {
            added.Remove(warning);
        }

        if (image is null || added.Count > 0)
        {
            return (image is null ? "does not compile" : "compiles with new warnings") + ":\n  " + string.Join("\n  ", added);
        }

        var output = ProgramRunner.Run(image, CellRun.ProgramTimeout, timeoutIsOutput: true);
        return output == run.Output ? null : $"prints something else\n--- original output ---\n{run.Output}--- fixed output ---\n{output}";
    }
}
