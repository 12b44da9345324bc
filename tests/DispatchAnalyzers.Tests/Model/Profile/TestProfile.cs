using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DispatchAnalyzers.Tests.Model.Profile;

/// <summary>One site of a test profile: the key, how hot, what reached it, and the staleness evidence.</summary>
internal sealed record TestSite(string Member, string Callee, int Ordinal, double Percentile, params (string Type, int Count)[] Targets)
{
    public string Assembly { get; init; } = TestProfile.AssemblyName;

    public string ChecksumAlgorithm { get; init; } = "SHA256";

    public string Checksum { get; init; } = "0000";

    public string? MemberSourceHash { get; init; }

    public int Line { get; init; } = 1;
}

/// <summary>Writes version-1 profile JSON (docs/profile-format.md) for tests, as the tool would.</summary>
internal static class TestProfile
{
    public const string AssemblyName = "TestProject";
    public const string Path = "/0/dispatch-profile.json";

    public static string Json(params TestSite[] sites) => Json(runs: 1, sites);

    /// <summary>
    /// The source hash of method <paramref name="name"/> in <paramref name="source"/> (test markup removed), as the tool
    /// writes it for a Debug build: SHA-256 of its block body, <c>{</c> to <c>}</c>, LF line endings.
    /// </summary>
    public static string MemberHash(string source, string name)
    {
        var plain = System.Text.RegularExpressions.Regex.Replace(source, @"\{\|#\d+:|\|\}", string.Empty);
        var method = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(plain).GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == name);
        var body = method.Body!.ToString().Replace("\r\n", "\n", System.StringComparison.Ordinal);
        return System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
    }

    public static string Json(int runs, params TestSite[] sites)
    {
        var root = new JsonObject
        {
            ["formatVersion"] = 1,
            ["toolVersion"] = "0.1.0",
            ["runtimeVersion"] = "10.0.12",
            ["collection"] = new JsonObject { ["source"] = "collect", ["runs"] = runs, ["instrumentAll"] = false, ["environment"] = new JsonArray() },
            ["runsMerged"] = runs,
            ["assemblies"] = new JsonArray(),
            ["mapping"] = new JsonObject { ["methodsInData"] = 1, ["methodsMapped"] = 1, ["methodsStale"] = 0, ["methodsAmbiguous"] = 0, ["methodsWithoutPdb"] = 0 },
            ["sites"] = new JsonArray(sites.Select(Site).ToArray<JsonNode?>()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Site(TestSite site)
    {
        var samples = site.Targets.Sum(t => t.Count);
        var targets = site.Targets.OrderByDescending(t => t.Count).Select(t => (JsonNode?)new JsonObject
        {
            ["id"] = "T:" + t.Type,
            ["name"] = t.Type,
            ["count"] = t.Count,
            ["share"] = samples == 0 ? 0 : System.Math.Round((double)t.Count / samples, 4, System.MidpointRounding.AwayFromZero),
        });
        return new JsonObject
        {
            ["path"] = "Test0.cs",
            ["checksum"] = new JsonObject { ["algorithm"] = site.ChecksumAlgorithm, ["hash"] = site.Checksum },
            ["assembly"] = site.Assembly,
            ["member"] = site.Member,
            ["memberSourceHash"] = site.MemberSourceHash,
            ["callee"] = site.Callee,
            ["ordinal"] = site.Ordinal,
            ["kind"] = "interface",
            ["span"] = new JsonObject { ["startLine"] = site.Line, ["startColumn"] = 1, ["endLine"] = site.Line, ["endColumn"] = 2 },
            ["ilOffset"] = 0,
            ["blockCount"] = 1000,
            ["hotness"] = new JsonObject { ["rank"] = 1, ["percentile"] = site.Percentile },
            ["samples"] = samples,
            ["targets"] = new JsonArray(targets.ToArray()),
        };
    }
}
