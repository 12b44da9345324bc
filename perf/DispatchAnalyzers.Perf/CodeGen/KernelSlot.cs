namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Where a kernel pattern is written: the module, the kernel class, and a number that makes its member names unique.</summary>
internal sealed record KernelSlot(ModulePlan P, string Class, int Id)
{
    public string I => P.Interface;

    /// <summary><c>new Kernels(primary, secondary)</c> with two implementations of the module.</summary>
    public string NewKernel => $"new {Class}({P.New(0, 2)}, {P.New(1, 5)})";

    /// <summary>A struct implementation's name, or null when the module has none.</summary>
    public string? Struct
    {
        get
        {
            foreach (var implementation in P.Structs)
            {
                return implementation.Name;
            }

            return null;
        }
    }
}

/// <summary>Writes one kernel member into a kernel class and registers the check that calls it; false when it does not apply to the module.</summary>
internal delegate bool KernelPattern(CodeWriter writer, KernelSlot slot);
