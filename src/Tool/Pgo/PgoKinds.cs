namespace DispatchAnalyzers.Tool.Pgo;

/// <summary>
/// The runtime's <c>PgoInstrumentationKind</c> values as they appear in the text dump: the low four bits say how each
/// data line is written (marshal kind), the bits from 0x40 up say what the record measures (descriptor).
/// </summary>
internal static class PgoKinds
{
    public const int MarshalMask = 0xF;
    public const int MarshalNone = 0;
    public const int MarshalFourByte = 1;
    public const int MarshalEightByte = 2;
    public const int MarshalTypeHandle = 3;
    public const int MarshalMethodHandle = 4;

    private const int DescriptorMask = ~0x3F;
    private const int BlockCountDescriptor = 0x40;
    private const int HistogramCountDescriptor = 0x80;
    private const int HistogramDescriptor = 0xC0;
    private const int EdgeCountDescriptor = 0x180;

    /// <summary>Flags the JIT puts in a histogram record's <c>Other</c> field.</summary>
    public const uint ClassFlag = 0x80000000;
    public const uint InterfaceFlag = 0x40000000;
    public const uint DelegateFlag = 0x20000000;

    public static int Marshal(int kind) => kind & MarshalMask;

    /// <summary>Basic-block counts (65 four-byte, 66 eight-byte): what <c>DOTNET_JitEdgeProfiling=0</c> produces.</summary>
    public static bool IsBlockCount(int kind) => (kind & DescriptorMask) == BlockCountDescriptor;

    /// <summary>Edge counts (385, 386): the runtime's default, a spanning-tree subset of the flow graph's edges.</summary>
    public static bool IsEdgeCount(int kind) => (kind & DescriptorMask) == EdgeCountDescriptor;

    /// <summary>How often the probe of a histogram ran (177 four-byte, 130 eight-byte).</summary>
    public static bool IsHistogramCount(int kind) => (kind & DescriptorMask) == HistogramCountDescriptor;

    /// <summary>The 32-slot sample of receiver types (195) or delegate targets (196).</summary>
    public static bool IsHistogram(int kind) => (kind & DescriptorMask) == HistogramDescriptor;
}
