using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<DispatchAnalyzers.Rules.InterfaceCollectionEnumerationAnalyzer>;

namespace DispatchAnalyzers.Tests.Rules.DSP005;

/// <summary>DSP005 analyzer: what it reports, where, at which severity and with which message.</summary>
public sealed class InterfaceCollectionEnumerationTests
{
    internal const string AllLoops = "dispatch_analyzers.hot_loop_scope = all\n" + SingleTypeSites;

    /// <summary>One-type sites are reported only on request (Dynamic PGO guards them); these tests are about such sites too.</summary>
    internal const string SingleTypeSites = "dispatch_analyzers.report_single_type_sites = true";

    internal const string Usings = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;

        """;

    [Fact]
    public Task ListAndArrayReachParameter_ReportsWarning()
        => Verify("""
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in {|#0:items|})
                    {
                        total += item;
                    }
                    return total;
                }

                static int Both() => Sum(new List<int> { 1 }) + Sum(new[] { 2 });
            }
            """, AllLoops, VerifyCS.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("items", "IEnumerable<int>", "List<int>, int[]"));

    [Fact]
    public Task OneTypeReaches_ReportsInfo()
        => Verify("""
            static class Kernel
            {
                static int Sum(IReadOnlyList<int> items)
                {
                    int total = 0;
                    foreach (var item in {|#0:items|}) total += item;
                    return total;
                }

                static int One() => Sum(new List<int> { 1 });
            }
            """, AllLoops, Info(0).WithArguments("items", "IReadOnlyList<int>", "List<int>"));

    [Theory]
    [InlineData("IList<int>", "new List<int> { 1 }", "List<int>")]
    [InlineData("ICollection<int>", "new HashSet<int> { 1 }", "HashSet<int>")]
    [InlineData("IReadOnlyCollection<int>", "new Queue<int>()", "Queue<int>")]
    [InlineData("IEnumerable", "new Stack<int>()", "Stack<int>")]
    [InlineData("IEnumerable<int>", "ImmutableArray.Create(1, 2)", "ImmutableArray<int>")]
    [InlineData("IEnumerable<int>", "new Dictionary<int, int>().Keys", "Dictionary<int, int>.KeyCollection")]
    [InlineData("IEnumerable<KeyValuePair<int, int>>", "new Dictionary<int, int>()", "Dictionary<int, int>")]
    public Task EachInterfaceAndCheaperCollection_Reports(string interfaceType, string argument, string reaching)
        => Verify($$"""
            static class Kernel
            {
                static int Count({{interfaceType}} items)
                {
                    int count = 0;
                    foreach (var item in {|#0:items|}) count++;
                    return count;
                }

                static int One() => Count({{argument}});
            }
            """, AllLoops, Info(0).WithArguments("items", interfaceType, reaching));

    [Fact]
    public Task PrivateFieldAndLocal_Report()
        => Verify("""
            class Kernel
            {
                private IEnumerable<int> _items = new List<int>();

                void Reset(bool flag) => _items = flag ? new int[3] : new List<int>();

                int Sum(bool flag)
                {
                    IReadOnlyCollection<int> local = new List<int>();
                    if (flag) local = new int[2];
                    int total = 0;
                    foreach (var item in {|#0:_items|}) total += item;
                    foreach (var item in {|#1:local|}) total += item;
                    return total;
                }
            }
            """, AllLoops,
            VerifyCS.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("_items", "IEnumerable<int>", "List<int>, int[]"),
            VerifyCS.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("local", "IReadOnlyCollection<int>", "List<int>, int[]"));

    [Fact]
    public Task NestedInHotLoopOrHotMethod_Reports_ByDefaultScope()
        => Verify("""
            [AttributeUsage(AttributeTargets.Method)] sealed class HotPathAttribute : Attribute { }
            static class Kernel
            {
                static int Nested(IEnumerable<int> items, int n)
                {
                    int total = 0;
                    for (int i = 0; i < n; i++)
                        foreach (var item in {|#0:items|}) total += item;
                    return total;
                }

                [HotPath]
                static int Marked(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in {|#1:items|}) total += item;
                    return total;
                }

                static int Top(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in items) total += item;
                    return total;
                }

                static int Calls() => Nested(new List<int>(), 2) + Marked(new List<int>()) + Top(new List<int>());
            }
            """, editorConfig: "", ListOfInt(0), ListOfInt(1));

    [Fact]
    public Task LinqOrIteratorReaches_NotReported()
        => Verify("""
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in items) total += item;
                    return total;
                }

                static IEnumerable<int> Numbers() { yield return 1; }

                static int Calls() => Sum(new List<int>()) + Sum(new[] { 1 }.Select(x => x * 2)) + Sum(Numbers());
            }
            """, AllLoops);

    [Fact]
    public Task UnknownOrOtherTypes_NotReported()
        => Verify("""
            public sealed class Bag : IEnumerable<int>
            {
                public IEnumerator<int> GetEnumerator() { yield return 1; }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            public static class Kernel
            {
                public static IEnumerable<int> Property { get; set; } = new List<int>();

                public static int Public(IEnumerable<int> never)
                {
                    int total = 0;
                    foreach (var item in never) total += item;
                    foreach (var item in Property) total += item;
                    return total;
                }

                static int Custom(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in items) total += item;
                    return total;
                }

                static int Concrete(List<int> items)
                {
                    int total = 0;
                    foreach (var item in items) total += item;
                    return total;
                }

                static int Calls() => Custom(new Bag()) + Custom(new List<int>()) + Concrete(new List<int>());
            }
            """, AllLoops);

    [Fact]
    public Task ColdOrShortOrAsync_NotReported()
        => Verify("""
            static class Kernel
            {
                static int Cold(IEnumerable<int> items)
                {
                    int total = 0;
                    try { total = 1; }
                    catch (Exception) { foreach (var item in items) total += item; }
                    return total;
                }

                static int Short(int n)
                {
                    IEnumerable<int> three = new[] { 1, 2, 3 };
                    int total = 0;
                    for (int i = 0; i < n; i++)
                        foreach (var item in three) total += item;
                    return total;
                }

                static async System.Threading.Tasks.Task<int> Stream(IAsyncEnumerable<int> items)
                {
                    int total = 0;
                    await foreach (var item in items) total += item;
                    return total;
                }

                static int Calls() => Cold(new List<int>()) + Short(3);
            }
            """, AllLoops);

    [Fact]
    public Task GeneratedCode_NotReported()
        => new VerifyCS.Test { TestCode = "// <auto-generated/>\n" + Usings + """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in items) total += item;
                    return total;
                }

                static int Calls() => Sum(new List<int>()) + Sum(new int[1]);
            }
            """, EditorConfig = AllLoops }.RunAsync();

    [Fact]
    public Task FallbackOfTypeTest_NotReported()
        => Verify("""
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    if (items is List<int> list)
                    {
                        foreach (var item in list) total += item;
                    }
                    else
                    {
                        foreach (var item in items) total += item;
                    }

                    return total;
                }

                static int Calls() => Sum(new List<int>()) + Sum(new int[1]);
            }
            """, AllLoops);

    [Fact]
    public Task MarkedScope_OnlyHotMethodsReport()
        => Verify("""
            [AttributeUsage(AttributeTargets.Method)] sealed class HotPathAttribute : Attribute { }
            static class Kernel
            {
                static int Nested(IEnumerable<int> items, int n)
                {
                    int total = 0;
                    for (int i = 0; i < n; i++)
                        foreach (var item in items) total += item;
                    return total;
                }

                [HotPath]
                static int Marked(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in {|#0:items|}) total += item;
                    return total;
                }

                static int Calls() => Nested(new List<int>(), 2) + Marked(new List<int>());
            }
            """, "dispatch_analyzers.hot_loop_scope = marked", ListOfInt(0));

    [Theory]
    [InlineData(null, DiagnosticSeverity.Info)]
    [InlineData("build_property.PublishAot = true", DiagnosticSeverity.Warning)]
    public Task OneTypeReaches_WarningOnlyWithPublishAot(string? globalConfig, DiagnosticSeverity severity)
        => new VerifyCS.Test
        {
            TestCode = Usings + """
                static class Kernel
                {
                    static int Sum(IEnumerable<int> items)
                    {
                        int total = 0;
                        foreach (var item in {|#0:items|}) total += item;
                        return total;
                    }

                    static int One() => Sum(new List<int>());
                }
                """,
            EditorConfig = AllLoops,
            GlobalConfig = globalConfig,
            ExpectedDiagnostics = { ListOfInt(0).WithSeverity(severity) },
        }.RunAsync();

    /// <summary>Info on <c>items</c>, an <c>IEnumerable&lt;int&gt;</c> only lists reach.</summary>
    private static DiagnosticResult ListOfInt(int location)
        => Info(location).WithArguments("items", "IEnumerable<int>", "List<int>");

    private static DiagnosticResult Info(int location)
        => VerifyCS.Diagnostic().WithLocation(location).WithSeverity(DiagnosticSeverity.Info);

    private static Task Verify(string code, string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new VerifyCS.Test { TestCode = Usings + code, EditorConfig = editorConfig + "\n" + SingleTypeSites };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
