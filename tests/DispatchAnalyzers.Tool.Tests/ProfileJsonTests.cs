using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DispatchAnalyzers.Tool.Profile;
using Xunit;

namespace DispatchAnalyzers.Tool.Tests;

public sealed class ProfileJsonTests
{
    [Fact]
    public void SameProfile_WritesTheSameBytes_SortedWithLfEndings()
    {
        var first = Write(TestProfiles.ThreeSites());
        var reversed = TestProfiles.ThreeSites() with { Sites = TestProfiles.ThreeSites().Sites.Reverse().ToList() };

        Assert.Equal(first, Write(reversed));
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("src/Program.cs", StringComparison.Ordinal) < first.IndexOf("src/Scenes.cs", StringComparison.Ordinal));
        Assert.True(first.IndexOf("\"startLine\": 63", StringComparison.Ordinal) < first.IndexOf("\"startLine\": 80", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_AreInvariant_UnderAnotherCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var json = Write(TestProfiles.ThreeSites());

            Assert.Contains("\"share\": 0.5\n", json, StringComparison.Ordinal);
            Assert.Contains("\"share\": 0.4063\n", json, StringComparison.Ordinal);
            Assert.Contains("\"percentile\": 90", json, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void WrittenProfile_ReadsBackToTheSameProfile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dispatch-json-").FullName, "profile.json");
        var written = Write(TestProfiles.ThreeSites());
        File.WriteAllText(path, written);

        var read = ProfileJsonReader.Read(path);

        Assert.Equal(written, Write(read));
        Assert.Equal("T:App.Circle", read.Sites.Single(s => s.Span.StartLine == 37).Targets[0].Id);
    }

    [Fact]
    public void OtherFormatVersion_IsRejectedWithTheFileName()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dispatch-json-").FullName, "future.json");
        File.WriteAllText(path, Write(TestProfiles.ThreeSites()).Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal));

        var error = Assert.Throws<ProfileFormatException>(() => ProfileJsonReader.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }

    private static string Write(DispatchProfile profile)
    {
        using var stream = new MemoryStream();
        ProfileJsonWriter.Write(profile, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
