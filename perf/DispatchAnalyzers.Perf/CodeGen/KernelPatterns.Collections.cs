namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Kernel members that dispatch on collection elements (mixed lists, arrays, fields, spans, LINQ) or box structs.</summary>
internal static partial class KernelPatterns
{
    private static bool MixedList(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Mixed{{s.Id}}(int rounds)
            {
                var items = new List<{{s.I}}>();
                items.Add({{s.P.New(0, 1)}});
                items.Add({{s.P.New(1, 2)}});
                items.Add({{s.P.New(2, 3)}});
                double total = 0;
                for (int round = 0; round < rounds; round++)
                {
                    foreach (var item in items)
                    {
                        total += item.Measure(round);
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Mixed{s.Id}(5)");
        return true;
    }

    private static bool MixedArray(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double MixedArray{{s.Id}}(int rounds)
            {
                {{s.I}}[] items = { {{s.P.New(0, 4)}}, {{s.P.New(1, 6)}} };
                double total = 0;
                for (int round = 0; round < rounds; round++)
                {
                    for (int i = 0; i < items.Length; i++)
                    {
                        total += items[i].Measure(round) + items[i].Weight;
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.MixedArray{s.Id}(6)");
        return true;
    }

    private static bool FieldPool(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public double Pool{{s.Id}}(int rounds)
            {
                double total = 0;
                for (int round = 0; round < rounds; round++)
                {
                    foreach (var item in _pool)
                    {
                        total += item.Measure(round) / (item.Weight + 1);
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.NewKernel}.Pool{s.Id}(4)");
        return true;
    }

    private static bool SpanOfItems(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Span{{s.Id}}({{s.I}}[] items, int rounds)
            {
                ReadOnlySpan<{{s.I}}> span = items;
                double total = 0;
                for (int round = 0; round < rounds; round++)
                {
                    foreach (var item in span)
                    {
                        total += item.Measure(round);
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Span{s.Id}(new {s.I}[] {{ {s.P.New(0, 2)}, {s.P.New(2, 3)} }}, 3)");
        return true;
    }

    private static bool LinqFiltered(CodeWriter w, KernelSlot s)
    {
        w.Block($$"""
            public static double Filtered{{s.Id}}(IEnumerable<{{s.I}}> items, int rounds)
            {
                double total = 0;
                for (int r = 0; r < rounds; r++)
                {
                    foreach (var item in items.Where(x => x.Weight > 0))
                    {
                        total += item.Measure(r);
                    }

                    total += items.Sum(x => x.Measure(r));
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.Filtered{s.Id}(new List<{s.I}> {{ {s.P.New(1, 3)}, {s.P.New(2, 1)} }}, 3)");
        return true;
    }

    private static bool BoxEach(CodeWriter w, KernelSlot s)
    {
        // Boxing needs a struct implementation.
        if (s.Struct is not { } structName)
        {
            return false;
        }

        w.Block($$"""
            [HotPath]
            public static double BoxEach{{s.Id}}(int rounds)
            {
                double total = 0;
                for (int r = 0; r < rounds; r++)
                {
                    {{s.I}} boxed = new {{structName}}(r);
                    total += boxed.Measure(r) + Consume{{s.Id}}(new {{structName}}(r + 1), 3);
                }

                return total;
            }

            private static double Consume{{s.Id}}({{s.I}} item, int steps)
            {
                double total = 0;
                for (int step = 0; step < steps; step++)
                {
                    for (int k = 0; k < steps; k++)
                    {
                        total += item.Measure(step * k);
                    }
                }

                return total;
            }
            """);
        s.P.AddCheck($"{s.Class}.BoxEach{s.Id}(7)");
        return true;
    }

    private static bool BoxedLocal(CodeWriter w, KernelSlot s)
    {
        // A boxed local needs a struct implementation.
        if (s.Struct is not { } structName)
        {
            return false;
        }

        w.Block($$"""
            public static double BoxedLocal{{s.Id}}(int rows, int cols)
            {
                {{s.I}} item = new {{structName}}(4);
                double total = 0;
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        total += item.Measure(c) + item.Weight;
                    }
                }

                return total + item.Describe().Length;
            }
            """);
        s.P.AddCheck($"{s.Class}.BoxedLocal{s.Id}(3, 3)");
        return true;
    }
}
