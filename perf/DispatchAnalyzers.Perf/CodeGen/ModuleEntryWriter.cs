namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes a module's <c>Run(int seed)</c>: every check the other writers registered, folded into a checksum in order.</summary>
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
        foreach (var check in p.Checks)
        {
            w.Line($"checksum = Checksum.Fold(checksum, {check});");
        }

        w.Line("return checksum;");
        w.Close();
        w.Close();
        return new GeneratedFile(p.PathOf(p.Noun + "Module"), w.ToString(), p.Index);
    }
}
