using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>Analyzer tests on Microsoft.CodeAnalysis.Testing, in the roslyn-analyzers style, with <see cref="TestSetup"/>.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

    public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(descriptor);

    public static DiagnosticResult CompilerError(string errorId) => DiagnosticResult.CompilerError(errorId);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>An analyzer test of <typeparamref name="TAnalyzer"/>.</summary>
    public class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test() => TestSetup.UseNet100(this);

        /// <summary>Lines placed under <c>[*.cs]</c> in a root <c>/.editorconfig</c>.</summary>
        public string? EditorConfig { get; set; }

        /// <summary>A global analyzer config at <c>/.globalconfig</c>.</summary>
        public string? GlobalConfig { get; set; }

        protected override Project ApplyCompilationOptions(Project project)
            => TestSetup.LetAnalyzerConfigsSetSeverities(base.ApplyCompilationOptions(project), GetDiagnosticAnalyzers().SelectMany(a => a.SupportedDiagnostics).ToImmutableArray());

        protected override CompilationOptions CreateCompilationOptions() => TestSetup.WithTestDefaults(base.CreateCompilationOptions());

        protected override ParseOptions CreateParseOptions() => TestSetup.WithTestDefaults(base.CreateParseOptions());

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestSetup.AddConfigFiles(TestState, EditorConfig, GlobalConfig);
            return base.RunImplAsync(cancellationToken);
        }
    }
}
