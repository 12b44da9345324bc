using DispatchAnalyzers.Model;
using DispatchAnalyzers.Tests.Configuration;
using Xunit;

namespace DispatchAnalyzers.Tests.Rules.DSP005;

/// <summary>DSP005's options, read through <see cref="DispatchOptions"/>: documented values, and the default for anything malformed or out of range.</summary>
public sealed class InterfaceCollectionEnumerationOptionsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 8 ", 8)]
    [InlineData("9", DispatchOptions.DefaultMaxHoistedTypes)]
    [InlineData("-1", DispatchOptions.DefaultMaxHoistedTypes)]
    [InlineData("two", DispatchOptions.DefaultMaxHoistedTypes)]
    public void MaxTypes_ParsedOrDefault(string value, int expected)
        => Assert.Equal(expected, Read((DispatchOptions.Dsp005MaxTypesKey, value)).MaxCollectionTypes);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("25", 25)]
    [InlineData("1000", 1000)]
    [InlineData("1001", DispatchOptions.DefaultMaxBodyStatements)]
    [InlineData("", DispatchOptions.DefaultMaxBodyStatements)]
    public void MaxBodyStatements_ParsedOrDefault(string value, int expected)
        => Assert.Equal(expected, Read((DispatchOptions.Dsp005MaxBodyStatementsKey, value)).MaxBodyStatements);

    [Fact]
    public void Missing_Defaults()
    {
        var options = Read();
        Assert.Equal((3, 10), (options.MaxCollectionTypes, options.MaxBodyStatements));
    }

    [Fact]
    public void SharedMaxHoistedTypes_DoesNotBoundDsp005()
        => Assert.Equal(DispatchOptions.DefaultMaxHoistedTypes, Read((DispatchOptions.MaxHoistedTypesKey, "1")).MaxCollectionTypes);

    private static DispatchOptions Read(params (string Key, string Value)[] pairs)
        => DispatchOptions.Read(DictionaryOptions.Of(pairs), publishAot: false);
}
