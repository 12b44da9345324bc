using System.Threading.Tasks;
using DispatchAnalyzers.Configuration;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Configuration.InvalidOptionAnalyzer>;

namespace DispatchAnalyzers.Tests.Configuration;

/// <summary>DSP900: invalid option values and unknown keys, each named with what is used instead, once per compilation.</summary>
public sealed class InvalidOptionTests
{
    private const string Code = """
        class C
        {
            void M() { }
        }
        """;

    [Theory]
    [InlineData("dispatch_analyzers.hot_loop_scope", "everywhere", "all, nested, marked or profile", "the default 'nested'")]
    [InlineData("dispatch_analyzers.hot_loop_scope", "nested loops", "all, nested, marked or profile", "the default 'nested'")]
    [InlineData("dispatch_analyzers.max_hoisted_types", "abc", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.max_hoisted_types", "9", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.max_hoisted_types", "-1", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.max_hoisted_types", "2.5", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.DSP001.max_hoisted_types", "many", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.DSP002.max_switch_arms", "100", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.DSP002.max_split_types", "x", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.mixed_collection_evidence", "all", "stores or implementations", "the default 'stores'")]
    [InlineData("dispatch_analyzers.DSP005.max_types", "9", "an integer from 0 to 8", "the default '3'")]
    [InlineData("dispatch_analyzers.DSP005.max_body_statements", "1001", "an integer from 0 to 1000", "the default '10'")]
    [InlineData("dispatch_analyzers.hot_path_attributes", "HotPath, Hot Path", "C# attribute names separated by ',' or ';'", "the default 'HotPath,Benchmark'")]
    [InlineData("dispatch_analyzers.hot_path_attributes", "[HotPath]", "C# attribute names separated by ',' or ';'", "the default 'HotPath,Benchmark'")]
    [InlineData("dispatch_analyzers.hot_path_attributes", "My.Fast-Path", "C# attribute names separated by ',' or ';'", "the default 'HotPath,Benchmark'")]
    public Task InvalidValue_ReportsKeyValueAndDefault(string key, string value, string expected, string usedInstead)
        => Run($"{key} = {value}", Invalid(key, value, expected, usedInstead));

    [Theory]
    [InlineData("dispatch_analyzers.hot_loop_scope = Marked")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 0")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 8")]
    [InlineData("dispatch_analyzers.DSP001.max_hoisted_types = 2")]
    [InlineData("dispatch_analyzers.dsp002.max_switch_arms = 4")]
    [InlineData("dispatch_analyzers.DSP002.max_split_types = 1")]
    [InlineData("dispatch_analyzers.mixed_collection_evidence = implementations")]
    [InlineData("dispatch_analyzers.DSP005.max_types = 0")]
    [InlineData("dispatch_analyzers.DSP005.max_body_statements = 1000")]
    [InlineData("dispatch_analyzers.hot_path_attributes = My.Namespace.FastAttribute; Hot ,global::Game.Loop")]
    [InlineData("dispatch_analyzers.hot_path_attributes = ")]
    [InlineData("dotnet_diagnostic.DSP001.severity = none\nother_tool.max_hoisted_types = lots")]
    public Task ValidOrForeignOption_NoDiagnostic(string editorConfig)
        => Run(editorConfig);

    [Fact]
    public Task NoOptions_NoDiagnostic()
        => VerifyCS.VerifyAnalyzerAsync(Code);

    [Theory]
    [InlineData("dispatch_analyzers.max_hoist_types", "2", "dispatch_analyzers.max_hoisted_types")]
    [InlineData("dispatch_analyzers.hot_loop_scop", "all", "dispatch_analyzers.hot_loop_scope")]
    [InlineData("dispatch_analyzers.hotpath_attributes", "Fast", "dispatch_analyzers.hot_path_attributes")]
    [InlineData("dispatch_analyzers.dsp003.max_hoisted_types", "2", "dispatch_analyzers.DSP001.max_hoisted_types")]
    [InlineData("dispatch_analyzers.dsp002.max_switch_types", "2", "dispatch_analyzers.DSP002.max_switch_arms")]
    [InlineData("dispatch_analyzers.mixed_collection", "stores", "dispatch_analyzers.mixed_collection_evidence")]
    public Task UnknownKey_ReportsClosestKnownKey(string key, string value, string suggestion)
        => Run($"{key} = {value}", Unknown(key, value, suggestion));

    [Fact]
    public Task PerRuleKeyInvalid_NamesTheSharedKeyItFallsBackTo()
        => Run(
            "dispatch_analyzers.max_hoisted_types = 2\ndispatch_analyzers.DSP002.max_switch_arms = two",
            Invalid("dispatch_analyzers.DSP002.max_switch_arms", "two", "an integer from 0 to 8", "'2' from 'dispatch_analyzers.max_hoisted_types'"));

    [Fact]
    public Task PerRuleAndSharedKeysInvalid_BothReportedWithTheDefault()
        => Run(
            "dispatch_analyzers.max_hoisted_types = ten\ndispatch_analyzers.DSP001.max_hoisted_types = 10",
            Invalid("dispatch_analyzers.max_hoisted_types", "ten", "an integer from 0 to 8", "the default '3'"),
            Invalid("dispatch_analyzers.DSP001.max_hoisted_types", "10", "an integer from 0 to 8", "the default '3'"));

    [Fact]
    public Task SeveralProblems_EachReportedAsWarning()
        => Run(
            "dispatch_analyzers.hot_loop_scope = everywhere\ndispatch_analyzers.max_hoisted_type = 2",
            Invalid("dispatch_analyzers.hot_loop_scope", "everywhere", "all, nested, marked or profile", "the default 'nested'").WithSeverity(DiagnosticSeverity.Warning),
            Unknown("dispatch_analyzers.max_hoisted_type", "2", "dispatch_analyzers.max_hoisted_types").WithSeverity(DiagnosticSeverity.Warning));

    private static DiagnosticResult Invalid(string key, string value, string expected, string usedInstead)
        => VerifyCS.Diagnostic(InvalidOptionAnalyzer.InvalidValueRule).WithArguments(key, value, expected, usedInstead);

    private static DiagnosticResult Unknown(string key, string value, string suggestion)
        => VerifyCS.Diagnostic(InvalidOptionAnalyzer.UnknownKeyRule).WithArguments(key, value, suggestion);

    /// <summary>
    /// DSP900 has no location (editorconfig is not part of the compilation), so <c>// &lt;auto-generated/&gt;</c> or
    /// <c>#pragma</c> in a source cannot hide it: the verifier's generated-code and pragma re-runs do not apply.
    /// </summary>
    private static Task Run(string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test
        {
            TestCode = Code,
            EditorConfig = editorConfig,
            TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
