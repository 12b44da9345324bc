namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Kernel members with a loop-invariant receiver (parameter, local, fields, static field) and their cold variants.</summary>
internal static partial class KernelPatterns
{
    private static bool GridParameter(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Grid{{s.Id}}({{s.I}} item, int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(r * cols + c) * 0.5;
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Grid{s.Id}({s.P.NewAny(2)}, 4, 5) + {s.Class}.Grid{s.Id}({s.P.NewAny(3)}, 3, 2)");
        return true;
    }

    private static bool HotPathWhile(CodeWriter w, KernelSlot s)
    {
        var first = s.Struct is { } structName ? $"new {structName}(3)" : s.P.New(0, 3);
        w.Block($$"""
            [HotPath]
            private static long Accumulate{{s.Id}}({{s.I}} item, int count)
            {
                long total = 0;
                int i = 0;
                while (i < count)
                {
                    total += item.Weight + (long)item.Measure(i);
                    i++;
                }

                return total;
            }

            public static long AccumulateAll{{s.Id}}(int count) => Accumulate{{s.Id}}({{first}}, count) + Accumulate{{s.Id}}({{s.P.New(1, 4)}}, count);
            """);
        s.P.AddCheck($"{s.Class}.AccumulateAll{s.Id}(9)");
        return true;
    }

    private static bool ReadonlyFieldDoWhile(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public double Sweep{{s.Id}}(int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    int c = 0;
                    do
                    {
                        total += _primary.Measure(r + c);
                        c++;
                    }
                    while (c < cols);
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.NewKernel}.Sweep{s.Id}(3, 4)");
        return true;
    }

    private static bool LocalFromSwitch(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Pick{{s.Id}}(int kind, int rows, int cols)
            {
                {{s.I}} item = kind switch
                {
                    0 => {{s.P.New(0, 1)}},
                    1 => {{s.P.New(1, 2)}},
                    _ => {{s.P.New(2, 3)}},
                };
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(c) * item.Weight;
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Pick{s.Id}(seed % 3, 4, 6) + {s.Class}.Pick{s.Id}(2, 2, 3)");
        return true;
    }

    private static bool ConstantTripCount(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Small{{s.Id}}({{s.I}} item, int rows)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int k = 0; k < 4; k++)
                    {
                        total += item.Measure(r * 4 + k);
                    }
                }

                foreach (var step in new[] { 1, 2, 3 })
                {
                    total += item.Measure(step);
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Small{s.Id}({s.P.NewAny(5)}, 6)");
        return true;
    }

    private static bool StaticReadonlyField(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            private static readonly {{s.I}} Shared{{s.Id}} = {{s.P.NewAny(7)}};

            public static double Shared{{s.Id}}Sum(int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                    for (int c = 0; c < cols; c++)
                        total += Shared{{s.Id}}.Measure(r - c);

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Shared{s.Id}Sum(3, 5)");
        return true;
    }

    private static bool MutableField(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public double Current{{s.Id}}(int rows, int cols)
            {
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    _current = r % 2 == 0 ? _primary : _secondary;
                    for (int c = 0; c < cols; c++)
                    {
                        total += _current.Measure(c);
                        if (c == 2)
                        {
                            continue;
                        }

                        total -= _secondary.Weight;
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.NewKernel}.Current{s.Id}(4, 4)");
        return true;
    }
}
