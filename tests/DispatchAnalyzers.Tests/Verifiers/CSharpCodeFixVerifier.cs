using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// Analyzer and code-fix tests on Microsoft.CodeAnalysis.Testing, in the roslyn-analyzers style, with
/// <see cref="TestSetup"/> and two add-ons the library lacks: every code action registered must change the code
/// (<see cref="CodeActionChecks"/>), and <see cref="Test.RunAndCompareOutput"/> runs the original and the fixed program.
/// </summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

    public static DiagnosticResult CompilerError(string errorId) => DiagnosticResult.CompilerError(errorId);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => VerifyCodeFixAsync(source, expected, fixedSource: null);

    public static Task VerifyCodeFixAsync(string source, string fixedSource)
        => VerifyCodeFixAsync(source, DiagnosticResult.EmptyDiagnosticResults, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource)
        => VerifyCodeFixAsync(source, [expected], fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string? fixedSource)
    {
        var test = new Test { TestCode = source };
        if (fixedSource is not null)
        {
            test.FixedCode = fixedSource;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A test of <typeparamref name="TAnalyzer"/> and <typeparamref name="TCodeFix"/>.</summary>
    public class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test() => TestSetup.UseNet100(this);

        /// <summary>Lines placed under <c>[*.cs]</c> in a root <c>/.editorconfig</c>.</summary>
        public string? EditorConfig { get; set; }

        /// <summary>A global analyzer config at <c>/.globalconfig</c>.</summary>
        public string? GlobalConfig { get; set; }

        /// <summary>
        /// Run the original and each fixed program (the test state needs <c>TestState.OutputKind</c> =
        /// <see cref="OutputKind.ConsoleApplication"/>) and require the same output.
        /// </summary>
        public bool RunAndCompareOutput { get; set; }

        /// <summary>How long one run of a program may take before the test fails.</summary>
        public TimeSpan RunTimeout { get; set; } = TimeSpan.FromSeconds(10);

        protected override Project ApplyCompilationOptions(Project project)
            => TestSetup.LetAnalyzerConfigsSetSeverities(base.ApplyCompilationOptions(project), GetDiagnosticAnalyzers().SelectMany(a => a.SupportedDiagnostics).ToImmutableArray());

        protected override CompilationOptions CreateCompilationOptions() => TestSetup.WithTestDefaults(base.CreateCompilationOptions());

        protected override ParseOptions CreateParseOptions() => TestSetup.WithTestDefaults(base.CreateParseOptions());

        protected override async Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.AddConfigFiles(TestState, EditorConfig, GlobalConfig);
            await base.RunImplAsync(cancellationToken).ConfigureAwait(false);

            var analyzers = GetDiagnosticAnalyzers().ToImmutableArray();
            var fixers = GetCodeFixProviders().ToImmutableArray();
            var (testState, fixedState, batchFixedState) = ProcessedStates(analyzers, fixers);
            var original = await CreateProjectAsync(testState, cancellationToken).ConfigureAwait(false);
            await CodeActionChecks.VerifyEveryActionChangesCodeAsync("test state", original, analyzers, fixers, cancellationToken).ConfigureAwait(false);

            // Without fixed code this is an analyzer test.
            if (fixedState.Sources.Count == 0 || !CodeActionsExpected(testState, fixedState, batchFixedState))
            {
                return;
            }

            var fixedProject = await CreateProjectAsync(fixedState, cancellationToken).ConfigureAwait(false);
            await CodeActionChecks.VerifyEveryActionChangesCodeAsync("fixed state", fixedProject, analyzers, fixers, cancellationToken).ConfigureAwait(false);
            if (RunAndCompareOutput)
            {
                await ProgramOutput.VerifySameAsync("Code fix", original, fixedProject, RunTimeout, cancellationToken).ConfigureAwait(false);
                var batchProject = await CreateProjectAsync(batchFixedState, cancellationToken).ConfigureAwait(false);
                await ProgramOutput.VerifySameAsync("Fix all", original, batchProject, RunTimeout, cancellationToken).ConfigureAwait(false);
            }
        }

        private static bool CodeActionsExpected(SolutionState testState, SolutionState fixedState, SolutionState batchFixedState)
            => !SameSources(testState, fixedState) || !SameSources(testState, batchFixedState);

        private static bool SameSources(SolutionState a, SolutionState b)
            => a.Sources.Select(s => (s.filename, s.content.ToString())).SequenceEqual(b.Sources.Select(s => (s.filename, s.content.ToString())));

        /// <summary>The test, fixed and batch-fixed states as the library evaluates them: inherited values applied, markup removed.</summary>
        private (SolutionState Test, SolutionState Fixed, SolutionState BatchFixed) ProcessedStates(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
        {
            var fixable = fixers.SelectMany(f => f.FixableDiagnosticIds).ToImmutableArray();
            var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
            var defaultDiagnostic = GetDefaultDiagnostic(analyzers.ToArray());
            var rawTest = TestState.WithInheritedValuesApplied(null, fixable);
            var rawFixed = FixedState.WithInheritedValuesApplied(rawTest, fixable);
            var rawBatchFixed = BatchFixedState.WithInheritedValuesApplied(rawFixed, fixable);
            SolutionState Process(SolutionState state) => state.WithProcessedMarkup(MarkupOptions, defaultDiagnostic, supported, fixable, DefaultFilePath);
            return (Process(rawTest), Process(rawFixed), Process(rawBatchFixed));
        }

        private Task<Project> CreateProjectAsync(SolutionState state, CancellationToken cancellationToken)
            => CreateProjectAsync(new EvaluatedProjectState(state, ReferenceAssemblies), ImmutableArray<EvaluatedProjectState>.Empty, cancellationToken);
    }
}
