using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// A code-fix test: the analyzer test, then the fix applied one diagnostic at a time (<see cref="FixedCode"/>) and by
/// Fix All in every scope the provider supports (<see cref="BatchFixedCode"/>, defaulting to the fixed code). Each
/// result must match its text and markup diagnostics, compile without new errors and, with
/// <see cref="RunAndCompareOutput"/>, print what the original printed.
/// </summary>
public abstract class CodeFixTest : AnalyzerTest
{
    public string? FixedCode { get; set; }

    /// <summary>The additional sources after the fix; when null, they must come out unchanged.</summary>
    public List<(string Name, string Code)>? FixedAdditionalSources { get; set; }

    /// <summary>Expectations after the fix besides those in the fixed markup.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = [];

    public string? BatchFixedCode { get; set; }

    public List<(string Name, string Code)>? BatchFixedAdditionalSources { get; set; }

    public int? CodeActionIndex { get; set; }

    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>Exact number of single-diagnostic fixes; by default, as many as there are fixable expected diagnostics at most.</summary>
    public int? NumberOfIterations { get; set; }

    /// <summary>Upper bound of Fix All rounds; by default, the number of fixable expected diagnostics.</summary>
    public int? NumberOfFixAllIterations { get; set; }

    /// <summary>Run the original and each fixed program (OutputKind.ConsoleApplication) and require the same output.</summary>
    public bool RunAndCompareOutput { get; set; }

    /// <summary>How long one run of a program may take before the test fails.</summary>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromSeconds(10);

    protected abstract CodeFixProvider GetCodeFixProvider();

    public override async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await base.RunAsync(cancellationToken).ConfigureAwait(false);
        // Without fixed code this is an analyzer test.
        if (FixedCode is null)
        {
            return;
        }

        var analyzers = GetDiagnosticAnalyzers().ToImmutableArray();
        var fixer = GetCodeFixProvider();
        var testState = ParsedSources.Parse(Sources(TestCode, AdditionalSources));
        var fixable = testState.Expected(ExpectedDiagnostics, Descriptors(analyzers)).Count(e => fixer.FixableDiagnosticIds.Contains(e.Id));
        var bound = Math.Max(1, fixable);

        var fixedState = ParsedSources.Parse(Sources(FixedCode, FixedAdditionalSources ?? AdditionalSources));
        await FixAsync("Code fix", testState, fixedState, FixedExpectedDiagnostics, NumberOfIterations ?? bound, NumberOfIterations is not null, scope: null, analyzers, fixer, cancellationToken).ConfigureAwait(false);

        // A provider without Fix All has nothing more to verify.
        if (fixer.GetFixAllProvider() is not { } fixAll)
        {
            return;
        }

        var batchState = ParsedSources.Parse(Sources(BatchFixedCode ?? FixedCode, BatchFixedAdditionalSources ?? FixedAdditionalSources ?? AdditionalSources));
        var scopes = fixAll.GetSupportedFixAllScopes().ToHashSet();
        foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }.Where(scopes.Contains))
        {
            await FixAsync($"Fix all ({scope})", testState, batchState, FixedExpectedDiagnostics, NumberOfFixAllIterations ?? bound, false, scope, analyzers, fixer, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FixAsync(
        string context,
        ParsedSources testState,
        ParsedSources expectedState,
        IEnumerable<DiagnosticResult> explicitExpectations,
        int iterationLimit,
        bool exactIterations,
        FixAllScope? scope,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CodeFixProvider fixer,
        CancellationToken cancellationToken)
    {
        using var workspace = new AdhocWorkspace();
        var original = ProjectBuilder.Create(workspace, Settings(analyzers), testState.Texts);
        var project = original;
        var notes = new List<string>();
        var iterations = 0;
        while (iterations < iterationLimit)
        {
            var diagnostics = (await AnalyzerRunner.GetDiagnosticsAsync(project, analyzers, cancellationToken).ConfigureAwait(false))
                .Where(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource)
                .ToImmutableArray();
            var (trigger, action) = await ChooseActionAsync(project, diagnostics, fixer, notes, cancellationToken).ConfigureAwait(false);
            // No diagnostic left that the requested action fixes.
            if (trigger is null || action is null)
            {
                break;
            }

            if (scope is { } fixAllScope)
            {
                var document = project.GetDocument(trigger.Location.SourceTree)!;
                var provider = new PrecomputedDiagnosticProvider(project.Id, diagnostics);
                var fixAllContext = fixAllScope == FixAllScope.Document
                    ? new FixAllContext(document, fixer, fixAllScope, action.EquivalenceKey, fixer.FixableDiagnosticIds, provider, cancellationToken)
                    : new FixAllContext(project, fixer, fixAllScope, action.EquivalenceKey, fixer.FixableDiagnosticIds, provider, cancellationToken);
                action = await fixer.GetFixAllProvider()!.GetFixAsync(fixAllContext).ConfigureAwait(false);
                if (action is null)
                {
                    notes.Add($"The Fix All provider returned no action for scope {fixAllScope}.");
                    break;
                }
            }

            project = (await CodeFixRunner.ApplyAsync(action, project.Solution, cancellationToken).ConfigureAwait(false)).GetProject(project.Id)!;
            iterations++;
        }

        var noteText = notes.Count == 0 ? string.Empty : "\n\nCode fix notes:\n" + string.Join("\n", notes.Distinct());
        if (exactIterations && iterations != iterationLimit)
        {
            throw new VerifierException($"{context}: expected {iterationLimit} iteration(s), but only {iterations} applied a fix.{noteText}");
        }

        try
        {
            await FixedStateVerifier.VerifyAsync(context, original, project, expectedState, explicitExpectations, analyzers, RunAndCompareOutput ? RunTimeout : null, cancellationToken).ConfigureAwait(false);
        }
        catch (VerifierException e) when (notes.Count > 0)
        {
            throw new VerifierException(e.Message + noteText);
        }
    }

    /// <summary>The first fixable diagnostic, in order, for which the requested action is offered.</summary>
    private async Task<(Diagnostic? Trigger, CodeAction? Action)> ChooseActionAsync(
        Project project, ImmutableArray<Diagnostic> diagnostics, CodeFixProvider fixer, List<string> notes, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in diagnostics)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = await CodeFixRunner.GetActionsAsync(document, diagnostic, fixer, cancellationToken).ConfigureAwait(false);
            var action = CodeFixRunner.Select(actions, CodeActionIndex, CodeActionEquivalenceKey, diagnostic, out var problem);
            if (action is not null)
            {
                return (diagnostic, action);
            }

            notes.Add(problem!);
        }

        return (null, null);
    }
}
