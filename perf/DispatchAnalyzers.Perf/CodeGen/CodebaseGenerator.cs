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
/// A module has nine core files (contract, implementations, two kernel classes, records, a partial service in two
/// files, errors, entry) plus helper files that bring the total to the requested count; three shared files (attribute,
/// checksum, <c>Program</c>) complete it. The same seed and size give the same text on every machine.
/// </remarks>
public static class CodebaseGenerator
{
    /// <summary>Files every module has.</summary>
    public const int CoreFilesPerModule = 9;

    /// <summary>Files shared by all modules.</summary>
    public const int SharedFiles = 3;

    private const int FilesPerModule = 11;

    public static GeneratedCodebase Generate(int seed, int files)
    {
        var moduleCount = Math.Max(1, (files - SharedFiles) / FilesPerModule);
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
        yield return ContractWriter.Write(p);
        yield return ImplementationWriter.Write(p);
        yield return KernelWriter.Write(p, 1, p.Next(9, 14));
        yield return KernelWriter.Write(p, 2, p.Next(9, 14));
        yield return RecordWriter.Write(p);
        foreach (var file in ServiceWriter.Write(p))
        {
            yield return file;
        }

        yield return ErrorWriter.Write(p);
        for (var i = 0; i < helpers; i++)
        {
            yield return HelperWriter.Write(p, i + 1, p.Next(12, 22));
        }

        // Last: it calls everything the other files registered.
        yield return ModuleEntryWriter.Write(p);
    }
}
