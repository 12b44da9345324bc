using System;
using System.IO;
using System.Linq;
using DispatchAnalyzers.Tool.Pgo;
using Xunit;

namespace DispatchAnalyzers.Tool.Tests;

/// <summary>The parser over a real .NET 10 dump (trimmed to three methods) and broken copies of it.</summary>
public sealed class PgoTextParserTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "runtime-10.0-dump.txt");

    private static string[] FixtureLines => File.ReadAllLines(FixturePath);

    [Fact]
    public void RealDump_ParsesHeadersNamesAndRecords()
    {
        var methods = PgoTextParser.ParseFile(FixturePath).Methods;

        Assert.Equal(["System.SpanHelpers.SequenceCompareTo", "E2E.Program.Chain", "E2E.Program.Areas"], methods.Select(m => m.MethodName));
        var areas = methods[2];
        Assert.Equal(0x05749EECu, areas.CodeHash);
        Assert.Equal(0x25, areas.IlSize);
        Assert.Equal("float64  (class E2E.IShape[])", areas.Signature);
        Assert.Equal(6, areas.Records.Count);
        var histogram = areas.Records.Single(r => PgoKinds.IsHistogram(r.Kind));
        Assert.Equal(18, histogram.IlOffset);
        Assert.Equal(PgoKinds.ClassFlag | PgoKinds.InterfaceFlag, histogram.Other);
        Assert.Equal(32, histogram.Handles.Count);
        Assert.All(histogram.Handles, h => Assert.Matches(@"^E2E\.(Circle|Square), TestProgram, ", h));
        Assert.Equal(32u, areas.Records.Single(r => PgoKinds.IsHistogramCount(r.Kind)).Values.Single());
        Assert.Equal(4, areas.Records.Count(r => PgoKinds.IsBlockCount(r.Kind)));
    }

    [Fact]
    public void RealDump_DelegateHistogram_KeepsMethodHandles()
    {
        var chain = PgoTextParser.ParseFile(FixturePath).Methods[1];

        var histogram = chain.Records.Single(r => PgoKinds.IsHistogram(r.Kind));
        Assert.Equal(PgoKinds.MarshalMethodHandle, PgoKinds.Marshal(histogram.Kind));
        Assert.Equal(PgoKinds.DelegateFlag, histogram.Other);
        Assert.All(histogram.Handles, h => Assert.Matches(@"^Apply\|@\|E2E\.(Doubler|Incrementer), TestProgram, ", h));
    }

    [Fact]
    public void TruncatedDump_NamesFileAndLine()
    {
        var lines = FixtureLines;
        var cut = Array.FindIndex(lines, l => l.StartsWith("TypeHandle:", StringComparison.Ordinal)) + 5;

        var error = ParseError(lines.Take(cut));

        Assert.Equal("broken.txt", error.File);
        Assert.Equal(cut + 1, error.Line);
        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DumpWithoutTrailer_IsAnError()
    {
        var error = ParseError(FixtureLines.SkipLast(1));

        Assert.Equal(FixtureLines.Length, error.Line);
        Assert.Contains("END PGO Data", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedRecordLine_NamesItsLine()
    {
        var lines = FixtureLines;
        var index = Array.FindIndex(lines, l => l == "Schema InstrumentationKind 195 ILOffset 18 Count 32 Other 3221225472");
        lines[index] = "Schema InstrumentationKind 195 ILOffset eighteen Count 32 Other 3221225472";

        var error = ParseError(lines);

        Assert.Equal(index + 1, error.Line);
        Assert.Contains("'eighteen'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordCountTooHigh_FailsAtTheLineThatIsNoRecord()
    {
        var lines = FixtureLines;
        var header = Array.FindIndex(lines, l => l.StartsWith("@@@ codehash 0x05749EEC", StringComparison.Ordinal));
        lines[header] = lines[header].Replace("records 0x00000006", "records 0x00000007", StringComparison.Ordinal);

        var error = ParseError(lines);

        Assert.Equal(lines.Length, error.Line);
        Assert.Contains("expected 'Schema InstrumentationKind", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HandleLineWithoutPrefix_NamesItsLine()
    {
        var lines = FixtureLines;
        var index = Array.FindIndex(lines, l => l.StartsWith("TypeHandle:", StringComparison.Ordinal));
        lines[index] = "E2E.Circle, TestProgram";

        Assert.Equal(index + 1, ParseError(lines).Line);
    }

    [Fact]
    public void FileThatIsNoDump_FailsOnLineOne()
    {
        var error = ParseError(["{ \"not\": \"a dump\" }"]);

        Assert.Equal(1, error.Line);
        Assert.Contains("not a PGO text dump", error.Problem, StringComparison.Ordinal);
    }

    private static PgoFormatException ParseError(System.Collections.Generic.IEnumerable<string> lines) =>
        Assert.Throws<PgoFormatException>(() => PgoTextParser.Parse(new StringReader(string.Join("\n", lines) + "\n"), "broken.txt"));
}
