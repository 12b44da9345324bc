using System;
using System.Collections.Generic;
using System.Linq;
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

/// <summary>Builds expected results from an analyzer's descriptors.</summary>
internal static class VerifierDiagnostics
{
    public static DiagnosticResult ForSingleDescriptor(DiagnosticAnalyzer analyzer)
    {
        var descriptors = analyzer.SupportedDiagnostics;
        return descriptors.Length == 1
            ? new DiagnosticResult(descriptors[0])
            : throw new InvalidOperationException($"Diagnostic() needs an analyzer with one descriptor; {analyzer.GetType().Name} has {descriptors.Length}. Use Diagnostic(id) or Diagnostic(descriptor).");
    }

    public static DiagnosticResult ForId(DiagnosticAnalyzer analyzer, string id)
    {
        var matches = analyzer.SupportedDiagnostics.Where(d => d.Id == id).ToList();
        return matches.Count == 1
            ? new DiagnosticResult(matches[0])
            : throw new InvalidOperationException($"Diagnostic(\"{id}\") needs exactly one descriptor with that ID in {analyzer.GetType().Name}; found {matches.Count}. Use Diagnostic(descriptor) or CompilerError(id).");
    }
}
