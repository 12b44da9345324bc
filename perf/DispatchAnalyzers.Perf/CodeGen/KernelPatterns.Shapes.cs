namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Kernel members of other shapes: ref parameters, async methods, hot attributes, already hoisted type checks, abstract-base receivers.</summary>
internal static partial class KernelPatterns
{
    private static bool AsyncAndAggressive(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static async Task<double> SumAsync{{s.Id}}({{s.I}} item, int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(r + c);
                    }

                    await Task.CompletedTask.ConfigureAwait(false);
                }

                return total;
            }

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal static double Aggressive{{s.Id}}({{s.I}} item, int count)
            {
                double total = 0;
                for (int i = 0; i < count; i++)
                {
                    total += item.Measure(i);
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.SumAsync{s.Id}({s.P.NewAny(3)}, 3, 3).GetAwaiter().GetResult()");
        s.P.AddCheck($"{s.Class}.Aggressive{s.Id}({s.P.NewAny(4)}, 5) + {s.Class}.Aggressive{s.Id}({s.P.NewAny(5)}, 2)");
        return true;
    }

    private static bool AlreadyHoisted(CodeWriter w, KernelSlot s)
    {
        var type = s.P.Implementations[0].Name;
        w.Block($$"""
            public static double Hoisted{{s.Id}}({{s.I}} item, int rows, int cols)
            {
                double total = 0;
                if (item is {{type}} known)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++)
                        {
                            total += known.Measure(c);
                        }
                    }
                }
                else
                {
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++)
                        {
                            total += item.Measure(c);
                        }
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Hoisted{s.Id}({s.P.NewAny(3)}, 2, 4)");
        return true;
    }

    private static bool BaseParameter(CodeWriter w, KernelSlot s)
    {
        // Needs a class deriving from the abstract base to call it with.
        if (!System.Linq.Enumerable.Any(s.P.Derived))
        {
            return false;
        }

        var derived = System.Linq.Enumerable.First(s.P.Derived).Name;
        w.Block($$"""
            public static double Bases{{s.Id}}({{s.P.Base}} item, int rows, int cols)
            {
                double total = 0;
                int r = 0;
                while (true)
                {
                    if (r == rows)
                    {
                        break;
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(c) + item.Factor + item.Describe().Length;
                    }

                    r++;
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Bases{s.Id}(new {derived}(2), 3, 3)");
        return true;
    }

    private static bool RefParameter(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double ByRef{{s.Id}}(ref {{s.I}} item, in int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(c + r);
                    }
                }

                return total;
            }

            public static double ByRefCall{{s.Id}}(int rows)
            {
                {{s.I}} item = {{s.P.NewAny(3)}};
                return ByRef{{s.Id}}(ref item, rows, 3);
            }
            """);
        s.P.AddCheck($"{s.Class}.ByRefCall{s.Id}(4)");
        return true;
    }
}
