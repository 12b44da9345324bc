using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Tests.Model.Profile;
using Microsoft.CodeAnalysis;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.MeasuredPolymorphicCallAnalyzer,
    DispatchAnalyzers.CodeFixes.MeasuredPolymorphicCallCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>DSP006's fix "Test the measured types first": the measured types in descending share, the original call last.</summary>
public sealed class MeasuredPolymorphicCallCodeFixTests
{
    public const string Shapes = "\n" + """
        public interface IShape { double Area(); void Draw(System.Text.StringBuilder output); double this[int scale] { get; } double Side { get; } }
        public sealed class Circle : IShape { public double Area() => 3; public void Draw(System.Text.StringBuilder output) => output.Append('o'); public double this[int scale] => 3 * scale; public double Side => 1; }
        public sealed class Square : IShape { public double Area() => 4; public void Draw(System.Text.StringBuilder output) => output.Append('#'); public double this[int scale] => 4 * scale; public double Side => 2; }
        public sealed class Triangle : IShape { public double Area() => 5; public void Draw(System.Text.StringBuilder output) => output.Append('^'); public double this[int scale] => 5 * scale; public double Side => 3; }
        public class Blob : IShape { public double Area() => 6; public void Draw(System.Text.StringBuilder output) => output.Append('~'); public double this[int scale] => 6 * scale; public double Side => 4; }
        public sealed class Item(IShape shape) { public IShape Shape { get; } = shape; }
        """;

    /// <summary>A console program that runs <c>Scene.Run</c> over every shape, a null one included where <paramref name="withNull"/>.</summary>
    private static string Program(bool withNull) => "\n" + $$"""
        public static class Program
        {
            public static void Main()
            {
                var items = new Item[] { new(new Circle()), new(new Square()), new(new Triangle()), new(new Blob()){{(withNull ? ", new(null!)" : "")}} };
                System.Console.WriteLine(Scene.Run(items));
            }
        }
        """;

    private const string Area = "M:IShape.Area";

    /// <summary>The fix is opt-in: three measured types, NativeAOT's own number of guesses.</summary>
    internal const string FixOn = DispatchOptions.Dsp006MaxGuessedTypesKey + " = 3";

    private static readonly (string, int)[] Mix = [("Circle", 40), ("Square", 30), ("Triangle", 20), ("Blob", 10)];

    [Fact]
    public Task ValueCall_BecomesSwitchExpression_OverTheMeasuredTypesInShareOrder()
        => Run(
            """
            public static class Scene
            {
                public static string Run(Item[] items)
                {
                    double total = 0;
                    foreach (var item in items) total += [|item.Shape.Area()|];
                    return total.ToString();
                }
            }
            """,
            """
            public static class Scene
            {
                public static string Run(Item[] items)
                {
                    double total = 0;
                    foreach (var item in items) total += item.Shape switch
                    {
                        Circle circle => circle.Area(),
                        Square square => square.Area(),
                        Triangle triangle => triangle.Area(),
                        var shape => shape.Area(),
                    };
                    return total.ToString();
                }
            }
            """,
            MeasuredProfile.Hot("M:Scene.Run(Item[])", Area, Mix));

    [Fact]
    public Task StatementCall_BecomesSwitchStatement_NullStillThrows()
        => Run(
            """
            public static class Scene
            {
                public static string Run(Item[] items)
                {
                    var output = new System.Text.StringBuilder();
                    try
                    {
                        foreach (var item in items) [|item.Shape.Draw(output)|];
                    }
                    catch (System.NullReferenceException)
                    {
                        output.Append('!');
                    }

                    return output.ToString();
                }
            }
            """,
            """
            public static class Scene
            {
                public static string Run(Item[] items)
                {
                    var output = new System.Text.StringBuilder();
                    try
                    {
                        foreach (var item in items) switch (item.Shape)
                            {
                                case Square square:
                                    square.Draw(output);
                                    break;
                                case Circle circle:
                                    circle.Draw(output);
                                    break;
                                case var shape:
                                    shape.Draw(output);
                                    break;
                            }
                    }
                    catch (System.NullReferenceException)
                    {
                        output.Append('!');
                    }

                    return output.ToString();
                }
            }
            """,
            MeasuredProfile.Hot("M:Scene.Run(Item[])", "M:IShape.Draw(System.Text.StringBuilder)", ("Square", 20), ("Circle", 12)),
            withNull: true);

    [Fact]
    public Task IndexerAndPropertyReads_BecomeSwitchExpressions()
        => Run(
            """
            public static class Scene
            {
                public static string Run(Item[] items)
                {
                    double total = 0;
                    for (int i = 0; i < items.Length; i++) total += [|items[i].Shape[i]|] + [|items[i].Shape.Side|];
                    return total.ToString();
                }
            }
            """,
            """
            public static class Scene
            {
                public static string Run(Item[] items)
                {
                    double total = 0;
                    for (int i = 0; i < items.Length; i++) total += items[i].Shape switch
                    {
                        Circle circle => circle[i],
                        Square square => square[i],
                        var shape => shape[i],
                    } + items[i].Shape switch
                    {
                        Triangle triangle => triangle.Side,
                        Square square1 => square1.Side,
                        var shape1 => shape1.Side,
                    };
                    return total.ToString();
                }
            }
            """,
            new TestSite("M:Scene.Run(Item[])", "M:IShape.get_Item(System.Int32)", 0, 90, ("Circle", 20), ("Square", 12)),
            new TestSite("M:Scene.Run(Item[])", "M:IShape.get_Side", 0, 90, ("Triangle", 20), ("Square", 12)));

    /// <summary>Runs the single fix and Fix All, checks the output, then runs both programs and compares what they print.</summary>
    private static async Task Run(string scene, string fixedScene, params TestSite[] sites)
        => await Run(scene, fixedScene, sites, withNull: false);

    private static async Task Run(string scene, string fixedScene, TestSite site, bool withNull)
        => await Run(scene, fixedScene, [site], withNull);

    private static async Task Run(string scene, string fixedScene, TestSite[] sites, bool withNull)
    {
        var code = scene + Shapes + Program(withNull);
        var test = new VerifyCS.Test
        {
            TestCode = code,
            FixedCode = fixedScene + Shapes + Program(withNull),
            EditorConfig = FixOn,
            CodeActionEquivalenceKey = MeasuredPolymorphicCallCodeFixProvider.EquivalenceKey,
            RunAndCompareOutput = true,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalFiles.Add((MeasuredProfile.Path, MeasuredProfile.For(code, sites)));
        await test.RunAsync();
    }
}
