using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Runs one <see cref="Variant"/>: every analyzer of the targets on it (an analyzer exception or AD0001 throws), every
/// code action of every fixer computed for each DSP diagnostic of the broken document and applied for the diagnostics nearest
/// to the break, and (when the variant asks for it) Document-scope Fix All for each equivalence key offered. Anything a
/// fixer throws propagates.
/// </summary>
internal sealed class VariantRunner
{
    private readonly ConcurrentDictionary<(string Set, bool AllLoops), Lazy<(Project Project, ImmutableArray<DocumentId> Ids)>> _projects = new();
    private readonly RobustnessTargets _targets;
    private readonly int _maxAppliedDiagnostics;

    /// <param name="maxAppliedDiagnostics">For how many diagnostics (nearest to the break first) the actions are applied, not only computed.</param>
    public VariantRunner(RobustnessTargets targets, int maxAppliedDiagnostics)
    {
        _targets = targets;
        _maxAppliedDiagnostics = maxAppliedDiagnostics;
    }

    public async Task<VariantOutcome> RunAsync(Variant variant, CancellationToken cancellationToken)
    {
        var (baseProject, ids) = BaseProject(variant.Set, variant.AllLoops);
        var solution = baseProject.Solution.WithDocumentText(ids[variant.Target], SourceText.From(variant.Text, Encoding.UTF8));
        var project = solution.GetProject(baseProject.Id)!;
        var document = project.GetDocument(ids[variant.Target])!;
        var tree = (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
        var diagnostics = await AnalyzeAsync(_targets.Analyzers, project, tree, variant.FullAnalysis, cancellationToken).ConfigureAwait(false);
        // The whole-compilation variants also fix the (unbroken) documents that use what the broken one declares.
        var fixable = diagnostics.Where(d => _targets.Ids.Contains(d.Id) && d.Location.IsInSource && (variant.FullAnalysis || d.Location.SourceTree == tree)).ToList();
        var applyTo = fixable
            .OrderBy(d => d.Location.SourceTree == tree ? Math.Abs(d.Location.SourceSpan.Start - variant.Position) : int.MaxValue)
            .ThenBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Take(_maxAppliedDiagnostics)
            .ToHashSet();

        var (offered, applied, fixAlls) = (0, 0, 0);
        var keys = new List<(CodeFixProvider Fixer, string Key)>();
        foreach (var diagnostic in fixable)
        {
            var inDocument = project.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var fixer in _targets.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = await CodeFixRunner.GetActionsAsync(inDocument, diagnostic, fixer, cancellationToken).ConfigureAwait(false);
                offered += actions.Length;
                foreach (var action in actions)
                {
                    if (action.EquivalenceKey is { } key && !keys.Contains((fixer, key)))
                    {
                        keys.Add((fixer, key));
                    }

                    if (applyTo.Contains(diagnostic))
                    {
                        await CodeFixRunner.ApplyAsync(action, solution, cancellationToken).ConfigureAwait(false);
                        applied++;
                    }
                }
            }
        }

        var scope = variant.FullAnalysis ? FixAllScope.Project : FixAllScope.Document;
        foreach (var (fixer, key) in variant.FixAll ? keys : new List<(CodeFixProvider, string)>())
        {
            var provider = fixer.GetFixAllProvider();
            // A fixer without Fix All in this scope has nothing to run here.
            if (provider is null || !provider.GetSupportedFixAllScopes().Contains(scope))
            {
                continue;
            }

            var diagnosticProvider = new PrecomputedDiagnosticProvider(project.Id, diagnostics);
            var context = scope == FixAllScope.Document
                ? new FixAllContext(document, fixer, scope, key, fixer.FixableDiagnosticIds, diagnosticProvider, cancellationToken)
                : new FixAllContext(project, fixer, scope, key, fixer.FixableDiagnosticIds, diagnosticProvider, cancellationToken);
            if (await provider.GetFixAsync(context).ConfigureAwait(false) is { } fixAll)
            {
                await CodeFixRunner.ApplyAsync(fixAll, solution, cancellationToken).ConfigureAwait(false);
                fixAlls++;
            }
        }

        return new VariantOutcome(fixable.Count, offered, applied, fixAlls);
    }

    /// <summary>Runs the analyzers on the whole compilation or, like an IDE, on one tree; throws when one of them throws.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, Project project, SyntaxTree tree, bool wholeCompilation, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = wholeCompilation
            ? await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false)
            : (await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false))
                .AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, cancellationToken).ConfigureAwait(false));
        var crashes = exceptions.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw (AD0001):\n" + string.Join("\n\n", crashes));
        }

        return diagnostics;
    }

    private (Project Project, ImmutableArray<DocumentId> Ids) BaseProject(SourceSet set, bool allLoops)
        => _projects.GetOrAdd((set.Name, allLoops), _ => new Lazy<(Project, ImmutableArray<DocumentId>)>(() =>
        {
            // Every loop hot and every one-type site reported: the most analysis and the most fixes to break.
            var editorConfig = allLoops ? "dispatch_analyzers.hot_loop_scope = all\ndispatch_analyzers.report_single_type_sites = true" : null;
            var project = ProjectBuilder.Create(new AdhocWorkspace(), set.Documents.Select(d => (ProjectBuilder.SourcePath(d.Path), d.Text)), editorConfig);
            var ids = set.Documents.Select(d => project.Documents.Single(doc => doc.FilePath == ProjectBuilder.SourcePath(d.Path)).Id).ToImmutableArray();
            // Declared once, so that each variant's compilation is derived from this one instead of built from scratch.
            project.GetCompilationAsync().GetAwaiter().GetResult()!.GetDeclarationDiagnostics();
            return (project, ids);
        })).Value;
}
