using System.Collections.Generic;
using System.Linq;
using System.Text;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>
/// Large texts read through <see cref="TextWindow"/>'s buffer: words and escapes that straddle two windows are found as
/// in one string.
/// </summary>
public sealed class TextWindowTests
{
    [Theory]
    [InlineData(5, 40_000)]
    [InlineData(4_200, 30_000)] // a word longer than a window
    public void IndexesOfWord_AsAStringSearch(int wordLength, int textLength)
    {
        var word = new string('w', wordLength - 1) + "d";
        var text = TextWith(word, textLength, seed: wordLength);
        var window = new TextWindow(SourceText.From(text));

        foreach (var span in new[] { new TextSpan(0, text.Length), TextSpan.FromBounds(1_000, text.Length - 3_000) })
        {
            Assert.Equal(WholeWords(text, word, span), window.IndexesOfWord(word, span));
        }
    }

    [Fact]
    public void WordsAndEscapesAcrossWindows_FoundInTheTree()
    {
        // `Target` ends 2 characters into the second window; `\u0045scaped` starts 3 characters before its end.
        var padding = new string(' ', TextWindow.Size - 4 - "class C { int ".Length);
        var source = "class C { int " + padding + "Target; int " + new string(' ', TextWindow.Size - 40) + "\\u0045scaped; }";
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source));
        var compilation = CSharpCompilation.Create("Test", [tree]);
        var words = new WordIndex(compilation);

        Assert.Single(words.TreesThatMayContain("Target", default));
        Assert.True(WordIndex.MaySpellWithEscapes(tree, "Escaped", default));
        Assert.False(WordIndex.MaySpellWithEscapes(tree, "Target", default));
    }

    /// <summary>Random text with the word at random places, some inside longer identifiers, and at each window's edge.</summary>
    private static string TextWith(string word, int length, int seed)
    {
        var random = new System.Random(seed);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var edge = (text.Length / TextWindow.Size * TextWindow.Size) + TextWindow.Size - (word.Length / 2);
            if (text.Length < edge && random.Next(3) == 0)
            {
                text.Append(' ', edge - text.Length);
            }

            text.Append(random.Next(4) switch { 0 => "x" + word, 1 => word + "_", _ => word }).Append(" (a, b); ");
        }

        return text.ToString();
    }

    private static List<int> WholeWords(string text, string word, TextSpan span)
    {
        var found = new List<int>();
        for (var i = span.Start; i + word.Length <= span.End; i++)
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0
                && (i == 0 || !SyntaxFacts.IsIdentifierPartCharacter(text[i - 1]))
                && (i + word.Length == text.Length || !SyntaxFacts.IsIdentifierPartCharacter(text[i + word.Length])))
            {
                found.Add(i);
            }
        }

        return found;
    }
}
