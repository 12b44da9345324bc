using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// An expected diagnostic, shaped like Microsoft.CodeAnalysis.Testing's: ID, severity, locations (first = primary, the rest
/// = additional locations), and optionally a message or message arguments.
/// </summary>
public sealed record DiagnosticResult
{
    public DiagnosticResult(string id, DiagnosticSeverity severity)
    {
        Id = id;
        Severity = severity;
    }

    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id, descriptor.DefaultSeverity)
    {
        MessageFormat = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
    }

    public string Id { get; init; }

    public DiagnosticSeverity Severity { get; init; }

    public ImmutableArray<DiagnosticLocation> Locations { get; init; } = ImmutableArray<DiagnosticLocation>.Empty;

    /// <summary>The exact message expected, or null to leave the message unchecked.</summary>
    public string? Message { get; init; }

    /// <summary>Arguments expected to be formatted into the message format, or null to leave them unchecked.</summary>
    public ImmutableArray<object?>? MessageArguments { get; init; }

    /// <summary>The descriptor's message format when known; otherwise the actual diagnostic's format is used.</summary>
    public string? MessageFormat { get; init; }

    public DiagnosticOptions Options { get; init; }

    public bool HasLocation => !Locations.IsEmpty;

    public static DiagnosticResult CompilerError(string id) => new(id, DiagnosticSeverity.Error);

    public static DiagnosticResult CompilerWarning(string id) => new(id, DiagnosticSeverity.Warning);

    /// <summary>A numbered markup location <c>{|#n:…|}</c>; the first location is the primary one.</summary>
    public DiagnosticResult WithLocation(int markupKey) => AddLocation(new DiagnosticLocation(null, default, false, markupKey));

    /// <summary>A point location (1-based); only the start is compared.</summary>
    public DiagnosticResult WithLocation(int line, int column) => WithLocation(null, line, column);

    public DiagnosticResult WithLocation(string? path, int line, int column)
        => AddLocation(new DiagnosticLocation(path, Span(line, column, line, column), true, null));

    /// <summary>A span location, 1-based, end column exclusive.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn)
        => WithSpan(null, startLine, startColumn, endLine, endColumn);

    public DiagnosticResult WithSpan(string? path, int startLine, int startColumn, int endLine, int endColumn)
        => AddLocation(new DiagnosticLocation(path, Span(startLine, startColumn, endLine, endColumn), false, null));

    public DiagnosticResult WithArguments(params object?[] arguments) => this with { MessageArguments = arguments.ToImmutableArray() };

    public DiagnosticResult WithMessage(string? message) => this with { Message = message };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity, Options = Options & ~DiagnosticOptions.IgnoreSeverity };

    public DiagnosticResult WithOptions(DiagnosticOptions options) => this with { Options = Options | options };

    /// <summary>The message this result expects, or null when the message is not checked.</summary>
    public string? ExpectedMessage(string? actualFormat)
    {
        if (Message is not null)
        {
            return Message;
        }

        var format = MessageFormat ?? actualFormat;
        return MessageArguments is { } args && format is not null
            ? string.Format(CultureInfo.InvariantCulture, format, args.ToArray())
            : null;
    }

    public override string ToString()
    {
        var where = HasLocation ? " at " + string.Join(" + ", Locations) : " (no location)";
        var severity = Options.HasFlag(DiagnosticOptions.IgnoreSeverity) ? string.Empty : $" [{Severity}]";
        var message = ExpectedMessage(null) is { } m ? $" \"{m}\"" : MessageArguments is { } a ? $" args({string.Join(", ", a)})" : string.Empty;
        return Id + where + severity + message;
    }

    private DiagnosticResult AddLocation(DiagnosticLocation location) => this with { Locations = Locations.Add(location) };

    private static LinePositionSpan Span(int startLine, int startColumn, int endLine, int endColumn)
    {
        if (startLine < 1 || startColumn < 1 || endLine < 1 || endColumn < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(startLine), "Lines and columns are 1-based.");
        }

        return new LinePositionSpan(new LinePosition(startLine - 1, startColumn - 1), new LinePosition(endLine - 1, endColumn - 1));
    }
}
