using System;
using System.Collections.Generic;
using System.Text;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>A unified-style line diff (longest common subsequence, three lines of context) for failure messages.</summary>
public static class TextDiff
{
    private const int Context = 3;

    public static string Unified(string expected, string actual, string expectedName = "expected", string actualName = "actual")
    {
        var a = Lines(expected);
        var b = Lines(actual);
        var edits = Edits(a, b);
        var output = new StringBuilder().AppendLine($"--- {expectedName}").AppendLine($"+++ {actualName}");
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk joins changes separated by at most twice the context of unchanged lines.
            var lastChange = i;
            for (var k = i + 1; k < edits.Count && k - lastChange <= 2 * Context; k++)
            {
                lastChange = edits[k].Kind != ' ' ? k : lastChange;
            }

            var start = Math.Max(0, i - Context);
            var end = Math.Min(edits.Count, lastChange + Context + 1);
            var first = edits[start];
            var oldCount = 0;
            var newCount = 0;
            for (var k = start; k < end; k++)
            {
                oldCount += edits[k].Kind != '+' ? 1 : 0;
                newCount += edits[k].Kind != '-' ? 1 : 0;
            }

            output.AppendLine($"@@ -{first.OldLine + 1},{oldCount} +{first.NewLine + 1},{newCount} @@");
            for (var k = start; k < end; k++)
            {
                output.Append(edits[k].Kind).AppendLine(Visible(edits[k].Text));
            }

            i = end;
        }

        if (expected != actual && expected.ReplaceLineEndings("\n") == actual.ReplaceLineEndings("\n"))
        {
            output.AppendLine("(the texts differ only in line endings; \\r marks a carriage return)");
        }
        else if (edits.TrueForAll(e => e.Kind == ' '))
        {
            output.AppendLine("(the lines are equal)");
        }

        return output.ToString();
    }

    private static string Visible(string line) => line.EndsWith('\r') ? line[..^1] + "\\r" : line;

    private static string[] Lines(string text) => text.Split('\n');

    private static List<(char Kind, string Text, int OldLine, int NewLine)> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<(char, string, int, int)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x], x++, y++));
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                edits.Add(('+', b[y], x, y++));
            }
            else
            {
                edits.Add(('-', a[x], x++, y));
            }
        }

        return edits;
    }
}
