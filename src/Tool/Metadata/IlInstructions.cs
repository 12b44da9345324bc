using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>One decoded IL instruction: its offset, opcode value (two-byte opcodes as 0xFExx) and operand.</summary>
/// <param name="Operand">The 4-byte operand (a token for calls and type tests), otherwise 0.</param>
internal readonly record struct IlInstruction(int Offset, ushort OpCode, OperandType OperandType, int Operand);

/// <summary>Decodes a method body into instructions, with the operand sizes taken from <see cref="OpCodes"/>.</summary>
internal static class IlInstructions
{
    public const ushort Call = 0x28;
    public const ushort Callvirt = 0x6F;
    public const ushort Castclass = 0x74;
    public const ushort Isinst = 0x75;
    public const ushort Newobj = 0x73;
    public const ushort Ldftn = 0xFE06;
    public const ushort Ldvirtftn = 0xFE07;

    private static readonly Dictionary<ushort, OperandType> Operands = LoadOperandTypes();

    /// <summary>Prefixes (<c>constrained.</c>, <c>readonly.</c>, <c>tail.</c>, ...) that belong to the next instruction.</summary>
    public static bool IsPrefix(ushort opCode) => opCode is 0xFE16 or 0xFE1E or 0xFE14 or 0xFE13 or 0xFE12 or 0xFE19;

    /// <summary>The instructions of <paramref name="il"/>, or <see langword="null"/> when it does not decode.</summary>
    public static List<IlInstruction>? Decode(ReadOnlySpan<byte> il)
    {
        var result = new List<IlInstruction>();
        var position = 0;
        while (position < il.Length)
        {
            var offset = position;
            ushort opCode = il[position++];
            if (opCode == 0xFE)
            {
                // A two-byte opcode cut off by the end of the body: not IL this tool can read.
                if (position >= il.Length)
                {
                    return null;
                }

                opCode = (ushort)(0xFE00 | il[position++]);
            }

            // An opcode unknown to this runtime's OpCodes: the body is not something to map sites in.
            if (!Operands.TryGetValue(opCode, out var operandType))
            {
                return null;
            }

            var size = OperandSize(operandType, il, position);
            if (size < 0 || position + size > il.Length)
            {
                return null;
            }

            var operand = size == 4 ? BitConverter.ToInt32(il.Slice(position, 4)) : 0;
            result.Add(new IlInstruction(offset, opCode, operandType, operand));
            position += size;
        }

        return result;
    }

    /// <summary>Size of the operand that starts at <paramref name="position"/>; -1 when a switch table is cut off.</summary>
    public static int OperandSize(OperandType type, ReadOnlySpan<byte> il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => position + 4 > il.Length ? -1 : 4 + (4 * BitConverter.ToInt32(il.Slice(position, 4))),
        _ => 4,
    };

    /// <summary>Whether the operand is a metadata token (left out of the runtime's IL hash).</summary>
    public static bool IsToken(OperandType type) => type is OperandType.InlineMethod or OperandType.InlineField or
        OperandType.InlineType or OperandType.InlineString or OperandType.InlineSig or OperandType.InlineTok;

    /// <summary>The instruction a PGO record at <paramref name="ilOffset"/> belongs to, past any prefixes.</summary>
    public static IlInstruction? At(IReadOnlyList<IlInstruction> instructions, int ilOffset)
    {
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].Offset != ilOffset)
            {
                continue;
            }

            while (IsPrefix(instructions[i].OpCode) && i + 1 < instructions.Count)
            {
                i++;
            }

            return instructions[i];
        }

        return null;
    }

    /// <summary>The body's IL bytes.</summary>
    public static ReadOnlySpan<byte> Bytes(MethodBodyBlock body) => body.GetILContent().AsSpan();

    private static Dictionary<ushort, OperandType> LoadOperandTypes()
    {
        var map = new Dictionary<ushort, OperandType>();
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode code)
            {
                map[(ushort)code.Value] = code.OperandType;
            }
        }

        return map;
    }
}
