using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Rules;
using DispatchAnalyzers.Tests.Model.Profile;
using DispatchAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>
/// Fix All as <c>dotnet format analyzers</c> runs it: the equivalence key is the one of the first action offered for
/// the first diagnostic, null when that diagnostic has no fix (a delegate call). The sites that have a fix are still
/// rewritten.
/// </summary>
public sealed class MeasuredPolymorphicCallFixAllWithoutKeyTests
{
    private const string Code = """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        public sealed class Square : IShape { public double Area() => 4; }
        public sealed class Item(IShape shape) { public IShape Shape { get; } = shape; }
        public static class Scene
        {
            public static int Apply(System.Func<int, int> f, int n)
            {
                int total = 0;
                for (int i = 0; i < n; i++) total += f(i);
                return total;
            }

            public static double Sum(Item[] items)
            {
                double total = 0;
                foreach (var item in items) total += item.Shape.Area();
                return total;
            }
        }
        """;

    [Fact]
    public async Task FirstDiagnosticWithoutFix_NullEquivalenceKey_FixAllStillRewritesTheOthers()
    {
        using var workspace = new AdhocWorkspace();
        var project = ProjectBuilder.Create(workspace, [(ProjectBuilder.SourcePath("Scene.cs"), Code)], editorConfig: MeasuredPolymorphicCallCodeFixTests.FixOn);
        project = project.AddAdditionalDocument("dispatch-profile.json", MeasuredProfile.For(
            Code,
            MeasuredProfile.Hot("M:Scene.Apply(System.Func{System.Int32,System.Int32},System.Int32)", "M:System.Func`2.Invoke(`0)", ("Doubler", 20), ("Squarer", 12)),
            MeasuredProfile.Hot("M:Scene.Sum(Item[])", "M:IShape.Area", ("Circle", 20), ("Square", 12))), filePath: TestProfile.Path).Project;
        var document = project.Documents.Single();
        var diagnostics = (await AnalyzerRunner.GetDiagnosticsAsync(project, [new MeasuredPolymorphicCallAnalyzer()]))
            .Where(d => d.Id == DiagnosticIds.MeasuredPolymorphicCall).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        Assert.Equal(2, diagnostics.Length);

        var fixer = new MeasuredPolymorphicCallCodeFixProvider();
        // What dotnet format does: the first diagnostic's first action names the fix to apply everywhere.
        var first = await CodeFixRunner.GetActionsAsync(document, diagnostics[0], fixer);
        Assert.Empty(first);
        var context = new FixAllContext(
            document, fixer, FixAllScope.Solution, first.FirstOrDefault()?.EquivalenceKey!, fixer.FixableDiagnosticIds,
            new PrecomputedDiagnosticProvider(project.Id, diagnostics), default);
        var action = await fixer.GetFixAllProvider().GetFixAsync(context);
        Assert.NotNull(action);

        var changed = (await CodeFixRunner.ApplyAsync(action, project.Solution)).GetDocument(document.Id)!;
        var text = (await changed.GetTextAsync()).ToString();
        Assert.Contains("Circle circle => circle.Area(),", text);
        Assert.Contains("total += f(i);", text);
    }
}
