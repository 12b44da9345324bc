using System.Threading.Tasks;
using DispatchAnalyzers.Configuration;
using DispatchAnalyzers.Tests.Model.Profile;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Configuration.InvalidProfileAnalyzer>;

namespace DispatchAnalyzers.Tests.Configuration;

/// <summary>DSP901: a profile the analyzers cannot use, reported at its line and column in the file.</summary>
public sealed class InvalidProfileTests
{
    private const string Code = "class C { }";

    private static readonly string Valid = TestProfile.Json(new TestSite("M:C.M", "M:I.F", 0, 90, ("A", 20), ("B", 12)));

    [Fact]
    public Task ValidProfileOfThisAssembly_NoDiagnostic() => Run(Valid);

    [Fact]
    public Task ValidProfileWithByteOrderMark_NoDiagnostic() => Run("\uFEFF" + Valid);

    [Fact]
    public Task NoProfile_NoDiagnostic() => VerifyCS.VerifyAnalyzerAsync(Code);

    [Fact]
    public Task EmptyFile_Reported() => Run(string.Empty, Expected(1, 1, "the file is empty"));

    [Fact]
    public Task TruncatedFile_ReportedAtItsEnd()
        => Run("{\n  \"formatVersion\": 1,\n  \"sites\": [", Expected(3, 13, "the file ends where a value was expected (is it truncated?)"));

    [Fact]
    public Task TrailingComma_ReportedWhereItIs()
        => Run("{\n  \"formatVersion\": 1,\n}", Expected(3, 1, "'}' where a property name in double quotes was expected"));

    [Fact]
    public Task UnsupportedVersion_ReportedAtTheVersion()
        => Run("{\n  \"formatVersion\": 2,\n  \"sites\": []\n}", Expected(2, 20, "unsupported formatVersion 2: this analyzer reads version 1"));

    [Fact]
    public Task OrdinalAsString_ReportedAtTheValue()
    {
        var profile = Valid.Replace("\"ordinal\": 0", "\"ordinal\": \"0\"", System.StringComparison.Ordinal);
        return Run(profile, ExpectedAt(profile, "\"0\"", "'ordinal' is a string where a number was expected"));
    }

    [Fact]
    public Task HugeNumber_ReportedAsOutOfRange()
    {
        var profile = Valid.Replace("\"samples\": 32", "\"samples\": 99999999999999999999", System.StringComparison.Ordinal);
        return Run(profile, ExpectedAt(profile, "99999999999999999999", "'samples' is 99999999999999999999, not a non-negative integer in range"));
    }

    [Fact]
    public Task MissingSites_Reported()
        => Run("{ \"formatVersion\": 1, \"runsMerged\": 1 }", Expected(1, 1, "property 'sites' is missing"));

    [Fact]
    public Task NoSites_ReportedAtTheSitesArray()
    {
        const string Profile = "{ \"formatVersion\": 1, \"runsMerged\": 1, \"sites\": [] }";
        return Run(Profile, ExpectedAt(Profile, "[", "it has no sites (was the program run long enough for the runtime to sample its calls?)"));
    }

    [Fact]
    public Task SitesOfAnotherAssemblyOnly_ReportedWithTheirAssemblies()
    {
        var profile = TestProfile.Json(new TestSite("M:C.M", "M:I.F", 0, 90, ("A", 20)) { Assembly = "Other" });
        return Run(profile, ExpectedAt(profile, "[", "it has no sites of assembly 'TestProject', only of 'Other'", after: "\"sites\": "));
    }

    private static Task Run(string profile, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Code };
        test.TestState.AdditionalFiles.Add((TestProfile.Path, profile));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(int line, int column, string problem)
        => VerifyCS.Diagnostic(InvalidProfileAnalyzer.Rule)
            .WithLocation(TestProfile.Path, line, column)
            .WithArguments("dispatch-profile.json", problem);

    /// <summary>The diagnostic at the first <paramref name="text"/> of <paramref name="profile"/> that follows <paramref name="after"/>.</summary>
    private static DiagnosticResult ExpectedAt(string profile, string text, string problem, string after = "")
    {
        var offset = profile.IndexOf(after + text, System.StringComparison.Ordinal) + after.Length;
        var before = profile[..offset];
        return Expected(before.Split('\n').Length, offset - before.LastIndexOf('\n'), problem);
    }
}
