using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Keystroke after keystroke, the way an IDE makes compilations (each from the last, one tree replaced): every
/// compilation's diagnostics are those of a fresh compilation of the same text, although the model reuses what it
/// found in unchanged files of the compilation before.
/// </summary>
public sealed class EditSequenceTests
{
    private static readonly string[] Files =
    [
        """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        public sealed class Square : IShape { public double Area() => 4; }
        public sealed class Triangle : IShape { public double Area() => 5; }
        """,
        """
        internal static class Kernel
        {
            internal static double Sum(IShape shape, int frames, int n)
            {
                var total = 0.0;
                for (var f = 0; f < frames; f++)
                    for (var i = 0; i < n; i++)
                        total += shape.Area();
                return total;
            }

            internal static double All(int frames)
            {
                var total = 0.0;
                for (var f = 0; f < frames; f++)
                    foreach (var shape in Registry.Shapes)
                        total += shape.Area();
                return total;
            }
        }
        """,
        "internal static class CallsA { internal static double Run() { Registry.Shapes.Add(new Circle()); return Kernel.Sum(new Circle(), 2, 3); } }",
        "internal static class CallsB { internal static double Run() { Registry.Shapes.Add(new Square()); return Kernel.Sum(new Square(), 2, 3); } }",
        "internal static class Registry { internal static readonly System.Collections.Generic.List<IShape> Shapes = new(); }",
    ];

    [Fact]
    public async Task BodyAndDeclarationEdits_EachCompilationReportsAsFresh()
    {
        Compilation compilation = TreeEdits.Compile(Files);
        await AssertAsFreshAsync(compilation);
        await AssertAsFreshAsync(compilation.Clone());

        // A body edit in a caller: a third type reaches the parameter and the collection.
        compilation = TreeEdits.Edit(compilation, 2, "return Kernel.Sum(new Circle(), 2, 3);", "Registry.Shapes.Add(new Triangle()); return Kernel.Sum(new Circle(), 2, 3) + Kernel.Sum(new Triangle(), 2, 3);");
        Assert.Contains(await AssertAsFreshAsync(compilation), m => m.Contains("Circle, Square, Triangle"));

        // A declaration edit: an overload now takes CallsB's Square, unchanged file or not.
        compilation = TreeEdits.Edit(compilation, 1, "internal static double All(int frames)", "internal static double Sum(Square shape, int frames, int n) => 0;\n\n    internal static double All(int frames)");
        var messages = await AssertAsFreshAsync(compilation);
        Assert.Contains(messages, m => m.Contains("'shape': Circle, Triangle"));

        // Bodies again, after the declarations changed: the other caller stops passing anything.
        compilation = TreeEdits.Edit(compilation, 3, "return Kernel.Sum(new Square(), 2, 3);", "return 0;");
        await AssertAsFreshAsync(compilation);
    }

    /// <summary>The compilation's DSP messages, after checking they are a fresh compilation's of the same text.</summary>
    private static async Task<string[]> AssertAsFreshAsync(Compilation compilation)
    {
        var fresh = TreeEdits.Compile(compilation.SyntaxTrees.Select(t => t.GetText().ToString()).ToArray());
        var expected = Describe(await AnalyzerRunner.GetDiagnosticsAsync(fresh, DspComponents.Analyzers));
        var actual = Describe(await AnalyzerRunner.GetDiagnosticsAsync(compilation, DspComponents.Analyzers));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        return actual;
    }

    private static string[] Describe(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToArray();
}
