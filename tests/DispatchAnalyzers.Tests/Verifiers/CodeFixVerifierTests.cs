using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;
using Microsoft.CodeAnalysis;
using Xunit;
using static DispatchAnalyzers.Tests.Verifiers.VerifierTests;
using VerifyDivergent = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<DispatchAnalyzers.Tests.Verifiers.TestAnalyzers.BadLocalAnalyzer, DispatchAnalyzers.Tests.Verifiers.TestAnalyzers.DivergentDocumentFixAll>;
using VerifyFix = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<DispatchAnalyzers.Tests.Verifiers.TestAnalyzers.BadLocalAnalyzer, DispatchAnalyzers.Tests.Verifiers.TestAnalyzers.RenameBadLocalFix>;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>The code-fix half of the verifier: fixed text, action choice, iterations, compile and run checks, Fix All.</summary>
public class CodeFixVerifierTests
{
    private const string Program = """
        class Program
        {
            static void Main()
            {
                int [|bad|] = 1;
                System.Console.WriteLine(bad);
            }
        }
        """;

    private const string FixedProgram = """
        class Program
        {
            static void Main()
            {
                int good = 1;
                System.Console.WriteLine(good);
            }
        }
        """;

    private const string TwoMethods = """
        class C
        {
            void M() { int [|bad|] = 1; M(bad); }
            void N() { int [|bad|] = 2; M(bad); }
            void M(int x) { }
        }
        """;

    [Fact]
    public Task CodeFix_ExpectedFixedCode_Passes() => VerifyFix.VerifyCodeFixAsync(Program, FixedProgram);

    [Fact]
    public async Task CodeFix_WrongFixedCode_FailsWithDiff()
    {
        var message = await FailsAsync(() => VerifyFix.VerifyCodeFixAsync(Program, FixedProgram.Replace("good", "fine")));
        Assert.Contains("Code fix: /0/Test0.cs differs from the expected fixed code.", message);
        Assert.Contains("-        int fine = 1;", message);
        Assert.Contains("+        int good = 1;", message);
    }

    [Fact]
    public async Task CodeFix_ByEquivalenceKeyOrIndex_ChoosesThatAction()
    {
        var fine = FixedProgram.Replace("good", "fine");
        await new VerifyFix.Test { TestCode = Program, FixedCode = fine, CodeActionEquivalenceKey = "RenameToFine" }.RunAsync();
        await new VerifyFix.Test { TestCode = Program, FixedCode = fine, CodeActionIndex = 1 }.RunAsync();
    }

    [Fact]
    public async Task CodeFix_MissingEquivalenceKey_FailsListingOfferedActions()
    {
        var message = await FailsAsync(() => new VerifyFix.Test { TestCode = Program, FixedCode = FixedProgram, CodeActionEquivalenceKey = "RenameToGreat" }.RunAsync());
        Assert.Contains("no action has CodeActionEquivalenceKey 'RenameToGreat'", message);
        Assert.Contains("Offered: [0] \"Rename to good\" (key: RenameToGood), [1] \"Rename to fine\" (key: RenameToFine)", message);
    }

    [Fact]
    public async Task CodeFix_NonCompilingResult_Fails()
    {
        const string Broken = """
            class C
            {
                void M()
                {
                    int good = 1;
                    System.Console.WriteLine({|CS0103:bad|});
                }
            }
            """;
        var source = Broken.Replace("int good", "int [|bad|]").Replace("{|CS0103:bad|}", "bad");
        var message = await FailsAsync(() => CSharpCodeFixVerifier<BadLocalAnalyzer, DeclarationOnlyRenameFix>.VerifyCodeFixAsync(source, Broken));
        Assert.Contains("the fixed code has new compiler errors", message);
        Assert.Contains("CS0103", message);
    }

    [Fact]
    public async Task CodeFix_ChangingOutput_FailsOnlyWhenRunAndCompareOutput()
    {
        var changed = FixedProgram.Replace("good = 1", "good = 1 + 1");
        await CSharpCodeFixVerifier<BadLocalAnalyzer, ValueChangingRenameFix>.VerifyCodeFixAsync(Program, changed);

        var message = await FailsAsync(() => new CSharpCodeFixVerifier<BadLocalAnalyzer, ValueChangingRenameFix>.Test
        {
            TestCode = Program,
            FixedCode = changed,
            OutputKind = OutputKind.ConsoleApplication,
            RunAndCompareOutput = true,
        }.RunAsync());
        Assert.Contains("the fixed program prints something else", message);
        Assert.Contains("-1", message);
        Assert.Contains("+2", message);
    }

    [Fact]
    public Task CodeFix_KeepingOutput_PassesRunAndCompareOutput()
        => new VerifyFix.Test
        {
            TestCode = Program,
            FixedCode = FixedProgram,
            OutputKind = OutputKind.ConsoleApplication,
            RunAndCompareOutput = true,
            LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12,
        }.RunAsync();

    [Fact]
    public async Task RunAndCompareOutput_ProgramNotFinishing_Fails()
    {
        const string Sleeping = "class Program { static void Main() { int [|bad|] = 1; System.Threading.Thread.Sleep(bad * -1); } }";
        var message = await FailsAsync(() => new VerifyFix.Test
        {
            TestCode = Sleeping,
            FixedCode = Sleeping.Replace("[|bad|]", "good").Replace("(bad", "(good"),
            OutputKind = OutputKind.ConsoleApplication,
            RunAndCompareOutput = true,
            RunTimeout = System.TimeSpan.FromMilliseconds(200),
        }.RunAsync());
        Assert.Contains("The program did not finish within 0.2 s.", message);
    }

    [Fact]
    public async Task RunAndCompareOutput_ExceptionIsPartOfOutput()
    {
        const string Throwing = """
            class Program
            {
                static void Main()
                {
                    int [|bad|] = 0;
                    System.Console.WriteLine("before");
                    System.Console.WriteLine(1 / bad);
                }
            }
            """;
        var message = await FailsAsync(() => new CSharpCodeFixVerifier<BadLocalAnalyzer, ValueChangingRenameFix>.Test
        {
            TestCode = Throwing,
            FixedCode = Throwing.Replace("[|bad|] = 0", "good = 0 + 1").Replace("/ bad", "/ good"),
            OutputKind = OutputKind.ConsoleApplication,
            RunAndCompareOutput = true,
        }.RunAsync());
        Assert.Contains("-Unhandled exception: System.DivideByZeroException: Attempted to divide by zero.", message);
        Assert.Contains("+1", message);
    }

    [Fact]
    public async Task RunAndCompareOutput_WithoutConsoleApplication_Fails()
    {
        var message = await FailsAsync(() => new VerifyFix.Test { TestCode = Program, FixedCode = FixedProgram, RunAndCompareOutput = true }.RunAsync());
        Assert.Contains("RunAndCompareOutput needs OutputKind.ConsoleApplication", message);
    }

    [Fact]
    public Task CodeFix_AllDiagnostics_FixedByDefault()
        => VerifyFix.VerifyCodeFixAsync(TwoMethods, TwoMethods.Replace("int [|bad|]", "int good").Replace("M(bad)", "M(good)"));

    [Fact]
    public Task CodeFix_OneIteration_RemainingDiagnosticInFixedMarkup_Passes()
        => new VerifyFix.Test
        {
            TestCode = TwoMethods,
            FixedCode = """
                class C
                {
                    void M() { int good = 1; M(good); }
                    void N() { int [|bad|] = 2; M(bad); }
                    void M(int x) { }
                }
                """,
            NumberOfIterations = 1,
            BatchFixedCode = TwoMethods.Replace("int [|bad|]", "int good").Replace("M(bad)", "M(good)"),
        }.RunAsync();

    [Fact]
    public async Task CodeFix_RemainingDiagnosticNotInFixedMarkup_Fails()
    {
        var message = await FailsAsync(() => new VerifyFix.Test
        {
            TestCode = TwoMethods,
            FixedCode = TwoMethods.Replace("void M() { int [|bad|] = 1; M(bad); }", "void M() { int good = 1; M(good); }").Replace("[|bad|]", "bad"),
            NumberOfIterations = 1,
        }.RunAsync());
        Assert.Contains("Code fix, diagnostics remaining after the fix", message);
        Assert.Contains("Unexpected: TST001 at /0/Test0.cs(4,20)-(4,23)", message);
    }

    [Fact]
    public async Task CodeFix_TooFewIterations_Fails()
    {
        var message = await FailsAsync(() => new VerifyFix.Test { TestCode = Program, FixedCode = FixedProgram, NumberOfIterations = 2 }.RunAsync());
        Assert.Contains("expected 2 iteration(s), but only 1 applied a fix", message);
    }

    [Theory]
    [InlineData("Document")]
    [InlineData("Project")]
    [InlineData("Solution")]
    public async Task FixAll_DifferentResult_FailsInEachScope(string scope)
    {
        var fixedCode = TwoMethods.Replace("int [|bad|]", "int good").Replace("M(bad)", "M(good)");
        var run = scope switch
        {
            "Document" => VerifyDivergent.VerifyCodeFixAsync(TwoMethods, fixedCode),
            "Project" => CSharpCodeFixVerifier<BadLocalAnalyzer, DivergentProjectFixAll>.VerifyCodeFixAsync(TwoMethods, fixedCode),
            _ => CSharpCodeFixVerifier<BadLocalAnalyzer, DivergentSolutionFixAll>.VerifyCodeFixAsync(TwoMethods, fixedCode),
        };
        var message = await FailsAsync(() => run);
        Assert.Contains($"Fix all ({scope}): /0/Test0.cs differs from the expected fixed code.", message);
        Assert.Contains("+    void M() { int other = 1; M(other); }", message);
    }

    [Fact]
    public async Task FixAll_ProjectScope_FixesAdditionalSourcesInOneRound()
    {
        const string Other = "class O { void M() { int [|bad|] = 0; System.Console.WriteLine(bad); } }";
        var message = await FailsAsync(() => new CSharpCodeFixVerifier<BadLocalAnalyzer, DivergentProjectFixAll>.Test
        {
            TestCode = Program,
            FixedCode = FixedProgram,
            AdditionalSources = { ("Other.cs", Other) },
            FixedAdditionalSources = [("Other.cs", Other.Replace("[|bad|]", "good").Replace("(bad)", "(good)"))],
            BatchFixedCode = FixedProgram.Replace("good", "other"),
            NumberOfFixAllIterations = 1,
        }.RunAsync());
        Assert.Contains("Fix all (Project): /0/Other.cs differs from the expected fixed code.", message);
        Assert.Contains("+class O { void M() { int other = 0; System.Console.WriteLine(other); } }", message);
    }

    [Fact]
    public Task FixAll_BatchFixedCode_IsComparedForFixAll()
        => new VerifyDivergent.Test
        {
            TestCode = TwoMethods,
            FixedCode = TwoMethods.Replace("int [|bad|]", "int good").Replace("M(bad)", "M(good)"),
            BatchFixedCode = TwoMethods.Replace("int [|bad|]", "int other").Replace("M(bad)", "M(other)"),
        }.RunAsync();

    [Fact]
    public Task FixAll_NullProvider_IsSkipped()
        => new CSharpCodeFixVerifier<BadLocalAnalyzer, NoFixAllRenameFix>.Test
        {
            TestCode = TwoMethods,
            FixedCode = TwoMethods.Replace("int [|bad|]", "int good").Replace("M(bad)", "M(good)"),
            BatchFixedCode = "class NeverCompared { }",
        }.RunAsync();

    [Fact]
    public async Task FixAll_AcrossAdditionalSources_FixesEveryDocument()
    {
        const string Other = "class O { void M() { int [|bad|] = 0; System.Console.WriteLine(bad); } }";
        await new VerifyFix.Test
        {
            TestCode = Program,
            FixedCode = FixedProgram,
            AdditionalSources = { ("Other.cs", Other) },
            FixedAdditionalSources = [("Other.cs", "class O { void M() { int good = 0; System.Console.WriteLine(good); } }")],
        }.RunAsync();

        var message = await FailsAsync(() => new VerifyFix.Test
        {
            TestCode = Program,
            FixedCode = FixedProgram,
            AdditionalSources = { ("Other.cs", Other) },
        }.RunAsync());
        Assert.Contains("/0/Other.cs differs from the expected fixed code.", message);
    }

    [Fact]
    public Task CodeFix_ExpectedDiagnosticsWithResults_Passes()
        => VerifyFix.VerifyCodeFixAsync(
            Program.Replace("[|bad|]", "{|#0:bad|}"),
            VerifyFix.Diagnostic().WithLocation(0).WithArguments("bad").WithSeverity(DiagnosticSeverity.Warning),
            FixedProgram);

    [Fact]
    public async Task ApplyAllActions_AppliesEachOfferedActionToEachDiagnostic()
    {
        using var workspace = new AdhocWorkspace();
        var project = ProjectBuilder.Create(workspace, ProjectSettings.Default, [(AnalyzerTest.TestPath, MarkupParser.Strip(TwoMethods))]);
        var results = await CodeFixRunner.ApplyAllActionsAsync(project, [new BadLocalAnalyzer()], new RenameBadLocalFix());

        Assert.Equal(4, results.Length);
        Assert.Equal(["Rename to good", "Rename to fine", "Rename to good", "Rename to fine"], results.Select(r => r.Action.Title).ToArray());
        var text = (await results[3].Result.GetDocument(project.Documents.Single().Id)!.GetTextAsync()).ToString();
        Assert.Contains("void N() { int fine = 2; M(fine); }", text);
        Assert.Contains("void M() { int bad = 1; M(bad); }", text);
    }
}
