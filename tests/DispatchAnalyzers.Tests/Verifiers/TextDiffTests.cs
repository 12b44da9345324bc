using Xunit;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>The line diff printed when fixed code differs.</summary>
public class TextDiffTests
{
    [Fact]
    public void TextDiff_ShowsChangedLinesWithContext()
    {
        var diff = TextDiff.Unified("a\nb\nc\nd\ne\nf\ng\nh\ni\nj", "a\nb\nc\nd\ne\nF\ng\nh\ni\nj");
        Assert.Equal("--- expected\n+++ actual\n@@ -3,7 +3,7 @@\n c\n d\n e\n-f\n+F\n g\n h\n i\n", diff.Replace("\r\n", "\n"));
    }

    [Fact]
    public void TextDiff_LineEndingsOnly_SaysSo()
        => Assert.Contains("line endings", TextDiff.Unified("a\nb", "a\r\nb"));
}
