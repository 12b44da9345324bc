using System;
using System.Reflection.Metadata;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>
/// The runtime's version-resilient IL hash (<c>GetVersionResilientILCodeHashCode</c>), the <c>codehash</c> of a PGO
/// dump's method header: xxHash32 over the exception clauses, max stack, clause count and every instruction with its
/// non-token operands. Equal hashes and IL sizes mean the dump was taken from this build of the method.
/// </summary>
internal static class IlCodeHash
{
    private const uint Prime1 = 2654435761U;
    private const uint Prime2 = 2246822519U;
    private const uint Prime3 = 3266489917U;
    private const uint Prime4 = 668265263U;
    private const uint Prime5 = 374761393U;

    /// <summary>The hash, or <see langword="null"/> when the body does not decode.</summary>
    public static uint? Compute(MethodBodyBlock body)
    {
        var hash = new XxHash32();
        foreach (var region in body.ExceptionRegions)
        {
            hash.Add((uint)region.Kind);
            hash.Add((uint)region.TryOffset);
            hash.Add((uint)region.TryLength);
            hash.Add((uint)region.HandlerLength);
            hash.Add((uint)region.HandlerOffset);
            if (region.Kind == ExceptionRegionKind.Filter)
            {
                hash.Add((uint)region.FilterOffset);
            }
        }

        hash.Add((uint)body.MaxStack);
        hash.Add((uint)body.ExceptionRegions.Length);
        var il = IlInstructions.Bytes(body);
        var instructions = IlInstructions.Decode(il);
        if (instructions is null)
        {
            return null;
        }

        foreach (var instruction in instructions)
        {
            var opCode = instruction.OpCode < 0x100 ? (uint)(0xFF00 | instruction.OpCode) : instruction.OpCode;
            hash.Add(opCode);
            if (IlInstructions.IsToken(instruction.OperandType))
            {
                continue;
            }

            var start = instruction.Offset + (instruction.OpCode < 0x100 ? 1 : 2);
            var size = IlInstructions.OperandSize(instruction.OperandType, il, start);
            if (instruction.OperandType == System.Reflection.Emit.OperandType.InlineSwitch)
            {
                // The runtime adds the opcode a second time before the case count and targets.
                hash.Add(opCode);
            }

            AddOperand(ref hash, il.Slice(start, size));
        }

        return hash.ToHashCode();
    }

    private static void AddOperand(ref XxHash32 hash, ReadOnlySpan<byte> operand)
    {
        switch (operand.Length)
        {
            case 0:
                return;
            case 1:
                hash.Add(operand[0]);
                return;
            case 2:
                hash.Add(BitConverter.ToUInt16(operand));
                return;
            default:
                for (var i = 0; i + 4 <= operand.Length; i += 4)
                {
                    hash.Add(BitConverter.ToUInt32(operand.Slice(i, 4)));
                }

                return;
        }
    }

    /// <summary>System.HashCode's xxHash32 with the runtime's fixed seed of 0.</summary>
    private struct XxHash32()
    {
        private uint v1 = unchecked(Prime1 + Prime2);
        private uint v2 = Prime2;
        private uint v3;
        private uint v4 = unchecked(0 - Prime1);
        private uint queue1;
        private uint queue2;
        private uint queue3;
        private uint length;

        public void Add(uint value)
        {
            var position = length++ % 4;
            switch (position)
            {
                case 0: queue1 = value; break;
                case 1: queue2 = value; break;
                case 2: queue3 = value; break;
                default:
                    v1 = Round(v1, queue1);
                    v2 = Round(v2, queue2);
                    v3 = Round(v3, queue3);
                    v4 = Round(v4, value);
                    break;
            }
        }

        public readonly uint ToHashCode()
        {
            var hash = length < 4 ? Prime5 : uint.RotateLeft(v1, 1) + uint.RotateLeft(v2, 7) + uint.RotateLeft(v3, 12) + uint.RotateLeft(v4, 18);
            hash += length * 4;
            var position = length % 4;
            if (position > 0) hash = QueueRound(hash, queue1);
            if (position > 1) hash = QueueRound(hash, queue2);
            if (position > 2) hash = QueueRound(hash, queue3);
            hash ^= hash >> 15;
            hash *= Prime2;
            hash ^= hash >> 13;
            hash *= Prime3;
            hash ^= hash >> 16;
            return hash;
        }

        private static uint Round(uint hash, uint input) => uint.RotateLeft(hash + (input * Prime2), 13) * Prime1;

        private static uint QueueRound(uint hash, uint queued) => uint.RotateLeft(hash + (queued * Prime3), 17) * Prime4;
    }
}
