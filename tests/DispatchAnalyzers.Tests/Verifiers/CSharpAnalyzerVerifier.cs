using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>Analyzer-only verifier, shaped like Microsoft.CodeAnalysis.Testing's <c>CSharpAnalyzerVerifier</c>.</summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer's only descriptor (an error when it has several).</summary>
    public static DiagnosticResult Diagnostic() => VerifierDiagnostics.ForSingleDescriptor(new TAnalyzer());

    public static DiagnosticResult Diagnostic(string diagnosticId) => VerifierDiagnostics.ForId(new TAnalyzer(), diagnosticId);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static DiagnosticResult CompilerError(string errorId) => DiagnosticResult.CompilerError(errorId);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A configurable analyzer test of <typeparamref name="TAnalyzer"/>.</summary>
    public class Test : AnalyzerTest
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new TAnalyzer()];
    }
}
