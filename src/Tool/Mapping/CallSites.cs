using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using DispatchAnalyzers.Tool.Metadata;
using DispatchAnalyzers.Tool.Pgo;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>What the IL says about a histogram site: its kind and the documentation-comment ID of the callee.</summary>
internal sealed record CallSite(string Kind, string Callee, bool IsCast);

/// <summary>
/// Decodes the instruction a histogram record points at (the call itself, past a <c>constrained.</c> prefix, or an
/// <c>isinst</c>/<c>castclass</c>), and numbers the calls of one member to one callee in source order.
/// </summary>
internal sealed class CallSites
{
    private readonly Dictionary<(AssemblyIndex, MethodDefinitionHandle, string), List<(MethodDefinitionHandle, int)>> ordinals = [];

    /// <summary>The site at <paramref name="ilOffset"/>; null when no call or type test starts there (then the data
    /// does not fit this IL, and the site is skipped rather than guessed).</summary>
    public static CallSite? Decode(AssemblyIndex assembly, MethodDefinitionHandle method, int ilOffset, MeasuredHistogram histogram)
    {
        if (assembly.Instructions(method) is not { } instructions || IlInstructions.At(instructions, ilOffset) is not { } instruction)
        {
            return null;
        }

        if (instruction.OpCode is IlInstructions.Isinst or IlInstructions.Castclass)
        {
            return DocIds.Type(assembly.Reader, Token(instruction)) is { } type ? new CallSite(SiteKinds.Cast, "T:" + type, IsCast: true) : null;
        }

        if (instruction.OpCode is not (IlInstructions.Call or IlInstructions.Callvirt) || DocIds.Method(assembly.Reader, Token(instruction)) is not { } callee)
        {
            return null;
        }

        var kind = histogram.Methods || (histogram.Other & PgoKinds.DelegateFlag) != 0 ? SiteKinds.Delegate
            : (histogram.Other & PgoKinds.InterfaceFlag) != 0 ? SiteKinds.Interface
            : SiteKinds.Virtual;
        return new CallSite(kind, callee, IsCast: false);
    }

    /// <summary>
    /// 0-based position of the call at (<paramref name="method"/>, <paramref name="ilOffset"/>) among the calls of
    /// <paramref name="member"/> (and its lambdas, local functions and state machines) to the same callee, ordered by
    /// the start of their statement in the source, then by IL order within one statement.
    /// </summary>
    public int Ordinal(AssemblyIndex assembly, MethodDefinitionHandle member, MethodDefinitionHandle method, int ilOffset, CallSite site)
    {
        var key = (assembly, member, site.Callee);
        if (!ordinals.TryGetValue(key, out var list))
        {
            ordinals[key] = list = Collect(assembly, member, site);
        }

        var index = list.IndexOf((method, ilOffset));
        return index < 0 ? 0 : index;
    }

    private static List<(MethodDefinitionHandle, int)> Collect(AssemblyIndex assembly, MethodDefinitionHandle member, CallSite site)
    {
        var found = new List<(int Line, int Column, int Family, int Offset, MethodDefinitionHandle Method)>();
        var family = UserMembers.Family(assembly, member);
        for (var f = 0; f < family.Count; f++)
        {
            foreach (var instruction in assembly.Instructions(family[f]) ?? [])
            {
                if (!Matches(assembly, instruction, site))
                {
                    continue;
                }

                var span = assembly.Pdb?.At(family[f], instruction.Offset);
                found.Add((span?.StartLine ?? int.MaxValue, span?.StartColumn ?? 0, f, instruction.Offset, family[f]));
            }
        }

        found.Sort((a, b) => (a.Line, a.Column, a.Family, a.Offset).CompareTo((b.Line, b.Column, b.Family, b.Offset)));
        return found.ConvertAll(c => (c.Method, c.Offset));
    }

    private static bool Matches(AssemblyIndex assembly, IlInstruction instruction, CallSite site)
    {
        return site.IsCast
            ? instruction.OpCode is IlInstructions.Isinst or IlInstructions.Castclass && "T:" + DocIds.Type(assembly.Reader, Token(instruction)) == site.Callee
            : instruction.OpCode is IlInstructions.Call or IlInstructions.Callvirt && DocIds.Method(assembly.Reader, Token(instruction)) == site.Callee;
    }

    /// <summary>The metadata token operand of a call or type test (only ever asked of those).</summary>
    private static EntityHandle Token(IlInstruction instruction) => MetadataTokens.EntityHandle(instruction.Operand);
}
