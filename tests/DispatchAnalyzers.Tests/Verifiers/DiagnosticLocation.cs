using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// An expected location: a file span (1-based lines and columns), a point when <see cref="IgnoreLength"/>,
/// or a numbered markup location (<c>{|#n:…|}</c>) still to resolve.
/// </summary>
public readonly record struct DiagnosticLocation(string? Path, LinePositionSpan Span, bool IgnoreLength, int? MarkupKey)
{
    public override string ToString() => MarkupKey is { } key
        ? $"{{|#{key}:…|}}"
        : $"{Path ?? "(default)"}({Span.Start.Line + 1},{Span.Start.Character + 1})" +
          (IgnoreLength ? string.Empty : $"-({Span.End.Line + 1},{Span.End.Character + 1})");
}
