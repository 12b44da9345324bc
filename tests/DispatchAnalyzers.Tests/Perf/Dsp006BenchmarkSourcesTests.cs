using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Perf.Dsp006;
using DispatchAnalyzers.Rules;
using DispatchAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using AfterFixSums = DispatchAnalyzers.Perf.Dsp006.AfterFix.Sums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp006.Before.Sums;
using HandWrittenSums = DispatchAnalyzers.Perf.Dsp006.HandWritten.Sums;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// The DSP006 benchmark sources measure what they claim: every variant computes what the code as written computes,
/// AfterFix.cs is exactly what the code fix makes of Before.cs for the measured types Circle, Square, Triangle, Hexagon
/// (40/30/20/10 %) under the default limit, and the static rules leave Before.cs to DSP006.
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
    public async Task AfterFix_EqualsTheFixOfBefore()
    {
        using var workspace = new AdhocWorkspace();
        var sources = Dependencies.Prepend("Dsp006/Before.cs")
            .Select(file => (ProjectBuilder.SourcePath(Path.GetFileName(file)), PerfSourceFixer.ReadPerfSource(file)));
        var project = ProjectBuilder.Create(workspace, sources);
        var document = project.Documents.Single(d => d.Name == "Before.cs");
        var fixer = new MeasuredPolymorphicCallCodeFixProvider();
        foreach (var member in new[] { "Area", "Outline" })
        {
            var diagnostic = await MeasuredDiagnosticAsync(document, member);
            var actions = await CodeFixRunner.GetActionsAsync(document, diagnostic, fixer);
            var action = CodeFixRunner.Select(actions, index: null, MeasuredPolymorphicCallCodeFixProvider.EquivalenceKey, diagnostic, out var problem);
            Assert.True(action is not null, problem);
            var changed = await CodeFixRunner.ApplyAsync(action, document.Project.Solution);
            document = changed.GetDocument(document.Id)!;
        }

        var (errors, _) = await CompilationChecks.CompileAsync(document.Project, default);
        Assert.Empty(errors);
        var fixedText = (await document.GetTextAsync()).ToString().ReplaceLineEndings("\n");
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

    /// <summary>The DSP006 diagnostic the analyzer reports at <c>item.Shape.Member()</c> for the measured types, built with the analyzer's own plan.</summary>
    private static async Task<Diagnostic> MeasuredDiagnosticAsync(Document document, string member)
    {
        var model = (await document.GetSemanticModelAsync())!;
        var root = await document.GetSyntaxRootAsync();
        var call = root!.DescendantNodes().OfType<InvocationExpressionSyntax>().Single(i => i.ToString() == $"item.Shape.{member}()");
        Assert.True(DispatchSite.TryCreate(model.GetOperation(call), out var site));
        var types = MeasuredTypes.Select(name => model.Compilation.GetTypeByMetadataName("DispatchAnalyzers.Perf.Dsp006." + name)!).ToImmutableArray();
        var plan = MeasuredTypesPlan.Create(site, types, model.GetEnclosingSymbol(call.SpanStart)!, DispatchOptions.Default.MaxGuessedTypes, model.Compilation);
        return Diagnostic.Create(MeasuredPolymorphicCallAnalyzer.Rule, call.GetLocation(), Dsp006Properties.Write(plan), "IShape." + member, "item.Shape", "measured", "");
    }
}
