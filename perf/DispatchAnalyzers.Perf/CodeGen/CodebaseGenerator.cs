using System;
using System.Collections.Generic;
using System.Linq;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>
/// Generates a deterministic C# console program of about <c>files</c> files (about 200 lines each): modules of ordinary
/// code (records, LINQ, async, pattern matching, generics, partial classes, exceptions, events) around interfaces with
/// one to six implementations, abstract bases, structs, and loop kernels in the shapes the DSP rules look at.
/// </summary>
/// <remarks>
/// A module has eight core files (contract, implementations, a kernel class, records, a partial service in two files,
/// errors, entry) plus helper files that bring the total to the requested count; three shared files (attribute,
/// checksum, <c>Program</c>) complete it. The same seed and size give the same text on every machine.
/// </remarks>
public static class CodebaseGenerator
{
    /// <summary>Files every module has.</summary>
    public const int CoreFilesPerModule = 8;

    /// <summary>Files shared by all modules.</summary>
    public const int SharedFiles = 3;

    /// <summary>Core files plus helpers: one kernel file in twenty, the rest ordinary code or its contracts.</summary>
    public const int DefaultFilesPerModule = 20;

    /// <param name="filesPerModule">Smaller modules (at least <see cref="CoreFilesPerModule"/>) have fewer helper files.</param>
    public static GeneratedCodebase Generate(int seed, int files, int filesPerModule = DefaultFilesPerModule)
    {
        var moduleCount = Math.Max(1, (files - SharedFiles) / Math.Max(CoreFilesPerModule, filesPerModule));
        var helperFiles = Math.Max(0, files - SharedFiles - moduleCount * CoreFilesPerModule);
        var modules = Enumerable.Range(0, moduleCount).Select(i => new ModulePlan(i, seed)).ToList();
        var result = new List<GeneratedFile>(CommonWriter.Write());
        foreach (var module in modules)
        {
            var helpers = helperFiles / moduleCount + (module.Index < helperFiles % moduleCount ? 1 : 0);
            result.AddRange(WriteModule(module, helpers));
        }

        result.Add(CommonWriter.Program(modules));
        return new GeneratedCodebase(seed, result, moduleCount);
    }

    private static IEnumerable<GeneratedFile> WriteModule(ModulePlan p, int helpers)
    {
        p.BeginSection("Contracts");
        yield return ContractWriter.Write(p);
        p.BeginSection("Implementations");
        yield return ImplementationWriter.Write(p);
        p.BeginSection("Kernels");
        yield return KernelWriter.Write(p, 1, p.Next(6, 11));
        p.BeginSection("Records");
        yield return RecordWriter.Write(p);
        p.BeginSection("Service");
        foreach (var file in ServiceWriter.Write(p))
        {
            yield return file;
        }

        p.BeginSection("Errors");
        yield return ErrorWriter.Write(p);
        for (var i = 0; i < helpers; i++)
        {
            p.BeginSection("Helpers" + (i + 1));
            yield return HelperWriter.Write(p, i + 1, p.Next(11, 20));
        }

        // Last: it calls everything the other files registered.
        yield return ModuleEntryWriter.Write(p);
    }
}
