using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>One span marked in test source: <c>[|…|]</c> (<see cref="Name"/> null), <c>{|ID:…|}</c> or <c>{|#0:…|}</c>.</summary>
/// <param name="Name">Null for the default descriptor, a diagnostic ID, or <c>#n</c> for a numbered location.</param>
/// <param name="Span">The span in the markup-free text.</param>
public sealed record MarkupSpan(string? Name, TextSpan Span)
{
    /// <summary>The key of a numbered location (<c>{|#0:…|}</c>), or null.</summary>
    public int? LocationKey => Name is ['#', .. var digits] && int.TryParse(digits, out var key) ? key : null;
}

/// <summary>Markup-free text of a test source with the spans its markup marked, in order of their start.</summary>
public sealed record MarkupResult(string Text, ImmutableArray<MarkupSpan> Spans);

/// <summary>
/// Parses the markup of Microsoft.CodeAnalysis.Testing: <c>[|text|]</c>, <c>{|ID:text|}</c> and <c>{|#0:text|}</c>.
/// Spans nest; openers and closers are matched with a stack, and each closer must match the kind of its opener.
/// </summary>
public static class MarkupParser
{
    public static MarkupResult Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(string? Name, int Start, int MarkupOffset)>();
        var spans = new List<MarkupSpan>();
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, text.Length, i));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                var name = ReadName(markup, i + 2)
                    ?? throw new FormatException($"Markup '{{|' at offset {i} must be followed by an ID or #n and ':'.");
                open.Push((name, text.Length, i));
                i += 2 + name.Length + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var closesNamed = markup[i + 1] == '}';
                if (open.Count == 0)
                {
                    throw new FormatException($"Markup '{markup.Substring(i, 2)}' at offset {i} closes nothing.");
                }

                var (name, start, openedAt) = open.Pop();
                if ((name is not null) != closesNamed)
                {
                    throw new FormatException($"Markup '{markup.Substring(i, 2)}' at offset {i} does not match the opener at offset {openedAt}.");
                }

                spans.Add(new MarkupSpan(name, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Markup opened at offset {open.Peek().MarkupOffset} is never closed.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        return new MarkupResult(text.ToString(), spans.ToImmutableArray());
    }

    /// <summary>The text without markup.</summary>
    public static string Strip(string markup) => Parse(markup).Text;

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    private static string? ReadName(string s, int start)
    {
        var end = start;
        if (end < s.Length && s[end] == '#')
        {
            end++;
        }

        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == '_'))
        {
            end++;
        }

        // A name needs at least one character after an optional '#', then ':'.
        var minimum = start < s.Length && s[start] == '#' ? start + 1 : start;
        return end > minimum && end < s.Length && s[end] == ':' ? s.Substring(start, end - start) : null;
    }
}
