using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>Option parsing: documented values, tolerated spellings, and defaults for anything malformed.</summary>
public sealed class DispatchOptionsTests
{
    [Theory]
    [InlineData("all", "All")]
    [InlineData(" Nested ", "Nested")]
    [InlineData("MARKED", "Marked")]
    [InlineData("everything", "Nested")]
    [InlineData("", "Nested")]
    public void HotLoopScope_ParsedOrDefault(string value, string expected)
        => Assert.Equal(expected, Read(DispatchOptions.HotLoopScopeKey, value).HotLoopScope.ToString());

    [Theory]
    [InlineData("0", 0)]
    [InlineData("5", 5)]
    [InlineData("8", 8)]
    [InlineData("9", DispatchOptions.DefaultMaxHoistedTypes)]
    [InlineData("-1", DispatchOptions.DefaultMaxHoistedTypes)]
    [InlineData("three", DispatchOptions.DefaultMaxHoistedTypes)]
    public void MaxHoistedTypes_ParsedOrDefault(string value, int expected)
        => Assert.Equal(expected, Read(DispatchOptions.MaxHoistedTypesKey, value).MaxHoistedTypes);

    [Theory]
    [InlineData("Fast", new[] { "Fast" })]
    [InlineData("My.Namespace.FastAttribute; Hot ,Fast", new[] { "Fast", "Hot" })]
    [InlineData(" , ", new string[0])]
    public void HotPathAttributes_SimpleNamesWithoutSuffix(string value, string[] expected)
        => Assert.Equal(expected, Read(DispatchOptions.HotPathAttributesKey, value).HotPathAttributes);

    [Theory]
    [InlineData("stores", "Stores")]
    [InlineData(" Implementations ", "Implementations")]
    [InlineData("all", "Stores")]
    [InlineData("", "Stores")]
    public void MixedCollectionEvidence_ParsedOrDefault(string value, string expected)
        => Assert.Equal(expected, Read(DispatchOptions.MixedCollectionEvidenceKey, value).MixedCollectionEvidence.ToString());

    [Fact]
    public void NoOptions_Defaults()
    {
        var options = DispatchOptions.Read(new DictionaryOptions(new()), publishAot: false);
        Assert.Equal(HotLoopScope.Nested, options.HotLoopScope);
        Assert.Equal(new[] { "HotPath", "Benchmark" }, options.HotPathAttributes);
        Assert.Equal(3, options.MaxHoistedTypes);
        Assert.Equal(MixedCollectionEvidence.Stores, options.MixedCollectionEvidence);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    public void PublishAot_OnlyTrueCounts(string value, bool expected)
        => Assert.Equal(expected, DispatchOptions.ReadPublishAot(new DictionaryOptions(new() { [DispatchOptions.PublishAotKey] = value })));

    [Fact]
    public void OperationKindsUnknownToRoslyn45_MatchTheRuntimeRoslyn()
    {
        // ConstantTripCount names these kinds by number because the package compiles against Roslyn 4.5.
        Assert.Equal(OperationKind.CollectionExpression, (OperationKind)0x7F);
        Assert.Equal(OperationKind.Spread, (OperationKind)0x80);
    }

    private static DispatchOptions Read(string key, string value)
        => DispatchOptions.Read(new DictionaryOptions(new() { [key] = value }), publishAot: false);

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
