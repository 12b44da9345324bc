using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Xunit;
using static DispatchAnalyzers.Tests.Rules.DSP005.InterfaceCollectionEnumerationTests;
using VerifyCS = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.InterfaceCollectionEnumerationAnalyzer,
    DispatchAnalyzers.CodeFixes.InterfaceCollectionEnumerationCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Rules.DSP005;

/// <summary>DSP005's fix, "Enumerate the concrete collection": the code it writes, and that the program behaves the same.</summary>
public sealed class InterfaceCollectionEnumerationCodeFixTests
{
    private const string Key = InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey;

    [Fact]
    public Task Parameter_TestsEachConcreteType_ElseKeepsTheLoop()
        => Fix("""
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in [|items|])
                    {
                        total += item;
                    }

                    return total;
                }

                static int Both() => Sum(new List<int> { 1 }) + Sum(new[] { 2 });
            }
            """, """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    if (items is List<int> list)
                    {
                        foreach (var item in list)
                        {
                            total += item;
                        }
                    }
                    else if (items is int[] array)
                    {
                        foreach (var item in array)
                        {
                            total += item;
                        }
                    }
                    else
                    {
                        foreach (var item in items)
                        {
                            total += item;
                        }
                    }

                    return total;
                }

                static int Both() => Sum(new List<int> { 1 }) + Sum(new[] { 2 });
            }
            """);

    [Fact]
    public Task Field_IsReadOnceIntoALocal()
        => Fix("""
            class Kernel
            {
                private IEnumerable<string> _names = new List<string>();

                void Reset() => _names = new string[0];

                int Length()
                {
                    int length = 0;
                    foreach (var name in [|_names|]) length += name.Length;
                    return length;
                }
            }
            """, """
            class Kernel
            {
                private IEnumerable<string> _names = new List<string>();

                void Reset() => _names = new string[0];

                int Length()
                {
                    int length = 0;
                    var names = _names;
                    if (names is List<string> list)
                    {
                        foreach (var name in list) length += name.Length;
                    }
                    else if (names is string[] array)
                    {
                        foreach (var name in array) length += name.Length;
                    }
                    else
                    {
                        foreach (var name in names) length += name.Length;
                    }
                    return length;
                }
            }
            """);

    [Fact]
    public Task Program_BehavesTheSame_BreakContinueReturnNullDefaultAndModification()
        => Run("""
            public static class Program
            {
                static int Sum(IEnumerable<int> items, ICollection<int>? grow)
                {
                    int total = 0;
                    foreach (var item in [|items|])
                    {
                        if (item < 0) continue;
                        if (item > 100) break;
                        if (item == 50) return -total;
                        total += item;
                        grow?.Add(item + 1000);
                    }

                    return total;
                }

                public static void Main()
                {
                    var list = new List<int> { 1, 2, 3 };
                    var set = new HashSet<int> { 7, 8 };
                    Console.WriteLine(Sum(list, null));
                    Console.WriteLine(Sum(new[] { 1, -1, 200, 3 }, null));
                    Console.WriteLine(Sum(new List<int> { 4, 50, 6 }, null));
                    Console.WriteLine(Sum(set, null));
                    Console.WriteLine(Sum(ImmutableArray.Create(5, 6), null));
                    foreach (var action in new Action[] { () => Sum(list, list), () => Sum(set, set), () => Sum(default(ImmutableArray<int>), null), () => Sum(null!, null) })
                    {
                        try { action(); }
                        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
                    }
                }
            }
            """, """
            public static class Program
            {
                static int Sum(IEnumerable<int> items, ICollection<int>? grow)
                {
                    int total = 0;
                    if (items is List<int> list)
                    {
                        foreach (var item in list)
                        {
                            if (item < 0) continue;
                            if (item > 100) break;
                            if (item == 50) return -total;
                            total += item;
                            grow?.Add(item + 1000);
                        }
                    }
                    else if (items is HashSet<int> hashSet)
                    {
                        foreach (var item in hashSet)
                        {
                            if (item < 0) continue;
                            if (item > 100) break;
                            if (item == 50) return -total;
                            total += item;
                            grow?.Add(item + 1000);
                        }
                    }
                    else if (items is ImmutableArray<int> { IsDefault: false } immutableArray)
                    {
                        foreach (var item in immutableArray)
                        {
                            if (item < 0) continue;
                            if (item > 100) break;
                            if (item == 50) return -total;
                            total += item;
                            grow?.Add(item + 1000);
                        }
                    }
                    else
                    {
                        foreach (var item in items)
                        {
                            if (item < 0) continue;
                            if (item > 100) break;
                            if (item == 50) return -total;
                            total += item;
                            grow?.Add(item + 1000);
                        }
                    }

                    return total;
                }

                public static void Main()
                {
                    var list = new List<int> { 1, 2, 3 };
                    var set = new HashSet<int> { 7, 8 };
                    Console.WriteLine(Sum(list, null));
                    Console.WriteLine(Sum(new[] { 1, -1, 200, 3 }, null));
                    Console.WriteLine(Sum(new List<int> { 4, 50, 6 }, null));
                    Console.WriteLine(Sum(set, null));
                    Console.WriteLine(Sum(ImmutableArray.Create(5, 6), null));
                    foreach (var action in new Action[] { () => Sum(list, list), () => Sum(set, set), () => Sum(default(ImmutableArray<int>), null), () => Sum(null!, null) })
                    {
                        try { action(); }
                        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
                    }
                }
            }
            """);

    [Fact]
    public Task YieldInTheBody_KeepsTheIteratorsBehaviour()
        => Run("""
            public static class Program
            {
                static IEnumerable<int> Doubled(IReadOnlyCollection<int> items)
                {
                    foreach (var item in [|items|])
                    {
                        if (item == 0) yield break;
                        yield return item * 2;
                    }

                    yield return -1;
                }

                public static void Main()
                {
                    Console.WriteLine(string.Join(",", Doubled(new List<int> { 1, 2, 0, 3 })));
                    Console.WriteLine(string.Join(",", Doubled(new[] { 4, 5 })));
                }
            }
            """, """
            public static class Program
            {
                static IEnumerable<int> Doubled(IReadOnlyCollection<int> items)
                {
                    if (items is List<int> list)
                    {
                        foreach (var item in list)
                        {
                            if (item == 0) yield break;
                            yield return item * 2;
                        }
                    }
                    else if (items is int[] array)
                    {
                        foreach (var item in array)
                        {
                            if (item == 0) yield break;
                            yield return item * 2;
                        }
                    }
                    else
                    {
                        foreach (var item in items)
                        {
                            if (item == 0) yield break;
                            yield return item * 2;
                        }
                    }

                    yield return -1;
                }

                public static void Main()
                {
                    Console.WriteLine(string.Join(",", Doubled(new List<int> { 1, 2, 0, 3 })));
                    Console.WriteLine(string.Join(",", Doubled(new[] { 4, 5 })));
                }
            }
            """);

    [Fact]
    public Task CovariantOrNonGenericElements_WriteTheIterationType()
        => Run("""
            public static class Program
            {
                static int Count(IEnumerable<object> items, IEnumerable numbers)
                {
                    int count = 0;
                    foreach (var item in [|items|]) count += item.ToString()!.Length;
                    foreach (var number in [|numbers|]) count += number.GetHashCode();
                    return count;
                }

                public static void Main()
                {
                    Console.WriteLine(Count(new List<string> { "ab" }, new List<int> { 3 }));
                    Console.WriteLine(Count(new object[] { 1.5 }, new int[] { 4 }));
                }
            }
            """, """
            public static class Program
            {
                static int Count(IEnumerable<object> items, IEnumerable numbers)
                {
                    int count = 0;
                    if (items is List<string> list)
                    {
                        foreach (object item in list) count += item.ToString()!.Length;
                    }
                    else if (items is object[] array)
                    {
                        foreach (var item in array) count += item.ToString()!.Length;
                    }
                    else
                    {
                        foreach (var item in items) count += item.ToString()!.Length;
                    }
                    if (numbers is List<int> list1)
                    {
                        foreach (object number in list1) count += number.GetHashCode();
                    }
                    else if (numbers is int[] array1)
                    {
                        foreach (object number in array1) count += number.GetHashCode();
                    }
                    else
                    {
                        foreach (var number in numbers) count += number.GetHashCode();
                    }
                    return count;
                }

                public static void Main()
                {
                    Console.WriteLine(Count(new List<string> { "ab" }, new List<int> { 3 }));
                    Console.WriteLine(Count(new object[] { 1.5 }, new int[] { 4 }));
                }
            }
            """);

    [Fact]
    public Task EmbeddedStatement_MaxTypesOne_OneArmInABlock()
        => Fix("""
            static class Kernel
            {
                static int Sum(IList<int> items, bool enabled)
                {
                    int total = 0;
                    if (enabled)
                        foreach (var item in [|items|]) total += item;
                    return total;
                }

                static int Both() => Sum(new List<int>(), true) + Sum(new int[1], false);
            }
            """, """
            static class Kernel
            {
                static int Sum(IList<int> items, bool enabled)
                {
                    int total = 0;
                    if (enabled)
                    {
                        if (items is List<int> list)
                        {
                            foreach (var item in list) total += item;
                        }
                        else
                        {
                            foreach (var item in items) total += item;
                        }
                    }
                    return total;
                }

                static int Both() => Sum(new List<int>(), true) + Sum(new int[1], false);
            }
            """, AllLoops + "\n" + DispatchAnalyzers.Model.DispatchOptions.Dsp005MaxTypesKey + " = 1");

    [Fact]
    public Task FixAll_RewritesEveryLoop()
        => Fix("""
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    foreach (var item in [|items|]) total += item;
                    foreach (var item in [|items|]) total -= item;
                    return total;
                }

                static int Max(IReadOnlyList<int> values)
                {
                    int max = 0;
                    foreach (var value in [|values|]) max = Math.Max(max, value);
                    return max;
                }

                static int Calls() => Sum(new List<int>()) + Sum(new int[1]) + Max(new int[2]);
            }
            """, """
            static class Kernel
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
                    if (items is List<int> list)
                    {
                        foreach (var item in list) total += item;
                    }
                    else if (items is int[] array)
                    {
                        foreach (var item in array) total += item;
                    }
                    else
                    {
                        foreach (var item in items) total += item;
                    }
                    if (items is List<int> list1)
                    {
                        foreach (var item in list1) total -= item;
                    }
                    else if (items is int[] array1)
                    {
                        foreach (var item in array1) total -= item;
                    }
                    else
                    {
                        foreach (var item in items) total -= item;
                    }
                    return total;
                }

                static int Max(IReadOnlyList<int> values)
                {
                    int max = 0;
                    if (values is int[] array)
                    {
                        foreach (var value in array) max = Math.Max(max, value);
                    }
                    else
                    {
                        foreach (var value in values) max = Math.Max(max, value);
                    }
                    return max;
                }

                static int Calls() => Sum(new List<int>()) + Sum(new int[1]) + Max(new int[2]);
            }
            """);

    [Fact]
    public Task WholeIfAndRegionBlocksInTheBody_CopiedIntoEachLoop_OutputUnchanged()
        => Run("""
            public static class Program
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
            #if !NEVER_DEFINED
                    foreach (var item in [|items|])
                    {
                        #region Body
            #if NEVER_DEFINED
                        total -= item;
            #elif ALSO_UNDEFINED
                        total -= 2 * item;
            #else
                        total += item;
            #endif
                        #endregion
                    }
            #endif

                    return total;
                }

                public static void Main()
                {
                    Console.WriteLine(Sum(new List<int> { 1, 2 }));
                    Console.WriteLine(Sum(new[] { 3, 4 }));
                    Console.WriteLine(Sum(new HashSet<int> { 5 }));
                }
            }
            """, """
            public static class Program
            {
                static int Sum(IEnumerable<int> items)
                {
                    int total = 0;
            #if !NEVER_DEFINED
                    if (items is HashSet<int> hashSet)
                    {
                        foreach (var item in hashSet)
                        {
                            #region Body
            #if NEVER_DEFINED
                        total -= item;
            #elif ALSO_UNDEFINED
                        total -= 2 * item;
            #else
                            total += item;
            #endif
                            #endregion
                        }
                    }
                    else if (items is List<int> list)
                    {
                        foreach (var item in list)
                        {
                            #region Body
            #if NEVER_DEFINED
                        total -= item;
            #elif ALSO_UNDEFINED
                        total -= 2 * item;
            #else
                            total += item;
            #endif
                            #endregion
                        }
                    }
                    else if (items is int[] array)
                    {
                        foreach (var item in array)
                        {
                            #region Body
            #if NEVER_DEFINED
                        total -= item;
            #elif ALSO_UNDEFINED
                        total -= 2 * item;
            #else
                            total += item;
            #endif
                            #endregion
                        }
                    }
                    else
                    {
                        foreach (var item in items)
                        {
                            #region Body
            #if NEVER_DEFINED
                        total -= item;
            #elif ALSO_UNDEFINED
                        total -= 2 * item;
            #else
                            total += item;
            #endif
                            #endregion
                        }
                    }
            #endif

                    return total;
                }

                public static void Main()
                {
                    Console.WriteLine(Sum(new List<int> { 1, 2 }));
                    Console.WriteLine(Sum(new[] { 3, 4 }));
                    Console.WriteLine(Sum(new HashSet<int> { 5 }));
                }
            }
            """);

    private static Task Run(string code, string fixedCode)
        => new VerifyCS.Test
        {
            TestCode = Usings + code,
            FixedCode = Usings + fixedCode,
            EditorConfig = AllLoops,
            CodeActionEquivalenceKey = Key,
            TestState = { OutputKind = OutputKind.ConsoleApplication },
            RunAndCompareOutput = true,
        }.RunAsync();

    private static Task Fix(string code, string fixedCode, string editorConfig = AllLoops)
        => new VerifyCS.Test
        {
            TestCode = Usings + code,
            FixedCode = Usings + fixedCode,
            EditorConfig = editorConfig,
            CodeActionEquivalenceKey = Key,
        }.RunAsync();
}
