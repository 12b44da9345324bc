namespace DispatchAnalyzers.Model;

/// <summary>What every fix plan checks first: code with syntax errors is not rewritten (the formatter cannot be trusted on it).</summary>
internal static class SyntaxGuard
{
    /// <summary>Whether <paramref name="node"/> parses without errors.</summary>
    public static bool ParsesCleanly(SyntaxNode? node)
        => node is not null && !(node.ContainsDiagnostics && node.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error));
}
