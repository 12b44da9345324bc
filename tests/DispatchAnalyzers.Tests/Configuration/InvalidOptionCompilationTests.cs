using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Configuration;

/// <summary>
/// DSP900 across the trees of one compilation, with per-tree options objects as the compiler builds them (one per tree,
/// even when they hold the same values): each distinct problem once, global options included, never a throw.
/// </summary>
public sealed class InvalidOptionCompilationTests
{
    private const string BadScope = "dispatch_analyzers.hot_loop_scope";

    [Fact]
    public async Task SameProblemInEveryTree_ReportedOnceWithoutLocation()
    {
        var messages = await MessagesAsync(
            DictionaryOptions.Of(),
            DictionaryOptions.Of((BadScope, "everywhere"), ("dispatch_analyzers.hot_loop_scop", "all")),
            DictionaryOptions.Of((BadScope, "everywhere"), ("dispatch_analyzers.hot_loop_scop", "all")),
            DictionaryOptions.Of((BadScope, "everywhere")));

        Assert.Equal(
            new[]
            {
                "'dispatch_analyzers.hot_loop_scop' is not a DispatchAnalyzers option, so its value 'all' is ignored; did you mean 'dispatch_analyzers.hot_loop_scope'?",
                "'dispatch_analyzers.hot_loop_scope' has the invalid value 'everywhere' (expected all, nested, marked or profile); the default 'nested' is used instead",
            },
            messages);
    }

    [Fact]
    public async Task DifferentValuesInDifferentFolders_EachReported()
    {
        var messages = await MessagesAsync(
            DictionaryOptions.Of(),
            DictionaryOptions.Of((BadScope, "everywhere")),
            DictionaryOptions.Of((BadScope, "loops")));

        Assert.Equal(2, messages.Length);
        Assert.Contains(messages, m => m.Contains("'everywhere'"));
        Assert.Contains(messages, m => m.Contains("'loops'"));
    }

    [Fact]
    public async Task ProblemInGlobalConfigAndEveryTree_ReportedOnce()
    {
        var global = DictionaryOptions.Of(("dispatch_analyzers.max_hoisted_types", "abc"), ("build_property.PublishAot", "true"));
        var messages = await MessagesAsync(global, DictionaryOptions.Of(("dispatch_analyzers.max_hoisted_types", "abc")));

        Assert.Equal(new[] { "'dispatch_analyzers.max_hoisted_types' has the invalid value 'abc' (expected an integer from 0 to 8); the default '3' is used instead" }, messages);
    }

    [Fact]
    public async Task OptionsThatCannotListTheirKeys_ValuesStillChecked()
    {
        var values = ImmutableDictionary<string, string>.Empty.Add(BadScope, "everywhere").Add("dispatch_analyzers.typo", "1");
        var messages = await MessagesAsync(DictionaryOptions.Of(), new DictionaryOptions(values, listsKeys: false));

        Assert.Equal(new[] { "'dispatch_analyzers.hot_loop_scope' has the invalid value 'everywhere' (expected all, nested, marked or profile); the default 'nested' is used instead" }, messages);
    }

    /// <summary>The DSP900 messages of a compilation with one tree per entry of <paramref name="treeOptions"/>; asserts no location and no analyzer exception.</summary>
    private static async Task<string[]> MessagesAsync(AnalyzerConfigOptions global, params AnalyzerConfigOptions[] treeOptions)
    {
        var trees = treeOptions.Select((_, i) => CSharpSyntaxTree.ParseText($"class C{i} {{ }}", path: $"/{i}/C{i}.cs")).ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            "Test",
            trees,
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var provider = new TreeOptionsProvider(global, trees.Zip(treeOptions).ToImmutableDictionary(p => p.First, p => p.Second));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider);
        var diagnostics = await compilation
            .WithAnalyzers([new InvalidOptionAnalyzer()], new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.All(diagnostics, d => Assert.Equal(Location.None, d.Location));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticIds.InvalidOption, d.Id));
        return diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(m => m, System.StringComparer.Ordinal).ToArray();
    }
}
