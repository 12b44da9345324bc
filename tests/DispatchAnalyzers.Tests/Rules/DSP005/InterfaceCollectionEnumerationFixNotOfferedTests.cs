using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Model;
using Xunit;
using static DispatchAnalyzers.Tests.Rules.DSP005.InterfaceCollectionEnumerationTests;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.InterfaceCollectionEnumerationAnalyzer,
    DispatchAnalyzers.CodeFixes.InterfaceCollectionEnumerationCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules.DSP005;

/// <summary>
/// Where duplicating the loop could change its meaning, or the options rule it out, DSP005 is reported and the fixer
/// registers no "Enumerate the concrete collection" action at all (not one that would leave the code unchanged).
/// </summary>
public sealed class InterfaceCollectionEnumerationFixNotOfferedTests
{
    private const string Callers = """

            static long Calls() => Sum(new List<int>(), 1) + Sum(new int[1], 2);
        }
        """;

    [Theory]
    [InlineData("total += item; total *= 2;", DispatchOptions.Dsp005MaxBodyStatementsKey + " = 1")]
    [InlineData("total += item;", DispatchOptions.Dsp005MaxTypesKey + " = 0")]
    [InlineData("again: total += item; if (total < n) goto again;", "")]
    [InlineData("total += Twice(item); static int Twice(int x) => 2 * x;", "")]
    [InlineData("#pragma warning disable CS0618\n total += item;", "")]
    [InlineData("#nullable disable\n total += item;", "")]
    public async Task BodyCannotBeDuplicated_OrOptionsForbid_NoAction(string body, string options)
    {
        var source = Usings + """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items, int n)
                {
                    int total = 0;
                    foreach (var item in [|items|])
                    {
            """ + "\n" + body + """

                    }

                    return total;
                }
            """ + Callers;
        await AssertNoActionAsync(source, AllLoops + "\n" + options);
    }

    [Fact]
    public Task CompilerWarningInsideTheLoop_NoAction_EachCopyWouldRepeatIt()
        => AssertNoActionAsync(Usings + """
            static class Kernel
            {
                [Obsolete("use New")] static int Old(int x) => x;

                static int Sum(IEnumerable<int> items, int n)
                {
                    int total = 0;
                    foreach (var item in [|items|]) total += Old(item);
                    return total;
                }
            """ + Callers, AllLoops);

    [Fact]
    public Task LabelledLoop_NoAction()
        => AssertNoActionAsync(Usings + """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items, int n)
                {
                    int total = 0;
                    again:
                    foreach (var item in [|items|]) total += item;
                    if (total < n) goto again;
                    return total;
                }
            """ + Callers, AllLoops);

    [Fact]
    public Task IterationVariableConvertedNumerically_NoAction()
        => AssertNoActionAsync(Usings + """
            static class Kernel
            {
                static long Sum(IEnumerable items, int n)
                {
                    long total = n;
                    foreach (long item in [|items|]) total += item;
                    return total;
                }
            """ + Callers, AllLoops);

    [Fact]
    public Task SameLoopWithinLimits_OffersTheAction()
        => new VerifyCS.Test
        {
            TestCode = Usings + """
                static class Kernel
                {
                    static int Sum(IEnumerable<int> items, int n)
                    {
                        int total = n;
                        foreach (var item in [|items|]) { total += item; total *= 2; }
                        return total;
                    }
                """ + Callers,
            FixedCode = Usings + """
                static class Kernel
                {
                    static int Sum(IEnumerable<int> items, int n)
                    {
                        int total = n;
                        if (items is List<int> list)
                        {
                            foreach (var item in list) { total += item; total *= 2; }
                        }
                        else if (items is int[] array)
                        {
                            foreach (var item in array) { total += item; total *= 2; }
                        }
                        else
                        {
                            foreach (var item in items) { total += item; total *= 2; }
                        }
                        return total;
                    }
                """ + Callers,
            EditorConfig = AllLoops + "\n" + DispatchOptions.Dsp005MaxBodyStatementsKey + " = 2",
            CodeActionEquivalenceKey = InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey,
        }.RunAsync();

    /// <summary>The diagnostic is reported, and no action with the fix's key is registered (the library fails the test if one is).</summary>
    private static Task AssertNoActionAsync(string source, string editorConfig)
        => new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = source,
            EditorConfig = editorConfig,
            CodeActionEquivalenceKey = InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey,
        }.RunAsync();
}
