using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Breaks C# text in one of the <see cref="MutationKind"/> ways, at a position chosen by the caller's
/// <see cref="Random"/>: half of the time inside a loop (where the rules look), otherwise anywhere.
/// </summary>
internal static class Mutator
{
    private static readonly MutationKind[] Kinds = (MutationKind[])Enum.GetValues(typeof(MutationKind));

    /// <summary>What a slip of the keyboard or a half-finished edit leaves between two tokens.</summary>
    private static readonly string[] Strays =
    {
        "ref ", "out ", "in ", "this", "base", "null", "default", "static ", "readonly ", "sealed ", "abstract ", "virtual ",
        "override ", "async ", "await ", "=", "(", ")", "[", "]", "{", "}", ";", ",", ".", "?.", "!", "=>", "new ",
        "yield return ", "goto L;", "L: ", "stackalloc ", "unsafe ", "\n#if X\n", "\n#endif\n", "/*", "\"", "@", "$\"{", "'",
        "(IDisposable)", "?", "??", "is ", "var ", "struct ", "interface ", "where T : ", "<T>", "...", "..", "^", "&", "*",
    };

    /// <summary>Applies one random mutation; returns the new text, where it changed, and a description.</summary>
    public static (string Text, int Position, string Description) Mutate(string text, Random random)
    {
        var (result, position, description) = MutateAt(text, random);
        return (result, Math.Min(position, result.Length), description);
    }

    private static (string Text, int Position, string Description) MutateAt(string text, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        // Nothing to break in an empty file but its lines.
        if (tokens.Count == 0)
        {
            return (text + "\n" + text, 0, "duplicate the whole (token-free) text");
        }

        var loops = root.DescendantNodes().Where(n => n is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax).ToList();
        var focus = loops.Count > 0 && random.Next(2) == 0 ? loops[random.Next(loops.Count)].Span : root.FullSpan;
        var focused = tokens.Where(t => focus.Contains(t.Span)).ToList();
        var kind = Kinds[random.Next(Kinds.Length)];
        switch (kind)
        {
            case MutationKind.TruncateAtToken:
                var cut = Pick(focused, random);
                return (text.Substring(0, cut.SpanStart), cut.SpanStart, $"truncate before '{cut.Text}' at {Where(cut)}");
            case MutationKind.DeleteLines:
            case MutationKind.DuplicateLine:
                return Lines(text, Pick(focused, random), kind, random);
            case MutationKind.RemoveSemicolon:
            case MutationKind.RemoveBrace:
                var wanted = kind == MutationKind.RemoveSemicolon
                    ? focused.Where(t => t.IsKind(SyntaxKind.SemicolonToken)).ToList()
                    : focused.Where(t => t.IsKind(SyntaxKind.OpenBraceToken) || t.IsKind(SyntaxKind.CloseBraceToken)).ToList();
                var removed = wanted.Count > 0 ? Pick(wanted, random) : Pick(focused, random);
                return (Remove(text, removed), removed.SpanStart, $"remove '{removed.Text}' at {Where(removed)}");
            case MutationKind.SwapIdentifiers:
                var identifiers = focused.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                if (identifiers.Count < 2)
                {
                    identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                }

                var first = identifiers.Count > 0 ? Pick(identifiers, random) : Pick(tokens, random);
                var others = identifiers.Where(t => t.Text != first.Text).ToList();
                if (others.Count == 0)
                {
                    return (Remove(text, first), first.SpanStart, $"remove '{first.Text}' at {Where(first)} (no identifier to swap with)");
                }

                var second = Pick(others, random);
                return (Swap(text, first, second), first.SpanStart, $"swap '{first.Text}' at {Where(first)} with '{second.Text}' at {Where(second)}");
            case MutationKind.InsertToken:
                var before = Pick(focused, random);
                var stray = Strays[random.Next(Strays.Length)];
                return (text.Insert(before.SpanStart, stray + " "), before.SpanStart, $"insert '{stray.Trim()}' before '{before.Text}' at {Where(before)}");
            case MutationKind.ReplaceToken:
                var replaced = Pick(focused, random);
                var replacement = Strays[random.Next(Strays.Length)];
                return (text.Remove(replaced.SpanStart, replaced.Span.Length).Insert(replaced.SpanStart, replacement), replaced.SpanStart, $"replace '{replaced.Text}' at {Where(replaced)} with '{replacement.Trim()}'");
            case MutationKind.DuplicateMember:
                var members = root.DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is not BaseNamespaceDeclarationSyntax && focus.IntersectsWith(m.Span)).ToList();
                if (members.Count == 0)
                {
                    goto default;
                }

                var member = members[random.Next(members.Count)];
                return (text.Insert(member.FullSpan.End, text.Substring(member.FullSpan.Start, member.FullSpan.Length)), member.FullSpan.End, $"duplicate the declaration at {Where(member.GetFirstToken())}");
            default:
                var token = Pick(focused, random);
                return (Remove(text, token), token.SpanStart, $"remove token '{token.Text}' at {Where(token)}");
        }
    }

    private static SyntaxToken Pick(List<SyntaxToken> tokens, Random random) => tokens[random.Next(tokens.Count)];

    private static string Where(SyntaxToken token) => "line " + (token.GetLocation().GetLineSpan().StartLinePosition.Line + 1);

    private static string Remove(string text, SyntaxToken token) => text.Remove(token.SpanStart, token.Span.Length);

    private static string Swap(string text, SyntaxToken a, SyntaxToken b)
    {
        var (early, late) = a.SpanStart < b.SpanStart ? (a, b) : (b, a);
        return text.Substring(0, early.SpanStart) + late.Text
            + text.Substring(early.Span.End, late.SpanStart - early.Span.End) + early.Text
            + text.Substring(late.Span.End);
    }

    private static (string Text, int Position, string Description) Lines(string text, SyntaxToken at, MutationKind kind, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = at.GetLocation().GetLineSpan().StartLinePosition.Line;
        var position = lines.Take(line).Sum(l => l.Length + 1);
        if (kind == MutationKind.DuplicateLine)
        {
            lines.Insert(line, lines[line]);
            return (string.Join("\n", lines), position, $"duplicate line {line + 1}");
        }

        var count = Math.Min(random.Next(1, 4), lines.Count - line);
        lines.RemoveRange(line, count);
        return (string.Join("\n", lines), position, $"delete lines {line + 1}-{line + count}");
    }
}
