using System;
using System.Linq;
using System.Threading;
using DispatchAnalyzers.Model.Profile;
using Xunit;

namespace DispatchAnalyzers.Tests.Model.Profile;

/// <summary>The strict reader: every entry read from a valid file, and garbage of any shape an error, never an exception.</summary>
public sealed class ProfileReaderTests
{
    private static readonly string Valid = TestProfile.Json(
        runs: 3,
        new TestSite("M:Scene.Render(IShape)", "M:IShape.Area", 1, 62.5, ("Demo.Circle", 13), ("Demo.Square", 10), ("Demo.Triangle", 9)) { MemberSourceHash = "ab12", Line = 37 });

    [Fact]
    public void ValidProfile_ReadsEveryField()
    {
        var file = ProfileReader.Read(Valid, CancellationToken.None);

        Assert.Null(file.Error);
        Assert.Equal(3, file.Runs);
        var site = Assert.Single(file.Sites);
        Assert.Equal(("TestProject", "M:Scene.Render(IShape)", "M:IShape.Area", 1, 37, "ab12"), (site.Assembly, site.Member, site.Callee, site.Ordinal, site.StartLine, site.MemberSourceHash));
        Assert.Equal((62.5, 32, 1000L), (site.Percentile, site.Samples, site.BlockCount!.Value));
        Assert.Equal(new[] { "Demo.Circle", "Demo.Square", "Demo.Triangle" }, site.Targets.Select(t => t.Name));
        Assert.Equal(0.4063, site.Targets[0].Share);
    }

    [Fact]
    public void EveryTruncation_IsAnErrorInsideTheText()
    {
        for (var length = 0; length < Valid.TrimEnd().Length; length++)
        {
            var file = ProfileReader.Read(Valid[..length], CancellationToken.None);

            Assert.True(file.Error is not null, $"prefix of {length} characters read without error");
            Assert.InRange(file.ErrorOffset, 0, length);
        }
    }

    [Fact]
    public void RandomCorruptions_NeverThrow()
    {
        var random = new Random(11);
        var garbage = new[] { "{", "}", "[", "]", ",", ":", "\"", "\\", "-", "1e999", "null", "\0", "\uFEFF", "tru", "0.5.5", "\u0001" };
        var errors = 0;
        for (var i = 0; i < 2000; i++)
        {
            var text = Valid.ToCharArray().ToList();
            for (var edit = 0; edit < 1 + random.Next(3); edit++)
            {
                var at = random.Next(text.Count);
                text.RemoveRange(at, Math.Min(random.Next(4), text.Count - at));
                text.InsertRange(at, garbage[random.Next(garbage.Length)]);
            }

            var file = ProfileReader.Read(new string(text.ToArray()), CancellationToken.None);
            errors += file.Error is null ? 0 : 1;
        }

        Assert.True(errors > 1000, $"only {errors} of 2000 corruptions were errors");
    }

    [Theory]
    [InlineData("{\"formatVersion\": 1, \"runsMerged\": 1, \"sites\": [], \"sites\": []}", "property 'sites' appears twice")]
    [InlineData("{\"formatVersion\": 1.5, \"runsMerged\": 1, \"sites\": []}", "'formatVersion' is 1.5, not a non-negative integer in range")]
    [InlineData("[1, 2]", "the profile is an array where an object was expected")]
    [InlineData("{\"formatVersion\": 1, \"runsMerged\": 1, \"sites\": [ 3 ]}", "an element of 'sites' is a number where an object was expected")]
    [InlineData("{\"formatVersion\": \"1\"}", "'formatVersion' is a string where a number was expected")]
    [InlineData("{\"formatVersion\": 1} // done", "unexpected text after the JSON value")]
    [InlineData("{\"formatVersion\": 1, \"runsMerged\": 1, \"sites\": [], }", "'}' where a property name in double quotes was expected")]
    [InlineData("{\"a\": \"\\x\"}", "an invalid escape sequence in a string")]
    public void MalformedOrMistyped_NamesTheProblem(string text, string error)
        => Assert.Equal(error, ProfileReader.Read(text, CancellationToken.None).Error);

    [Fact]
    public void DeeplyNested_IsAnErrorNotAStackOverflow()
        => Assert.Equal("values are nested more than 64 deep", ProfileReader.Read(new string('[', 100_000), CancellationToken.None).Error);
}
