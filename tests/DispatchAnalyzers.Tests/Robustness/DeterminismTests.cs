using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// The model the rules share (<see cref="DispatchModel"/>, one per compilation) answers the same whatever order and
/// threads ask it in: its caches hold no state that depends on who asked first.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task OneModelAskedByTwoThreadsInOppositeOrders_AnswersAsAFreshModelAskedInOrder()
    {
        var project = GeneratedProject.Create(seed: 4, "dispatch_analyzers.hot_loop_scope = all");
        var compilation = (await project.GetCompilationAsync())!;
        var sites = DispatchSitesInLoops(compilation);
        var shared = DispatchModel.For(compilation, project.AnalyzerOptions);
        Assert.Same(shared, DispatchModel.For(compilation, project.AnalyzerOptions));

        // Both threads start together on the one model: one from the first site, the other from the last.
        using var start = new Barrier(2);
        var forward = Task.Run(() => { start.SignalAndWait(); return Answers(shared, sites); });
        var backward = Task.Run(() => { start.SignalAndWait(); return Answers(shared, sites.Reverse()).Reverse().ToImmutableArray(); });
        var both = await Task.WhenAll(forward, backward);
        var fresh = Answers(new DispatchModel(compilation, project.AnalyzerOptions), sites);

        Assert.Contains(fresh, answer => answer.Contains("reaching: ", System.StringComparison.Ordinal) && !answer.Contains("reaching: unknown", System.StringComparison.Ordinal));
        Assert.Contains(fresh, answer => answer.Contains("stored:", System.StringComparison.Ordinal));
        AssertSame(fresh, both[0], "forward thread");
        AssertSame(fresh, both[1], "backward thread");
    }

    private static void AssertSame(ImmutableArray<string> expected, ImmutableArray<string> actual, string what)
    {
        var differences = expected.Zip(actual, (e, a) => (Expected: e, Actual: a)).Where(pair => pair.Expected != pair.Actual).ToList();
        Assert.True(
            differences.Count == 0 && expected.Length == actual.Length,
            $"{what}: {differences.Count} answers differ; first: expected\n{differences.FirstOrDefault().Expected}\nactual\n{differences.FirstOrDefault().Actual}");
    }

    /// <summary>Every dispatch site in a loop of the compilation, in tree and source order.</summary>
    private static ImmutableArray<DispatchSite> DispatchSitesInLoops(Compilation compilation)
    {
        var sites = ImmutableArray.CreateBuilder<DispatchSite>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (semanticModel.GetOperation(node) is ILoopOperation loop)
                {
                    sites.AddRange(HotLoopModel.OperationsDirectlyInside(loop)
                        .Select(operation => DispatchSite.TryCreate(operation, out var site) ? site : (DispatchSite?)null)
                        .Where(site => site is not null)
                        .Select(site => site!.Value));
                }
            }
        }

        Assert.NotEmpty(sites);
        return sites.ToImmutable();
    }

    private static ImmutableArray<string> Answers(DispatchModel model, IEnumerable<DispatchSite> sites)
        => sites.Select(site => Answer(model, site)).ToImmutableArray();

    /// <summary>What the rules ask the model about one site: its hot loop, the types reaching its receiver, what its collection holds, what its parameter's callee does.</summary>
    private static string Answer(DispatchModel model, DispatchSite site)
    {
        var operation = site.Operation;
        var within = operation.SemanticModel!.GetEnclosingSymbol(operation.Syntax.SpanStart)!;
        var options = model.GetOptions(operation.Syntax.SyntaxTree);
        var facts = model.GetFacts(operation);
        var answer = $"{operation.Syntax.SyntaxTree.FilePath}:{operation.Syntax.SpanStart} hot: {model.HotLoops.FindHotLoop(operation, within, options)?.Syntax.SpanStart}";
        if (Receiver.TryCreate(site.Instance, out var receiver))
        {
            answer += "; reaching: " + Describe(model.TypesReaching(receiver, site.Instance.Type!, facts, CancellationToken.None));
            if (receiver.Symbol is IParameterSymbol parameter)
            {
                var dispatch = model.ParameterDispatch.For(parameter, CancellationToken.None);
                answer += $"; callee dispatches: {dispatch.Dispatched}/{dispatch.DispatchedInHotLoop}";
            }
        }

        var loop = operation.Parent;
        while (loop is not ILoopOperation)
        {
            loop = loop!.Parent;
        }

        if (CollectionElement.TryCreate(site.Instance, (ILoopOperation)loop, facts, CancellationToken.None) is { } element)
        {
            var stored = element.Storage switch
            {
                ILocalSymbol local => model.CollectionContents.ForLocal(local, facts, CancellationToken.None),
                _ => model.CollectionContents.ForMember(element.Storage, CancellationToken.None),
            };
            answer += "; stored: " + Describe(stored);
        }

        return answer;
    }

    private static string Describe(ReachingTypeSet set)
        => set.Types.IsEmpty && !set.Complete
            ? "unknown"
            : $"{string.Join(",", set.ByFrequency.Select(t => $"{t.Name}x{set.CountOf(t)}"))} complete={set.Complete}";
}
