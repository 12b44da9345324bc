using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DispatchAnalyzers.Model.Profile;
using DispatchAnalyzers.Tests.Model.Profile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>
/// Profiles for DSP006's tests: the sites given, each trusted through its member's source hash computed on the test
/// source as the analyzer will see it (markup removed), as a profile of that very code would be.
/// </summary>
internal static class MeasuredProfile
{
    public const string Path = TestProfile.Path;

    /// <summary>A hot site (percentile 90) of <paramref name="member"/> calling <paramref name="callee"/>, first such call.</summary>
    public static TestSite Hot(string member, string callee, params (string Type, int Count)[] targets)
        => new(member, callee, 0, 90, targets);

    /// <summary>The profile JSON, merged from <paramref name="runs"/> runs, with each site's member hash taken from <paramref name="markupSource"/>.</summary>
    public static string For(string markupSource, int runs, params TestSite[] sites)
    {
        TestFileMarkupParser.GetSpans(markupSource, out string source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
        var compilation = CSharpCompilation.Create(
            TestProfile.AssemblyName, [CSharpSyntaxTree.ParseText(source)], Basic.Reference.Assemblies.Net100.References.All);
        return TestProfile.Json(runs, sites.Select(s => s with { MemberSourceHash = s.MemberSourceHash ?? Hash(compilation, s.Member) }).ToArray());
    }

    public static string For(string markupSource, params TestSite[] sites) => For(markupSource, runs: 1, sites);

    private static string? Hash(Compilation compilation, string member)
        => DocumentationCommentId.GetFirstSymbolForDeclarationId(member, compilation) is IMethodSymbol method
            ? SourceHashes.MemberHashes(method, CancellationToken.None)[0]
            : null;
}
