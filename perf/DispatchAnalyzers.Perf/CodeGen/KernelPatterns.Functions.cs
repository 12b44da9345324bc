namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Kernel members around functions: delegates, lambdas, local functions, catch blocks, generics.</summary>
internal static partial class KernelPatterns
{
    private static bool Delegates(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Transform{{s.Id}}({{s.P.Transform}} transform, Func<int, double> source, int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        total += transform(source(r + c));
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Transform{s.Id}(v => v * 2 + 1, i => i * 0.25, 4, 5)");
        return true;
    }

    private static bool LambdaInLoop(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Lambda{{s.Id}}(IReadOnlyList<{{s.I}}> items, int rounds)
            {
                double total = 0;
                for (int r = 0; r < rounds; r++)
                {
                    foreach (var item in items)
                    {
                        Func<int, double> measure = step => item.Measure(step + r);
                        total += measure(r);
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Lambda{s.Id}(new {s.I}[] {{ {s.P.New(0, 1)}, {s.P.New(1, 2)} }}, 3)");
        return true;
    }

    private static bool LocalFunction(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Local{{s.Id}}({{s.I}} item, int rows)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    total += Inner(r);
                }

                return total;

                double Inner(int r)
                {
                    double sum = 0;
                    for (int c = 0; c < rows; c++)
                    {
                        sum += item.Measure(r + c);
                    }

                    return sum;
                }
            }
            """);
        s.P.AddCheck($"{s.Class}.Local{s.Id}({s.P.NewAny(2)}, 4)");
        return true;
    }

    private static bool CatchIsCold(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Guarded{{s.Id}}({{s.I}} item, int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        try
                        {
                            total += checked(c * 2);
                        }
                        catch (OverflowException)
                        {
                            total += item.Measure(c);
                        }
                        finally
                        {
                            total += 0.5;
                        }
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Guarded{s.Id}({s.P.NewAny(1)}, 2, 3)");
        return true;
    }

    private static bool InnerInvariant(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Rows{{s.Id}}(int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    {{s.I}} item = r % 2 == 0 ? {{s.P.New(0, 1)}} : {{s.P.New(1, 2)}};
                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(c);
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Rows{s.Id}(4, 3)");
        return true;
    }

    private static bool GenericAlreadyFine(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Generic{{s.Id}}<T>(T item, int rows, int cols)
                where T : {{s.I}}
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(c * r);
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Generic{s.Id}({s.P.NewAny(2)}, 3, 4)");
        return true;
    }
}
