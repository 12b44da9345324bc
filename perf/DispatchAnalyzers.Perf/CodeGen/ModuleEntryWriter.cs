namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>
/// Writes a module's <c>Run(int seed)</c>: one checking method per file that registered checks, each folding its
/// checks into a checksum in order.
/// </summary>
internal static class ModuleEntryWriter
{
    public static GeneratedFile Write(ModulePlan p)
    {
        var w = new CodeWriter();
        p.WriteHeader(w);
        w.Line($"/// <summary>Runs the deterministic part of the {p.Noun} module.</summary>");
        w.Open($"public static class {p.Noun}Module");
        w.Open("public static long Run(int seed)");
        w.Line("long checksum = seed;");
        foreach (var (section, checks) in p.Sections)
        {
            if (checks.Count > 0)
            {
                w.Line($"checksum = Checksum.Fold(checksum, Check{section}(seed));");
            }
        }

        w.Line("return checksum;");
        w.Close();
        foreach (var (section, checks) in p.Sections)
        {
            if (checks.Count == 0)
            {
                continue;
            }

            w.Line();
            w.Open($"private static long Check{section}(int seed)");
            w.Line("long checksum = seed;");
            for (var i = 0; i < checks.Count; i++)
            {
                w.Line($"var value{i} = {checks[i]};");
                w.Line($"checksum = Checksum.Fold(checksum, value{i});");
            }

            w.Line("return checksum;");
            w.Close();
        }

        w.Close();
        return new GeneratedFile(p.PathOf(p.Noun + "Module"), w.ToString(), p.Index);
    }
}
