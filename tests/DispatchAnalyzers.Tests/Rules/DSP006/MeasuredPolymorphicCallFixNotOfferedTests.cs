using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Tests.Model.Profile;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.MeasuredPolymorphicCallAnalyzer,
    DispatchAnalyzers.CodeFixes.MeasuredPolymorphicCallCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>
/// Where a type switch could change what the code means, or the option turns the fix off, DSP006 is still reported and
/// the fixer registers no action at all (not one that would leave the code unchanged); the option bounds the arms.
/// </summary>
public sealed class MeasuredPolymorphicCallFixNotOfferedTests
{
    private const string Types = "\n" + """
        public interface IMeasure { double Area(); bool TryArea(out double area); double Scaled(double factor = 1); }
        public sealed class Disc : IMeasure { public double Area() => 3; public bool TryArea(out double area) { area = 3; return true; } public double Scaled(double factor = 2) => 3 * factor; }
        public sealed class Tile : IMeasure { public double Area() => 4; public bool TryArea(out double area) { area = 4; return true; } public double Scaled(double factor = 3) => 4 * factor; }
        public class Blob : IMeasure { public double Area() => 6; public bool TryArea(out double area) { area = 6; return true; } public double Scaled(double factor = 1) => 6 * factor; }
        public class Lump : IMeasure { public double Area() => 8; public bool TryArea(out double area) { area = 8; return true; } public double Scaled(double factor = 1) => 8 * factor; }
        public struct Counter : IMeasure { private int _n; public double Area() => ++_n; public bool TryArea(out double area) { area = ++_n; return true; } public double Scaled(double factor = 1) => factor; }
        public sealed class Unrelated { public double Area() => 7; }
        public sealed class Holder(IMeasure measure) { public IMeasure Measure { get; } = measure; }
        """;

    private const string Member = "M:Scene.Run(Holder[])";

    [Theory]
    [InlineData("if ([|h.Measure.TryArea(out var a)|]) total += a;", "M:IMeasure.TryArea(System.Double@)", "Disc")]
    [InlineData("total += [|h.Measure.Scaled()|];", "M:IMeasure.Scaled(System.Double)", "Disc")]
    [InlineData("total += [|h.Measure?.Area()|] ?? 0;", "M:IMeasure.Area", "Disc")]
    [InlineData("System.Linq.Expressions.Expression<System.Func<IMeasure, double>> e = m => [|m.Area()|]; total += e.Compile()(h.Measure);", "M:IMeasure.Area", "Disc")]
    [InlineData("total += [|h.Measure.Area()|];", "M:IMeasure.Area", "Blob")]
    [InlineData("total += [|h.Measure.Area()|];", "M:IMeasure.Area", "Counter")]
    [InlineData("total += [|h.Measure.Area()|];", "M:IMeasure.Area", "Unrelated")]
    public Task CallWhoseSwitchWouldChangeMeaning_Reported_NoAction(string statement, string callee, string firstType)
        => AssertNoActionAsync(Scene(statement), [new TestSite(Member, callee, 0, 90, (firstType, 20), ("Lump", 12))]);

    [Fact]
    public Task OptionZero_Reported_NoAction()
        => AssertNoActionAsync(Scene("total += [|h.Measure.Area()|];"), [new TestSite(Member, "M:IMeasure.Area", 0, 90, ("Disc", 20), ("Tile", 12))], DispatchOptions.Dsp006MaxGuessedTypesKey + " = 0");

    [Fact]
    public Task OptionNotSet_FixIsOptIn_Reported_NoAction()
        => AssertNoActionAsync(Scene("total += [|h.Measure.Area()|];"), [new TestSite(Member, "M:IMeasure.Area", 0, 90, ("Disc", 20), ("Tile", 12))], editorConfig: null);

    [Fact]
    public Task ImplicitThisCall_Reported_NoAction()
    {
        const string code = """
            public abstract class Shape
            {
                public abstract double Area();
                public double Twice() => 2 * [|Area()|];
            }
            public sealed class Round : Shape { public override double Area() => 3; }
            public sealed class Flat : Shape { public override double Area() => 4; }
            """;
        return AssertNoActionAsync(code, [new TestSite("M:Shape.Twice", "M:Shape.Area", 0, 90, ("Round", 20), ("Flat", 12))]);
    }

    [Fact]
    public async Task OptionOne_TestsOnlyTheMostFrequentType()
    {
        var code = Scene("total += [|h.Measure.Area()|];");
        var test = new VerifyCS.Test
        {
            TestCode = code,
            FixedCode = Scene("""
                total += h.Measure switch
                            {
                                Tile tile => tile.Area(),
                                var measure => measure.Area(),
                            };
                """),
            EditorConfig = DispatchOptions.Dsp006MaxGuessedTypesKey + " = 1",
            CodeActionEquivalenceKey = MeasuredPolymorphicCallCodeFixProvider.EquivalenceKey,
        };
        test.TestState.AdditionalFiles.Add((MeasuredProfile.Path, MeasuredProfile.For(code, new TestSite(Member, "M:IMeasure.Area", 0, 90, ("Tile", 20), ("Disc", 12)))));
        await test.RunAsync();
    }

    private static string Scene(string statement) => """
        public static class Scene
        {
            public static double Run(Holder[] holders)
            {
                double total = 0;
                foreach (var h in holders)
                {
                    
        """ + statement + """

                }

                return total;
            }
        }
        """ + Types;

    /// <summary>No action, with the fix turned on unless <paramref name="editorConfig"/> says otherwise.</summary>
    private static async Task AssertNoActionAsync(string code, TestSite[] sites, string? editorConfig = MeasuredPolymorphicCallCodeFixTests.FixOn)
    {
        var test = new VerifyCS.Test
        {
            TestCode = code,
            FixedCode = code,
            EditorConfig = editorConfig,
            CodeActionEquivalenceKey = MeasuredPolymorphicCallCodeFixProvider.EquivalenceKey,
        };
        test.TestState.AdditionalFiles.Add((MeasuredProfile.Path, MeasuredProfile.For(code, sites)));
        await test.RunAsync();
    }
}
