using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using DispatchAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// A fixer never registers an action that would not change the code. The library only notices such an action when a
/// test expects an exact number of iterations (it skips an action that changes nothing); this check asks every fixer
/// for its actions on every diagnostic of a project and fails on the first that leaves every document as it was.
/// </summary>
internal static class CodeActionChecks
{
    public static async Task VerifyEveryActionChangesCodeAsync(
        string context,
        Project project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> fixers,
        CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(project.AnalyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree);
            foreach (var fixer in fixers.Where(f => document is not null && f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                foreach (var action in await CodeFixRunner.GetActionsAsync(document!, diagnostic, fixer, cancellationToken).ConfigureAwait(false))
                {
                    if (!await ChangesCodeAsync(action, project.Solution, cancellationToken).ConfigureAwait(false))
                    {
                        Assert.Fail($"{context}: {fixer.GetType().Name} registered \"{action.Title}\" (key {action.EquivalenceKey ?? "null"}) for "
                            + $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan()} ({diagnostic.GetMessage(CultureInfo.InvariantCulture)}), and the action changes nothing.");
                    }
                }
            }
        }
    }

    private static async Task<bool> ChangesCodeAsync(CodeAction action, Solution solution, CancellationToken cancellationToken)
    {
        foreach (var operation in (await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false)).OfType<ApplyChangesOperation>())
        {
            var changes = operation.ChangedSolution.GetChanges(solution).GetProjectChanges().ToList();
            if (changes.Any(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Any() || p.GetAddedDocuments().Any() || p.GetRemovedDocuments().Any()))
            {
                return true;
            }
        }

        return false;
    }
}
