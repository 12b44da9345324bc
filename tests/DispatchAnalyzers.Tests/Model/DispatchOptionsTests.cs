using DispatchAnalyzers.Model;
using DispatchAnalyzers.Tests.Configuration;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>Option parsing: documented values, tolerated spellings, defaults for anything malformed, rule keys over the shared key.</summary>
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
    [InlineData("global::Game.Loop, global::Tight", new[] { "Loop", "Tight" })]
    [InlineData("Fast, Hot Path", new[] { "HotPath", "Benchmark" })]
    [InlineData("[Fast]", new[] { "HotPath", "Benchmark" })]
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
        var options = DispatchOptions.Read(DictionaryOptions.Of(), publishAot: false);
        Assert.Equal(HotLoopScope.Nested, options.HotLoopScope);
        Assert.Equal(new[] { "HotPath", "Benchmark" }, options.HotPathAttributes);
        Assert.Equal(3, options.MaxHoistedTypes);
        Assert.Equal(3, options.MaxSwitchArms);
        Assert.Equal(3, options.MaxSplitTypes);
        Assert.Equal(MixedCollectionEvidence.Stores, options.MixedCollectionEvidence);
    }

    [Fact]
    public void SharedKeyOnly_BoundsAllThreeFixes()
    {
        var options = DispatchOptions.Read(DictionaryOptions.Of((DispatchOptions.MaxHoistedTypesKey, "5")), publishAot: false);
        Assert.Equal((5, 5, 5), (options.MaxHoistedTypes, options.MaxSwitchArms, options.MaxSplitTypes));
    }

    [Theory]
    [InlineData(DispatchOptions.Dsp001MaxHoistedTypesKey, 1, 5, 5)]
    [InlineData(DispatchOptions.Dsp002MaxSwitchArmsKey, 5, 1, 5)]
    [InlineData(DispatchOptions.Dsp002MaxSplitTypesKey, 5, 5, 1)]
    public void RuleKey_OverridesSharedKeyForItsFixOnly(string ruleKey, int hoist, int switchArms, int split)
    {
        var options = DispatchOptions.Read(DictionaryOptions.Of((DispatchOptions.MaxHoistedTypesKey, "5"), (ruleKey, "1")), publishAot: false);
        Assert.Equal((hoist, switchArms, split), (options.MaxHoistedTypes, options.MaxSwitchArms, options.MaxSplitTypes));
    }

    [Theory]
    [InlineData("dispatch_analyzers.dsp002.max_switch_arms")]
    [InlineData("DISPATCH_ANALYZERS.DSP002.MAX_SWITCH_ARMS")]
    public void RuleKey_MatchedCaseInsensitively(string spelling)
        => Assert.Equal(7, Read(spelling, "7").MaxSwitchArms);

    [Theory]
    [InlineData("5", "abc", 5)]
    [InlineData("5", "9", 5)]
    [InlineData("abc", "x", DispatchOptions.DefaultMaxHoistedTypes)]
    [InlineData("abc", "2", 2)]
    public void InvalidRuleKey_FallsBackToSharedKeyThenDefault(string shared, string rule, int expected)
    {
        var options = DispatchOptions.Read(DictionaryOptions.Of((DispatchOptions.MaxHoistedTypesKey, shared), (DispatchOptions.Dsp002MaxSplitTypesKey, rule)), publishAot: false);
        Assert.Equal(expected, options.MaxSplitTypes);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    public void PublishAot_OnlyTrueCounts(string value, bool expected)
        => Assert.Equal(expected, DispatchOptions.ReadPublishAot(DictionaryOptions.Of((DispatchOptions.PublishAotKey, value))));

    [Fact]
    public void OperationKindsUnknownToRoslyn45_MatchTheRuntimeRoslyn()
    {
        // ConstantTripCount names these kinds by number because the package compiles against Roslyn 4.5.
        Assert.Equal(OperationKind.CollectionExpression, (OperationKind)0x7F);
        Assert.Equal(OperationKind.Spread, (OperationKind)0x80);
    }

    private static DispatchOptions Read(string key, string value)
        => DispatchOptions.Read(DictionaryOptions.Of((key, value)), publishAot: false);
}
