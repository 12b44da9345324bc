using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Rules.DSP005;

/// <summary>DSP005's options: documented values, and the default for anything malformed or out of range.</summary>
public sealed class InterfaceCollectionEnumerationOptionsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 8 ", 8)]
    [InlineData("9", InterfaceCollectionEnumerationOptions.DefaultMaxTypes)]
    [InlineData("-1", InterfaceCollectionEnumerationOptions.DefaultMaxTypes)]
    [InlineData("two", InterfaceCollectionEnumerationOptions.DefaultMaxTypes)]
    public void MaxTypes_ParsedOrDefault(string value, int expected)
        => Assert.Equal(expected, Read(InterfaceCollectionEnumerationOptions.MaxTypesKey, value).MaxTypes);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("25", 25)]
    [InlineData("1001", InterfaceCollectionEnumerationOptions.DefaultMaxBodyStatements)]
    [InlineData("", InterfaceCollectionEnumerationOptions.DefaultMaxBodyStatements)]
    public void MaxBodyStatements_ParsedOrDefault(string value, int expected)
        => Assert.Equal(expected, Read(InterfaceCollectionEnumerationOptions.MaxBodyStatementsKey, value).MaxBodyStatements);

    [Fact]
    public void Missing_Defaults()
    {
        var options = InterfaceCollectionEnumerationOptions.Read(new DictionaryOptions(new()));
        Assert.Equal((3, 10), (options.MaxTypes, options.MaxBodyStatements));
    }

    private static InterfaceCollectionEnumerationOptions Read(string key, string value)
        => InterfaceCollectionEnumerationOptions.Read(new DictionaryOptions(new() { [key] = value }));

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
