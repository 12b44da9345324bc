using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>Edits of a tree the way an IDE makes them: the changed text applied to the old tree.</summary>
internal static class TreeEdits
{
    /// <summary><paramref name="tree"/> with the first <paramref name="before"/> replaced by <paramref name="after"/> (which must be there).</summary>
    public static SyntaxTree Replace(SyntaxTree tree, string before, string after)
    {
        var text = tree.GetText();
        var start = text.ToString().IndexOf(before, System.StringComparison.Ordinal);
        Assert.True(start >= 0, before);
        return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(start, before.Length), after)));
    }
}
