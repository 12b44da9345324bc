namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes a kernel class: two readonly receivers, a mutable one, a pool, and a random selection of <see cref="KernelPatterns"/>.</summary>
internal static class KernelWriter
{
    public static GeneratedFile Write(ModulePlan p, int number, int patternCount)
    {
        var name = $"{p.Noun}Kernels{number}";
        var w = new CodeWriter();
        p.WriteHeader(w);
        w.Line($"/// <summary>Numeric kernels over <see cref=\"{p.Interface}\"/>.</summary>");
        w.Open($"public sealed class {name}");
        w.Block($$"""
            private readonly {{p.Interface}} _primary;
            private readonly {{p.Interface}} _secondary;
            private readonly List<{{p.Interface}}> _pool = new();
            private {{p.Interface}} _current;

            public {{name}}({{p.Interface}} primary, {{p.Interface}} secondary)
            {
                _primary = primary;
                _secondary = secondary;
                _current = primary;
                _pool.Add(primary);
                _pool.Add(secondary);
            }

            public {{p.Interface}} Current => _current;
            """);
        var id = 0;
        for (var written = 0; written < patternCount;)
        {
            var pattern = p.Pick(KernelPatterns.All);
            var member = new CodeWriter();
            if (pattern(member, new KernelSlot(p, name, number * 100 + id)))
            {
                w.Line().Block(member.ToString());
                id++;
                written++;
            }
        }

        w.Close();
        return new GeneratedFile(p.PathOf(name), w.ToString(), p.Index);
    }
}
