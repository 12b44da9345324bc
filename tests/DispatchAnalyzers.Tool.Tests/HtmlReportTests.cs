using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DispatchAnalyzers.Tool.Report;
using Xunit;

namespace DispatchAnalyzers.Tool.Tests;

/// <summary>The page is well-formed markup: one row per polymorphic site, one bar segment per target.</summary>
public sealed class HtmlReportTests
{
    [Fact]
    public void PolymorphicSites_GetOneRowEach_HottestFirst()
    {
        var rows = Rows(Page(top: 20));

        Assert.Equal(2, rows.Length);
        Assert.Equal(["1", "2"], rows.Select(r => r.Elements("td").First().Value));
        Assert.Equal("src/Scenes.cs:37", rows[0].Elements("td").ElementAt(1).Value);
        Assert.Equal("interface", (string?)rows[0].Attribute("data-kind"));
    }

    [Fact]
    public void EachTarget_GetsASegment_WidthsAddUpToTheWhole()
    {
        var row = Rows(Page(top: 20))[0];

        var segments = row.Descendants("span").Where(s => (string?)s.Attribute("class") == "segment").ToList();
        Assert.Equal(3, segments.Count);
        var widths = segments.Select(s => decimal.Parse(((string)s.Attribute("style")!).Split(';')[0]["width:".Length..].TrimEnd('%'), CultureInfo.InvariantCulture));
        Assert.InRange(widths.Sum(), 99.9m, 100.1m);
        Assert.StartsWith("App.Circle: 13 of 32 samples", (string?)segments[0].Attribute("title"), StringComparison.Ordinal);
        Assert.Contains("Box`1[App.<Hidden>&] 28%", row.Descendants("div").Last().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_LimitsTheRows()
    {
        Assert.Single(Rows(Page(top: 1)));
    }

    private static XDocument Page(int top)
    {
        using var stream = new MemoryStream();
        HtmlReport.Write(stream, TestProfiles.ThreeSites(), top, includeMonomorphic: false);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    private static XElement[] Rows(XDocument page) =>
        page.Descendants("tr").Where(r => (string?)r.Attribute("class") == "site").ToArray();
}
