using System.Collections.Generic;

namespace DispatchAnalyzers.Tool.Pgo;

/// <summary>One method's block of a PGO text dump: its header, names and instrumentation records.</summary>
/// <param name="CodeHash">The runtime's version-resilient hash of the method's IL (tokens left out).</param>
/// <param name="MethodHash">The runtime's hash of the method's name and owning type.</param>
/// <param name="IlSize">Size of the method's IL body in bytes.</param>
/// <param name="MethodName">Owning type and method, <c>Ns.Type+Nested`1[System.__Canon].Method</c>.</param>
/// <param name="Signature">The runtime's rendering of the signature, <c>instance float64  (class Ns.IShape,int32)</c>.</param>
/// <param name="File">The dump it came from, for messages.</param>
/// <param name="Line">1-based line of the <c>@@@</c> header in <paramref name="File"/>.</param>
internal sealed record PgoMethod(
    uint CodeHash,
    uint MethodHash,
    int IlSize,
    string MethodName,
    string Signature,
    IReadOnlyList<PgoRecord> Records,
    string File,
    int Line);

/// <summary>One <c>Schema InstrumentationKind K ILOffset O Count C Other X</c> record and its data lines.</summary>
/// <param name="Values">Numeric data (block, edge and probe counts); eight-byte values are combined.</param>
/// <param name="Handles">Type or method handle lines without their prefix: a name, <c>NULL</c> or <c>UNKNOWN</c>.</param>
internal sealed record PgoRecord(int Kind, int IlOffset, uint Other, IReadOnlyList<ulong> Values, IReadOnlyList<string> Handles);

/// <summary>A parsed dump.</summary>
internal sealed record PgoFile(string Path, IReadOnlyList<PgoMethod> Methods);
