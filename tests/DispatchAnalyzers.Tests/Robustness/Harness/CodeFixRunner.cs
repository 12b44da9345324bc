using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Asks a code fix provider for its actions on one diagnostic (nested actions flattened), picks one by index or
/// equivalence key, and applies its single <see cref="ApplyChangesOperation"/> with simplification and formatting.
/// </summary>
public static class CodeFixRunner
{
    public static async Task<ImmutableArray<CodeAction>> GetActionsAsync(Document document, Diagnostic diagnostic, CodeFixProvider fixer, CancellationToken cancellationToken = default)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions.SelectMany(Flatten).ToImmutableArray();
    }

    /// <summary>The action the test asks for, or null with <paramref name="problem"/> saying why and what was offered.</summary>
    public static CodeAction? Select(ImmutableArray<CodeAction> actions, int? index, string? equivalenceKey, Diagnostic diagnostic, out string? problem)
    {
        CodeAction? chosen;
        string reason;
        if (index is { } i)
        {
            chosen = i >= 0 && i < actions.Length ? actions[i] : null;
            reason = chosen is null ? $"CodeActionIndex {i} is out of range" : $"the action at CodeActionIndex {i} has equivalence key '{chosen.EquivalenceKey}', not '{equivalenceKey}'";
            if (chosen is not null && equivalenceKey is not null && chosen.EquivalenceKey != equivalenceKey)
            {
                chosen = null;
            }
        }
        else if (equivalenceKey is not null)
        {
            chosen = actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey);
            reason = $"no action has CodeActionEquivalenceKey '{equivalenceKey}'";
        }
        else
        {
            chosen = actions.FirstOrDefault();
            reason = "no code action was offered";
        }

        problem = chosen is null ? $"For {diagnostic}: {reason}. Offered: {Describe(actions)}" : null;
        return chosen;
    }

    public static string Describe(ImmutableArray<CodeAction> actions)
        => actions.IsEmpty ? "(none)" : string.Join(", ", actions.Select((a, i) => $"[{i}] \"{a.Title}\" (key: {a.EquivalenceKey ?? "null"})"));

    /// <summary>Applies the action's single <see cref="ApplyChangesOperation"/>, then simplifies and formats what it annotated.</summary>
    public static async Task<Solution> ApplyAsync(CodeAction action, Solution solution, CancellationToken cancellationToken = default)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        if (operations.Length != 1 || operations[0] is not ApplyChangesOperation apply)
        {
            throw new InvalidOperationException(
                $"Code action \"{action.Title}\" produced {operations.Length} operation(s) ({string.Join(", ", operations.Select(o => o.GetType().Name))}); expected one ApplyChangesOperation.");
        }

        var changed = apply.ChangedSolution;
        var ids = changed.GetChanges(solution).GetProjectChanges()
            .SelectMany(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Concat(p.GetAddedDocuments()))
            .ToList();
        foreach (var id in ids)
        {
            var document = changed.GetDocument(id)!;
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = document.Project.Solution;
        }

        return changed;
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action)
        => action.NestedActions.IsDefaultOrEmpty ? [action] : action.NestedActions.SelectMany(Flatten);
}
