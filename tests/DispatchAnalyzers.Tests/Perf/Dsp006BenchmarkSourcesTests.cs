using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Model.Profile;
using DispatchAnalyzers.Perf.Dsp006;
using DispatchAnalyzers.Rules;
using DispatchAnalyzers.Tests.Model.Profile;
using DispatchAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using AfterFixSums = DispatchAnalyzers.Perf.Dsp006.AfterFix.Sums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp006.Before.Sums;
using HandWrittenSums = DispatchAnalyzers.Perf.Dsp006.HandWritten.Sums;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// The DSP006 benchmark sources measure what they claim: every variant computes what the code as written computes,
/// AfterFix.cs is exactly what Fix All makes of the DSP006 diagnostics on Before.cs under a profile measuring Circle,
/// Square, Triangle, Hexagon (40/30/20/10 %) with the default limit, and the static rules leave Before.cs to DSP006.
/// </summary>
public sealed class Dsp006BenchmarkSourcesTests
{
    private const string BeforeNamespace = "namespace DispatchAnalyzers.Perf.Dsp006.Before;";

    private static readonly string[] Dependencies =
        ["HotPathAttribute.cs", "Dsp006/IShape.cs", "Dsp006/Item.cs", "Dsp006/Circle.cs", "Dsp006/Square.cs", "Dsp006/Triangle.cs", "Dsp006/Hexagon.cs"];

    /// <summary>The measured types, most frequent first, as the profile of the benchmark's scene lists them.</summary>
    private static readonly string[] MeasuredTypes = ["Circle", "Square", "Triangle", "Hexagon"];

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(1000, false)]
    [InlineData(1000, true)]
    public void EveryVariantEqualsBefore(int count, bool repetitive)
    {
        var items = Item.CreateScene(count, Dsp006Benchmarks.Seed, repetitive);
        Assert.Equal(BeforeSums.SumAreas(items), AfterFixSums.SumAreas(items));
        Assert.Equal(BeforeSums.SumAreas(items), HandWrittenSums.SumAreas(items), 9);
        Assert.Equal(BeforeSums.SumOutlines(items), AfterFixSums.SumOutlines(items));
        Assert.Equal(BeforeSums.SumOutlines(items), HandWrittenSums.SumOutlines(items), 9);
    }

    [Fact]
    public void Scene_MixesTheTypes40_30_20_10()
    {
        var items = Item.CreateScene(10_000, Dsp006Benchmarks.Seed, repetitive: true);
        Assert.Equal([4000, 3000, 2000, 1000], MeasuredTypes.Select(name => items.Count(i => i.Shape.GetType().Name == name)));
    }

    [Fact]
    public async Task AfterFix_EqualsFixAllOfTheMeasuredDiagnostics()
    {
        using var workspace = new AdhocWorkspace();
        var sources = Dependencies.Prepend("Dsp006/Before.cs")
            .Select(file => (ProjectBuilder.SourcePath(Path.GetFileName(file)), PerfSourceFixer.ReadPerfSource(file)));
        var project = await WithProfileAsync(ProjectBuilder.Create(workspace, sources, editorConfig: DispatchOptions.Dsp006MaxGuessedTypesKey + " = 3"));
        var document = project.Documents.Single(d => d.Name == "Before.cs");

        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(project, [new MeasuredPolymorphicCallAnalyzer()]);
        Assert.Equal(2, diagnostics.Count(d => d.Id == DiagnosticIds.MeasuredPolymorphicCall && d.Severity == DiagnosticSeverity.Warning));

        var fixer = new MeasuredPolymorphicCallCodeFixProvider();
        var context = new FixAllContext(
            document, fixer, FixAllScope.Document, MeasuredPolymorphicCallCodeFixProvider.EquivalenceKey, fixer.FixableDiagnosticIds,
            new PrecomputedDiagnosticProvider(project.Id, diagnostics), default);
        var action = await fixer.GetFixAllProvider().GetFixAsync(context);
        Assert.NotNull(action);
        var changed = (await CodeFixRunner.ApplyAsync(action, project.Solution)).GetProject(project.Id)!;

        var (errors, _) = await CompilationChecks.CompileAsync(changed, default);
        Assert.Empty(errors);
        var fixedText = (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString().ReplaceLineEndings("\n");
        Assert.Equal(2, fixedText.Split(BeforeNamespace).Length);
        Assert.Equal(
            PerfSourceFixer.ReadPerfSource("Dsp006/AfterFix.cs"),
            fixedText.Replace(BeforeNamespace, "namespace DispatchAnalyzers.Perf.Dsp006.AfterFix;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SumAreas")]
    [InlineData("SumOutlines")]
    public async Task StaticRules_LeaveTheSiteToDsp006(string method)
    {
        Assert.Empty(await PerfSourceFixer.DiagnosticsInMethodAsync(new DispatchOnLoopInvariantReceiverAnalyzer(), "Dsp006/Before.cs", method, Dependencies));
        Assert.Empty(await PerfSourceFixer.DiagnosticsInMethodAsync(new DispatchOnMixedCollectionElementAnalyzer(), "Dsp006/Before.cs", method, Dependencies));
    }

    /// <summary>
    /// The project with the profile of the benchmark's scene: both sites of Before.cs hot, the four types in the
    /// scene's shares, each entry trusted through its member's source hash.
    /// </summary>
    private static async Task<Project> WithProfileAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var sums = compilation.GetTypeByMetadataName("DispatchAnalyzers.Perf.Dsp006.Before.Sums")!;
        var targets = MeasuredTypes.Select((name, i) => ("DispatchAnalyzers.Perf.Dsp006." + name, 40 - (10 * i))).ToArray();
        var sites = new[] { ("SumAreas", "Area"), ("SumOutlines", "Outline") }.Select(pair =>
        {
            var method = (IMethodSymbol)sums.GetMembers(pair.Item1).Single();
            return new TestSite(method.GetDocumentationCommentId()!, "M:DispatchAnalyzers.Perf.Dsp006.IShape." + pair.Item2, 0, 90, targets)
            {
                MemberSourceHash = SourceHashes.MemberHashes(method, default)[0],
            };
        });
        return project.AddAdditionalDocument("dispatch-profile.json", TestProfile.Json(runs: 2, sites.ToArray()), filePath: TestProfile.Path).Project;
    }
}
