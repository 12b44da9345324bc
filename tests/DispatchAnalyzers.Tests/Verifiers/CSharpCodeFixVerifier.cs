using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>Analyzer and code-fix verifier, shaped like Microsoft.CodeAnalysis.Testing's <c>CSharpCodeFixVerifier</c>.</summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Diagnostic()"/>
    public static DiagnosticResult Diagnostic() => VerifierDiagnostics.ForSingleDescriptor(new TAnalyzer());

    public static DiagnosticResult Diagnostic(string diagnosticId) => VerifierDiagnostics.ForId(new TAnalyzer(), diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static DiagnosticResult CompilerError(string errorId) => DiagnosticResult.CompilerError(errorId);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        => VerifyCodeFixAsync(source, expected, fixedSource: null);

    public static Task VerifyCodeFixAsync(string source, string fixedSource)
        => VerifyCodeFixAsync(source, [], fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource)
        => VerifyCodeFixAsync(source, [expected], fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string? fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A configurable test of <typeparamref name="TAnalyzer"/> and <typeparamref name="TCodeFix"/>.</summary>
    public class Test : CodeFixTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new TAnalyzer()];

        protected override CodeFixProvider GetCodeFixProvider() => new TCodeFix();
    }
}
