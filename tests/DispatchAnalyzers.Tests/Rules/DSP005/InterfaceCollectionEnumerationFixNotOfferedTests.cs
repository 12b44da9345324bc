using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Rules;
using Xunit;
using static DispatchAnalyzers.Tests.Rules.DSP005.InterfaceCollectionEnumerationTests;

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
    [InlineData("total += item; total *= 2;", InterfaceCollectionEnumerationOptions.MaxBodyStatementsKey + " = 1")]
    [InlineData("total += item;", InterfaceCollectionEnumerationOptions.MaxTypesKey + " = 0")]
    [InlineData("again: total += item; if (total < n) goto again;", "")]
    [InlineData("total += Twice(item); static int Twice(int x) => 2 * x;", "")]
    [InlineData("#if DEBUG\n total += item;\n#endif", "")]
    public async Task BodyCannotBeDuplicated_OrOptionsForbid_NoAction(string body, string options)
    {
        var source = Usings + """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items, int n)
                {
                    int total = 0;
                    foreach (var item in items)
                    {
            """ + "\n" + body + """

                    }

                    return total;
                }
            """ + Callers;
        await AssertNoActionAsync(source, AllLoops + "\n" + options);
    }

    [Fact]
    public Task LabelledLoop_NoAction()
        => AssertNoActionAsync(Usings + """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items, int n)
                {
                    int total = 0;
                    again:
                    foreach (var item in items) total += item;
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
                    foreach (long item in items) total += item;
                    return total;
                }
            """ + Callers, AllLoops);

    [Fact]
    public async Task SameLoopWithinLimits_OffersTheAction()
    {
        var actions = await InterfaceCollectionEnumerationWorkspace.ActionsAsync(Usings + """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items, int n)
                {
                    int total = n;
                    foreach (var item in items) { total += item; total *= 2; }
                    return total;
                }
            """ + Callers, AllLoops + "\n" + InterfaceCollectionEnumerationOptions.MaxBodyStatementsKey + " = 2");
        Assert.Contains(actions, a => a.EquivalenceKey == InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey);
    }

    private static async Task AssertNoActionAsync(string source, string editorConfig)
    {
        var actions = await InterfaceCollectionEnumerationWorkspace.ActionsAsync(source, editorConfig);
        Assert.DoesNotContain(actions, a => a.EquivalenceKey == InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey);
    }
}
