using System;
using System.IO;
using System.Linq;
using DispatchAnalyzers.Tool.Profile;
using Xunit;

namespace DispatchAnalyzers.Tool.Tests;

/// <summary>
/// TestProgram built with <c>dotnet build</c> and run under <c>dotnet dispatch collect</c> on the installed runtime: each
/// known site must come out at its line with its callee, kind and receiver types. A change in the runtime's PGO format
/// fails here.
/// </summary>
public sealed class EndToEndTests(TestProgramFixture program) : IClassFixture<TestProgramFixture>
{
    [Fact]
    public void Collect_MapsEachKnownSite_ToItsLineCalleeKindAndTypes()
    {
        var profile = Collect(out _);

        AssertSite(profile, "interface", "M:E2E.Program.Areas(E2E.IShape[])", "M:E2E.IShape.Area", SiteKinds.Interface, "T:E2E.Circle", "T:E2E.Square");
        AssertSite(profile, "virtual", "M:E2E.Program.Fall(E2E.Body[])", "M:E2E.Body.Accelerate(System.Double)", SiteKinds.Virtual, "T:E2E.Ball", "T:E2E.Feather");
        AssertSite(profile, "delegate", "M:E2E.Program.Chain(System.Func{System.Int32,System.Int32}[])", "M:System.Func`2.Invoke(`0)", SiteKinds.Delegate,
            "M:E2E.Doubler.Apply(System.Int32)", "M:E2E.Incrementer.Apply(System.Int32)");
        var sum = "M:E2E.Program.Sum(System.Collections.Generic.IEnumerable{System.Int32})";
        AssertSite(profile, "foreach", sum, "M:System.Collections.Generic.IEnumerable`1.GetEnumerator", SiteKinds.Interface,
            "T:System.Int32[]", "T:System.Collections.Generic.List`1");
        AssertSite(profile, "foreach", sum, "M:System.Collections.IEnumerator.MoveNext", SiteKinds.Interface,
            "T:System.Collections.Generic.List`1.Enumerator", "T:System.SZGenericArrayEnumerator`1");
        Assert.Equal(1, profile.RunsMerged);
        Assert.Equal("TestProgram", profile.Assemblies.Single().Name);
        Assert.Equal(0, profile.Mapping.MethodsStale);
    }

    [Fact]
    public void Collect_SiteKeys_AreExactAndSourceHashed()
    {
        var site = Collect(out _).Sites.Single(s => s.Callee == "M:E2E.IShape.Area");

        Assert.Equal(0, site.Ordinal);
        Assert.Equal("../Program.cs", site.Path);
        Assert.Equal("SHA256", site.ChecksumAlgorithm);
        Assert.Equal(64, site.Checksum.Length);
        Assert.Matches("^[0-9a-f]{64}$", site.MemberSourceHash);
        Assert.True(site.BlockCount > 0);
        Assert.InRange(site.Rank, 1, Collect(out _).Sites.Count);
    }

    [Fact]
    public void Collect_FailingCommand_ReturnsItsExitCode_AndWritesTheProfileWithAWarning()
    {
        var scratch = program.Scratch();

        var result = ToolProcess.Tool(scratch, "collect", "--instrument-all", "--", "dotnet", program.Assembly, "3");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("warning: the command failed with exit code 3", result.Error, StringComparison.Ordinal);
        Assert.NotEmpty(ProfileJsonReader.Read(Path.Combine(scratch, "dispatch-profile.json")).Sites);
    }

    [Fact]
    public void Map_TruncatedDump_NamesFileAndLine_AndWritesNothing()
    {
        var scratch = program.Scratch();
        var dump = Path.Combine(scratch, "truncated.txt");
        var lines = File.ReadAllLines(program.RawDump);
        File.WriteAllLines(dump, lines.Take(lines.Length / 2));
        var output = Path.Combine(scratch, "profile.json");

        var result = ToolProcess.Tool(scratch, "map", dump, "--assemblies", program.Assembly, "--output", output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{dump}, line {(lines.Length / 2) + 1}:", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(scratch, "profile.json*"));
    }

    [Fact]
    public void Map_AssemblyWithoutPdb_NamesItAndTheDebugTypeProperty()
    {
        var scratch = program.Scratch();
        var copy = Path.Combine(scratch, "TestProgram.dll");
        File.Copy(program.Assembly, copy);

        var result = ToolProcess.Tool(scratch, "map", program.RawDump, "--assemblies", copy);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("assembly TestProgram", result.Error, StringComparison.Ordinal);
        Assert.Contains("<DebugType>portable</DebugType> (or embedded)", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(scratch, "dispatch-profile.json")));
    }

    [Fact]
    public void Map_ExtraAssemblyWithoutPdbOrData_IsIgnored()
    {
        var scratch = program.Scratch();
        var extra = Path.Combine(AppContext.BaseDirectory, "xunit.abstractions.dll");
        Assert.False(File.Exists(Path.ChangeExtension(extra, ".pdb")));

        var result = ToolProcess.Tool(scratch, "map", program.RawDump, "--assemblies", program.Assembly, extra);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(ProfileJsonReader.Read(Path.Combine(scratch, "dispatch-profile.json")).Sites);
    }

    [Fact]
    public void Map_EmbeddedPdb_MapsTheSameSites()
    {
        var scratch = program.Scratch();
        var embedded = program.Build("out-embedded", "embedded");
        Assert.False(File.Exists(Path.ChangeExtension(embedded, ".pdb")));

        var portable = Map(scratch, program.RawDump, program.Assembly, "portable.json");
        var fromEmbedded = Map(scratch, program.RawDump, embedded, "embedded.json");

        Assert.NotEmpty(portable.Sites);
        Assert.Equal(Keys(portable), Keys(fromEmbedded));
    }

    [Fact]
    public void Map_DataFromAnotherBuild_IsSkippedAndCounted_NeverMapped()
    {
        var scratch = program.Scratch();
        var dump = Path.Combine(scratch, "other-build.txt");
        var lines = File.ReadAllLines(program.RawDump);
        var areas = Array.FindIndex(lines, l => l == "MethodName: E2E.Program.Areas") - 1;
        var fields = lines[areas].Split(' ');
        fields[2] = "0x" + (Convert.ToUInt32(fields[2][2..], 16) ^ 1).ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
        lines[areas] = string.Join(' ', fields);
        File.WriteAllLines(dump, lines);

        var result = ToolProcess.Tool(scratch, "map", dump, "--assemblies", program.Assembly, "--output", "profile.json");
        var profile = ProfileJsonReader.Read(Path.Combine(scratch, "profile.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, profile.Mapping.MethodsStale);
        Assert.Contains("E2E.Program.Areas", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.Sites, s => s.Member.Contains("Areas", StringComparison.Ordinal));
        Assert.Contains(profile.Sites, s => s.Member.Contains("Fall", StringComparison.Ordinal));
    }

    private DispatchProfile Collect(out string scratch)
    {
        scratch = program.Scratch();
        var result = ToolProcess.Tool(scratch, "collect", "--instrument-all", "--runs", "1", "--", "dotnet", program.Assembly);
        Assert.True(result.ExitCode == 0, result.ToString());
        return ProfileJsonReader.Read(Path.Combine(scratch, "dispatch-profile.json"));
    }

    private static DispatchProfile Map(string scratch, string dump, string assembly, string output)
    {
        var result = ToolProcess.Tool(scratch, "map", dump, "--assemblies", assembly, "--output", output);
        Assert.True(result.ExitCode == 0, result.ToString());
        return ProfileJsonReader.Read(Path.Combine(scratch, output));
    }

    private static string[] Keys(DispatchProfile profile) =>
        profile.Sites.Select(s => $"{s.Member}|{s.Callee}|{s.Ordinal}|{s.Span.StartLine}|{s.Kind}").Order(StringComparer.Ordinal).ToArray();

    private void AssertSite(DispatchProfile profile, string marker, string member, string callee, string kind, params string[] targets)
    {
        var site = Assert.Single(profile.Sites, s => s.Member == member && s.Callee == callee);
        Assert.Equal(program.LineOf(marker), site.Span.StartLine);
        Assert.Equal(kind, site.Kind);
        Assert.Equal(targets.Order(StringComparer.Ordinal), site.Targets.Select(t => t.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(site.Samples, site.Targets.Sum(t => t.Count));
    }
}
