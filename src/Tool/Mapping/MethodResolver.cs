using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using DispatchAnalyzers.Tool.Metadata;
using DispatchAnalyzers.Tool.Pgo;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>A dumped method found in an assembly with the same IL.</summary>
internal sealed record ResolvedMethod(AssemblyIndex Assembly, MethodDefinitionHandle Handle);

internal enum Resolution
{
    Mapped,
    NotInAssemblies,
    Stale,
    Ambiguous,
}

/// <summary>
/// Finds the method of a PGO record among the given assemblies: by the runtime's name, then by its signature rendering
/// (overloads), and only when the IL size and the runtime's IL code hash agree, so data from another build is never
/// mapped onto changed code.
/// </summary>
internal sealed class MethodResolver(IReadOnlyList<AssemblyIndex> assemblies)
{
    private readonly Dictionary<(string Name, string Signature, uint Hash, int Size), (Resolution, ResolvedMethod?)> cache = [];
    private readonly Dictionary<(AssemblyIndex, MethodDefinitionHandle), uint?> hashes = [];

    public (Resolution Resolution, ResolvedMethod? Method) Resolve(PgoMethod method)
    {
        var key = (method.MethodName, method.Signature, method.CodeHash, method.IlSize);
        if (!cache.TryGetValue(key, out var result))
        {
            result = ResolveUncached(method);
            cache[key] = result;
        }

        return result;
    }

    private (Resolution, ResolvedMethod?) ResolveUncached(PgoMethod method)
    {
        var byName = new List<ResolvedMethod>();
        foreach (var assembly in assemblies)
        {
            foreach (var handle in assembly.Find(method.MethodName))
            {
                byName.Add(new ResolvedMethod(assembly, handle));
            }
        }

        if (byName.Count == 0)
        {
            return (Resolution.NotInAssemblies, null);
        }

        // The signature tells overloads apart; when no rendering agrees (a format change), the IL hash alone decides.
        var bySignature = byName.FindAll(m => RuntimeSignatureProvider.SameSignature(m.Assembly.RuntimeSignature(m.Handle), method.Signature));
        var candidates = bySignature.Count > 0 ? bySignature : byName;
        var sameIl = candidates.FindAll(m => m.Assembly.Body(m.Handle) is { } body && body.Size > 0 &&
            IlSize(m) == method.IlSize && CodeHash(m) == method.CodeHash);
        if (sameIl.Count == 0)
        {
            return (Resolution.Stale, null);
        }

        // Copies of one assembly (same MVID, several output folders) are the same code, and so is an unchanged method of
        // an older build left in another folder: a copy with a PDB wins, then the newest file, then the first path.
        sameIl.Sort((a, b) => (b.Assembly.Pdb is not null).CompareTo(a.Assembly.Pdb is not null) is var byPdb and not 0 ? byPdb
            : File.GetLastWriteTimeUtc(b.Assembly.Path).CompareTo(File.GetLastWriteTimeUtc(a.Assembly.Path)) is var byTime and not 0 ? byTime
            : string.CompareOrdinal(a.Assembly.Path, b.Assembly.Path));
        var first = sameIl[0];
        var distinct = sameIl.FindAll(m => m.Assembly == first.Assembly && m.Handle != first.Handle);
        return distinct.Count == 0 ? (Resolution.Mapped, first) : (Resolution.Ambiguous, null);
    }

    private static int IlSize(ResolvedMethod method) => method.Assembly.Body(method.Handle)!.GetILBytes()?.Length ?? -1;

    private uint? CodeHash(ResolvedMethod method)
    {
        var key = (method.Assembly, method.Handle);
        if (!hashes.TryGetValue(key, out var hash))
        {
            hash = method.Assembly.Body(method.Handle) is { } body ? IlCodeHash.Compute(body) : null;
            hashes[key] = hash;
        }

        return hash;
    }
}
