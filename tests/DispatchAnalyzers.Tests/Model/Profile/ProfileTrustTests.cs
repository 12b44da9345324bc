using System.Security.Cryptography;
using System.Text;
using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DispatchAnalyzers.Tests.Model.Profile;

/// <summary>How far an entry is trusted: the document's checksum, else the member's source hash, else "may be stale".</summary>
public sealed class ProfileTrustTests
{
    private const string Shapes = """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 1; }
        public sealed class Square : IShape { public double Area() => 2; }

        """;

    private const string Member = "M:Scene.Render(IShape)";

    [Fact]
    public void DocumentChecksumEqual_IsExact()
    {
        var source = Shapes + "public static class Scene { public static double Render(IShape s) => s.Area(); }";
        var checksum = new ProfiledCompilation(source, null).Checksum;
        var compilation = new ProfiledCompilation(source, TestProfile.Json(Site() with { Checksum = checksum }));

        Assert.Equal(ProfileTrust.Exact, compilation.Find<InvocationExpressionSyntax>("s.Area()")!.Trust);
        Assert.True(compilation.Model.Profile.Covers(compilation.Site<InvocationExpressionSyntax>("s.Area()").Member));
    }

    [Fact]
    public void ChecksumOfAnotherAlgorithm_IsNotExact()
    {
        var source = Shapes + "public static class Scene { public static double Render(IShape s) => s.Area(); }";
        var checksum = new ProfiledCompilation(source, null).Checksum;
        var compilation = new ProfiledCompilation(source, TestProfile.Json(Site() with { Checksum = checksum, ChecksumAlgorithm = "SHA1" }));

        Assert.Equal(ProfileTrust.MayBeStale, compilation.Find<InvocationExpressionSyntax>("s.Area()")!.Trust);
    }

    [Fact]
    public void DocumentChangedButExpressionBodyHashEqual_IsMemberUnchanged()
    {
        var compilation = new ProfiledCompilation(
            Shapes + "// a line added above\npublic static class Scene { public static double Render(IShape s) => s.Area(); }",
            TestProfile.Json(Site() with { MemberSourceHash = Sha256("s.Area()") }));

        Assert.Equal(ProfileTrust.MemberUnchanged, compilation.Find<InvocationExpressionSyntax>("s.Area()")!.Trust);
        Assert.True(compilation.Model.Profile.Covers(compilation.Site<InvocationExpressionSyntax>("s.Area()").Member));
    }

    [Fact]
    public void BlockBodyWithCrLfHashedWithLf_IsMemberUnchanged()
    {
        var compilation = new ProfiledCompilation(
            (Shapes + "public static class Scene\n{\n    public static double Render(IShape s)\n    {\n        return s.Area();\n    }\n}\n").Replace("\n", "\r\n"),
            TestProfile.Json(Site() with { MemberSourceHash = Sha256("{\n        return s.Area();\n    }") }));

        Assert.Equal(ProfileTrust.MemberUnchanged, compilation.Find<InvocationExpressionSyntax>("s.Area()")!.Trust);
    }

    [Fact]
    public void MemberChangedButKeyStillResolves_MayBeStale()
    {
        var compilation = new ProfiledCompilation(
            Shapes + "public static class Scene { public static double Render(IShape s) => 2 * s.Area(); }",
            TestProfile.Json(Site() with { MemberSourceHash = Sha256("s.Area()") }));

        Assert.Equal(ProfileTrust.MayBeStale, compilation.Find<InvocationExpressionSyntax>("s.Area()")!.Trust);
        Assert.False(compilation.Model.Profile.Covers(compilation.Site<InvocationExpressionSyntax>("s.Area()").Member));
    }

    [Fact]
    public void KeyNoLongerResolves_EntryIgnored()
    {
        var compilation = new ProfiledCompilation(
            Shapes + "public static class Scene { public static double Render(IShape s) => s.Area(); }",
            TestProfile.Json(Site() with { Ordinal = 1 }));

        Assert.Null(compilation.Find<InvocationExpressionSyntax>("s.Area()"));
    }

    [Fact]
    public void TwoEntriesWithOneKey_TheNearerLineWins()
    {
        var source = Shapes + "public static class Scene\n{\n    public static double Render(IShape s) => s.Area();\n}\n";
        var compilation = new ProfiledCompilation(
            source,
            TestProfile.Json(
                new TestSite(Member, "M:IShape.Area", 0, 90, ("Circle", 32)) { Line = 40 },
                new TestSite(Member, "M:IShape.Area", 0, 90, ("Square", 32)) { Line = 6 }));

        Assert.Equal("Square", compilation.Find<InvocationExpressionSyntax>("s.Area()")!.Targets[0].Name);
    }

    private static TestSite Site() => new(Member, "M:IShape.Area", 0, 90, ("Circle", 20), ("Square", 12));

    private static string Sha256(string text) => System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
