using System;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>The markup parser: plain text out, spans with names, nesting, and errors on malformed markup.</summary>
public class MarkupParserTests
{
    [Fact]
    public void NoMarkup_TextUnchanged()
    {
        var result = MarkupParser.Parse("class C { int[] a = { 1 }; bool b = true || false; }");
        Assert.Equal("class C { int[] a = { 1 }; bool b = true || false; }", result.Text);
        Assert.Empty(result.Spans);
    }

    [Fact]
    public void DefaultSpan_HasNoName()
    {
        var span = Assert.Single(MarkupParser.Parse("int [|bad|] = 1;").Spans);
        Assert.Null(span.Name);
        Assert.Equal(new TextSpan(4, 3), span.Span);
    }

    [Fact]
    public void NamedAndNumberedSpans()
    {
        var result = MarkupParser.Parse("a {|DSP001:b|} {|#12:c|} {|CS0246:d|}");
        Assert.Equal("a b c d", result.Text);
        Assert.Equal(
            [("DSP001", new TextSpan(2, 1), (int?)null), ("#12", new TextSpan(4, 1), 12), ("CS0246", new TextSpan(6, 1), null)],
            result.Spans.Select(s => (s.Name, s.Span, s.LocationKey)).ToArray());
    }

    [Fact]
    public void NestedSpans_MatchedWithStack_OuterFirst()
    {
        var result = MarkupParser.Parse("{|A:x [|y {|#0:z|}|] w|}");
        Assert.Equal("x y z w", result.Text);
        Assert.Equal(
            [("A", new TextSpan(0, 7)), (null, new TextSpan(2, 3)), ("#0", new TextSpan(4, 1))],
            result.Spans.Select(s => (s.Name, s.Span)).ToArray());
    }

    [Fact]
    public void EmptySpan_IsAllowed()
    {
        var span = Assert.Single(MarkupParser.Parse("ab[||]c").Spans);
        Assert.Equal(new TextSpan(2, 0), span.Span);
    }

    [Theory]
    [InlineData("int [|bad = 1;", "never closed")]
    [InlineData("int bad|] = 1;", "closes nothing")]
    [InlineData("int [|bad|} = 1;", "does not match")]
    [InlineData("int {|A:bad|] = 1;", "does not match")]
    [InlineData("int {|bad = 1;", "must be followed by an ID")]
    [InlineData("int {|#:bad|} = 1;", "must be followed by an ID")]
    public void MalformedMarkup_Throws(string markup, string expected)
        => Assert.Contains(expected, Assert.Throws<FormatException>(() => MarkupParser.Parse(markup)).Message);

    [Fact]
    public void DuplicateLocationKey_Throws()
        => Assert.Throws<FormatException>(() => ParsedSources.Parse([("/0/A.cs", "{|#0:a|}"), ("/0/B.cs", "{|#0:b|}")]));

    [Fact]
    public void UnknownLocationKey_Throws()
    {
        var state = ParsedSources.Parse([("/0/A.cs", "{|#0:a|}")]);
        var exception = Assert.Throws<FormatException>(() => state.Expected([new DiagnosticResult("X", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)], []));
        Assert.Contains("WithLocation(1)", exception.Message);
    }
}
