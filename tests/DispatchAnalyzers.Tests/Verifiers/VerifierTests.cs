using System;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;
using Microsoft.CodeAnalysis;
using Xunit;
using VerifyBad = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Tests.Verifiers.TestAnalyzers.BadLocalAnalyzer>;
using VerifyConfig = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Tests.Verifiers.TestAnalyzers.ConfigReadingAnalyzer>;
using VerifyNested = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Tests.Verifiers.TestAnalyzers.NestedRulesAnalyzer>;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>The analyzer half of the verifier: what passes, and that each kind of wrong expectation fails usefully.</summary>
public class VerifierTests
{
    private const string OneBadLocal = """
        class C
        {
            void M()
            {
                int [|bad|] = 1;
                System.Console.WriteLine(bad);
            }
        }
        """;

    [Fact]
    public Task Markup_MatchingDiagnostic_Passes() => VerifyBad.VerifyAnalyzerAsync(OneBadLocal);

    [Fact]
    public Task NoDiagnostics_NoMarkup_Passes() => VerifyBad.VerifyAnalyzerAsync("class C { void M() { int good = 1; long bad = 2; } }");

    [Fact]
    public Task NumberedLocation_WithArgumentsMessageAndSeverity_Passes()
        => VerifyBad.VerifyAnalyzerAsync(
            "class C { void M() { int {|#0:bad|} = 1; } }",
            VerifyBad.Diagnostic().WithLocation(0).WithArguments("bad").WithMessage("Local 'bad' is bad").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task WithSpanAndPointLocation_Pass()
        => VerifyBad.VerifyAnalyzerAsync(
            "class C { void M() { int bad = 1; }\n void N() { int bad = 2; } }",
            VerifyBad.Diagnostic(BadLocalAnalyzer.Id).WithSpan(1, 26, 1, 29),
            VerifyBad.Diagnostic(BadLocalAnalyzer.Rule).WithLocation(2, 17));

    [Fact]
    public async Task WrongSpan_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync("class C { void M() { int [|bad = 1|]; } }"));
        Assert.Contains("Missing: TST001 at /0/Test0.cs(1,26)-(1,33)", message);
        Assert.Contains("location: expected /0/Test0.cs(1,26)-(1,33), actual /0/Test0.cs(1,26)-(1,29)", message);
        Assert.Contains("int {|TST001:bad|} = 1;", message);
    }

    [Fact]
    public async Task UnexpectedDiagnostic_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync("class C { void M() { int bad = 1; } }"));
        Assert.Contains("expected 0 diagnostic(s), actual 1", message);
        Assert.Contains("Unexpected: TST001 at /0/Test0.cs(1,26)-(1,29) [Warning] \"Local 'bad' is bad\"", message);
    }

    [Fact]
    public async Task MissingDiagnostic_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync("class C { void M() { int [|good|] = 1; } }"));
        Assert.Contains("expected 1 diagnostic(s), actual 0", message);
        Assert.Contains("Missing: TST001 at /0/Test0.cs(1,26)-(1,30)", message);
    }

    [Fact]
    public async Task WrongId_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync("class C { void M() { int {|TST999:bad|} = 1; } }"));
        Assert.Contains("ID: expected TST999, actual TST001", message);
    }

    [Fact]
    public async Task WrongMessage_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync(
            "class C { void M() { int {|#0:bad|} = 1; } }",
            VerifyBad.Diagnostic().WithLocation(0).WithMessage("Local 'bad' is fine")));
        Assert.Contains("message: expected \"Local 'bad' is fine\", actual \"Local 'bad' is bad\"", message);
    }

    [Fact]
    public async Task WrongArgument_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync(
            "class C { void M() { int {|#0:bad|} = 1; } }",
            VerifyBad.Diagnostic().WithLocation(0).WithArguments("worse")));
        Assert.Contains("message: expected \"Local 'worse' is bad\"", message);
    }

    [Fact]
    public async Task WrongSeverity_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync(
            "class C { void M() { int {|#0:bad|} = 1; } }",
            VerifyBad.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info)));
        Assert.Contains("severity: expected Info, actual Warning", message);
    }

    [Fact]
    public async Task DiagnosticResult_ExpectsDescriptorSeverity_MarkupDoesNot()
    {
        const string Source = "class C { void M() { int {|#0:bad|} = 1; } }";
        var message = await FailsAsync(() => new VerifyBad.Test
        {
            TestCode = Source,
            EditorConfig = "dotnet_diagnostic.TST001.severity = suggestion",
            ExpectedDiagnostics = { VerifyBad.Diagnostic().WithLocation(0) },
        }.RunAsync());
        Assert.Contains("severity: expected Warning, actual Info", message);

        await new VerifyBad.Test { TestCode = OneBadLocal, EditorConfig = "dotnet_diagnostic.TST001.severity = suggestion" }.RunAsync();
    }

    [Fact]
    public Task NestedMarkup_Passes()
        => VerifyNested.VerifyAnalyzerAsync("""
            class C
            {
                void M()
                {
                    {|TST010:int {|TST011:bad|} = 1;|}
                }

                void N()
                {
                    {|TST010:int x = 0, {|#0:bad|} = 2;|}
                }
            }
            """,
            VerifyNested.Diagnostic("TST011").WithLocation(0).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public async Task DefaultMarkup_WithSeveralDescriptors_Throws()
    {
        var exception = await Assert.ThrowsAsync<FormatException>(() => VerifyNested.VerifyAnalyzerAsync("class C { void M() { [|int bad = 1;|] } }"));
        Assert.Contains("exactly one diagnostic ID", exception.Message);
    }

    [Fact]
    public Task CompilerErrorMarkup_Passes()
        => VerifyBad.VerifyAnalyzerAsync("class C { void M() { int [|bad|] = 1; {|CS0246:Missing|} m = null; } }");

    [Fact]
    public Task CompilerError_AsResult_Passes()
        => VerifyBad.VerifyAnalyzerAsync(
            "class C { void M() { {|#0:Missing|} m = null; } }",
            VerifyBad.CompilerError("CS0246").WithLocation(0).WithArguments("Missing"));

    [Fact]
    public async Task UnexpectedCompilerError_Fails()
    {
        var message = await FailsAsync(() => VerifyBad.VerifyAnalyzerAsync("class C { void M() { Missing m = null; } }"));
        Assert.Contains("Unexpected: CS0246", message);
    }

    [Fact]
    public async Task AnalyzerException_Fails()
    {
        var message = await FailsAsync(() => CSharpAnalyzerVerifier<ThrowingAnalyzer>.VerifyAnalyzerAsync("class C { }"));
        Assert.Contains("AD0001", message);
        Assert.Contains("boom from the test analyzer", message);
    }

    [Fact]
    public async Task AnalyzerReportingInGeneratedCode_FailsGeneratedCodeCheck()
    {
        var message = await FailsAsync(() => CSharpAnalyzerVerifier<GeneratedCodeBlindAnalyzer>.VerifyAnalyzerAsync(OneBadLocal));
        Assert.Contains("Generated-code check", message);
        Assert.Contains("Unexpected: TST001 at /0/Test0.cs(6,13)-(6,16)", message);

        await new CSharpAnalyzerVerifier<GeneratedCodeBlindAnalyzer>.Test { TestCode = OneBadLocal, TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck }.RunAsync();
    }

    [Fact]
    public async Task AnalyzerIgnoringPragma_FailsSuppressionCheck()
    {
        var message = await FailsAsync(() => CSharpAnalyzerVerifier<PragmaBlindAnalyzer>.VerifyAnalyzerAsync(OneBadLocal));
        Assert.Contains("Suppression check (sources start with #pragma warning disable TST001)", message);

        await new CSharpAnalyzerVerifier<PragmaBlindAnalyzer>.Test { TestCode = OneBadLocal, TestBehaviors = TestBehaviors.SkipSuppressionCheck }.RunAsync();
    }

    [Fact]
    public Task CompilerErrors_StillExpectedInExclusionChecks_Pass()
        => VerifyBad.VerifyAnalyzerAsync("""
            class C
            {
                {|CS0246:Missing|} Field;
                void M() { int [|bad|] = 1; }
            }
            """);

    [Fact]
    public Task SuppressedDiagnostic_IsExcluded()
        => VerifyBad.VerifyAnalyzerAsync("""
            class C
            {
                void N() { int [|bad|] = 2; }

                void M()
                {
            #pragma warning disable TST001
                    int bad = 1;
                }
            }
            """);

    [Fact]
    public async Task HiddenDiagnostic_IsCompared()
    {
        await CSharpAnalyzerVerifier<HiddenBadLocalAnalyzer>.VerifyAnalyzerAsync(OneBadLocal);
        var message = await FailsAsync(() => CSharpAnalyzerVerifier<HiddenBadLocalAnalyzer>.VerifyAnalyzerAsync("class C { void M() { int bad = 1; } }"));
        Assert.Contains("Unexpected: TST001 at /0/Test0.cs(1,26)-(1,29) [Hidden]", message);
    }

    [Fact]
    public Task DisabledByDefaultDescriptor_IsEnabled() => CSharpAnalyzerVerifier<DisabledByDefaultBadLocalAnalyzer>.VerifyAnalyzerAsync(OneBadLocal);

    [Fact]
    public async Task AdditionalLocations_AreComparedForResults_NotForMarkup()
    {
        const string Source = "class C { void M() { {|#1:int|} {|#0:bad|} = 1; } }";
        await CSharpAnalyzerVerifier<BadLocalWithTypeLocationAnalyzer>.VerifyAnalyzerAsync("class C { void M() { int [|bad|] = 1; } }");
        await CSharpAnalyzerVerifier<BadLocalWithTypeLocationAnalyzer>.VerifyAnalyzerAsync(
            Source, CSharpAnalyzerVerifier<BadLocalWithTypeLocationAnalyzer>.Diagnostic().WithLocation(0).WithLocation(1));

        var message = await FailsAsync(() => CSharpAnalyzerVerifier<BadLocalWithTypeLocationAnalyzer>.VerifyAnalyzerAsync(
            Source, CSharpAnalyzerVerifier<BadLocalWithTypeLocationAnalyzer>.Diagnostic().WithLocation(0)));
        Assert.Contains("additional locations: expected 0, actual 1", message);
    }

    [Fact]
    public async Task AdditionalSources_MarkupIsHonoured()
    {
        await new VerifyBad.Test
        {
            TestCode = OneBadLocal,
            AdditionalSources = { ("Other.cs", "class O { void M() { int [|bad|] = 0; } }") },
        }.RunAsync();

        var message = await FailsAsync(() => new VerifyBad.Test
        {
            TestCode = OneBadLocal,
            AdditionalSources = { ("Other.cs", "class O { void M() { int bad = 0; } }") },
        }.RunAsync());
        Assert.Contains("Unexpected: TST001 at /0/Other.cs(1,26)-(1,29)", message);
    }

    [Fact]
    public Task AdditionalSources_WithSpanByFileName_Passes()
        => new VerifyBad.Test
        {
            TestCode = "class C { }",
            AdditionalSources = { ("Other.cs", "class O { void M() { int bad = 0; } }") },
            ExpectedDiagnostics = { VerifyBad.Diagnostic().WithSpan("Other.cs", 1, 26, 1, 29) },
        }.RunAsync();

    [Fact]
    public async Task EditorConfigSeverity_AppliesToDocuments()
    {
        await new VerifyBad.Test
        {
            TestCode = "class C { void M() { int {|#0:bad|} = 1; } }",
            EditorConfig = "dotnet_diagnostic.TST001.severity = error",
            ExpectedDiagnostics = { VerifyBad.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error) },
        }.RunAsync();

        await new VerifyBad.Test
        {
            TestCode = "class C { void M() { int bad = 1; } }",
            EditorConfig = "dotnet_diagnostic.TST001.severity = none",
        }.RunAsync();
    }

    [Fact]
    public async Task EditorConfigOption_IsSeenByAnalyzer()
    {
        await new VerifyConfig.Test
        {
            TestCode = "class {|#0:C|} { }",
            EditorConfig = "dispatch_analyzers.test_flag = on",
            ExpectedDiagnostics = { VerifyConfig.Diagnostic("TST020").WithLocation(0).WithArguments("on") },
        }.RunAsync();

        await VerifyConfig.VerifyAnalyzerAsync("class C { }");
    }

    [Fact]
    public Task GlobalConfig_IsSeenAsGlobalOption()
        => new VerifyConfig.Test
        {
            TestCode = "class {|#0:C|} { }",
            GlobalConfig = "build_property.PublishAot = true",
            ExpectedDiagnostics = { VerifyConfig.Diagnostic("TST021").WithLocation(0).WithArguments("true") },
        }.RunAsync();

    [Fact]
    public void Diagnostic_UnknownId_Throws()
        => Assert.Throws<InvalidOperationException>(() => VerifyBad.Diagnostic("TST999"));

    internal static async Task<string> FailsAsync(Func<Task> run)
        => (await Assert.ThrowsAsync<VerifierException>(run)).Message;
}
