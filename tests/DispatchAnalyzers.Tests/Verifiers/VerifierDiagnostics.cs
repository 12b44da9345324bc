using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers;

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
