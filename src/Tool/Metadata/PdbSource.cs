using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>A source location: document and the 1-based line/column span of a sequence point.</summary>
internal readonly record struct SourceSpan(DocumentHandle Document, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>A document of the PDB: its path as compiled and its checksum.</summary>
internal sealed record SourceDocument(string Path, string ChecksumAlgorithm, string Checksum);

/// <summary>The portable PDB of an assembly (a file beside it or embedded): sequence points and documents.</summary>
internal sealed class PdbSource : IDisposable
{
    private static readonly Guid Sha1 = new("ff1816ec-aa5e-4d10-87f7-6f4963833460");
    private static readonly Guid Sha256 = new("8829d00f-11b8-4213-878b-770e8597ac16");

    private readonly MetadataReaderProvider provider;
    private readonly MetadataReader reader;
    private readonly Dictionary<MethodDefinitionHandle, List<SequencePoint>> points = [];

    private PdbSource(MetadataReaderProvider provider)
    {
        this.provider = provider;
        reader = provider.GetMetadataReader();
    }

    /// <summary>Opens the PDB the assembly's debug directory names (embedded or beside it); null when there is none.</summary>
    public static PdbSource? Open(PEReader pe, string assemblyPath)
    {
        try
        {
            return pe.TryOpenAssociatedPortablePdb(assemblyPath, path => File.Exists(path) ? File.OpenRead(path) : null, out var found, out _) && found is not null
                ? new PdbSource(found)
                : null;
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException)
        {
            // A Windows (non-portable) PDB or a damaged one: no source locations, reported like a missing PDB.
            return null;
        }
    }

    /// <summary>The non-hidden sequence point that covers <paramref name="ilOffset"/>: the last one at or before it.</summary>
    public SourceSpan? At(MethodDefinitionHandle method, int ilOffset)
    {
        SourceSpan? found = null;
        foreach (var point in Points(method))
        {
            if (point.Offset > ilOffset)
            {
                break;
            }

            if (!point.IsHidden)
            {
                found = new SourceSpan(point.Document, point.StartLine, point.StartColumn, point.EndLine, point.EndColumn);
            }
        }

        return found;
    }

    /// <summary>The span from the method's first to its last non-hidden sequence point: its body in the source.</summary>
    public SourceSpan? BodySpan(MethodDefinitionHandle method)
    {
        SourceSpan? span = null;
        foreach (var point in Points(method))
        {
            if (point.IsHidden)
            {
                continue;
            }

            if (span is not { } s)
            {
                span = new SourceSpan(point.Document, point.StartLine, point.StartColumn, point.EndLine, point.EndColumn);
                continue;
            }

            // A method's sequence points can come from several documents (#line, partial generated code): keep the first.
            if (point.Document != s.Document)
            {
                continue;
            }

            var start = (point.StartLine, point.StartColumn).CompareTo((s.StartLine, s.StartColumn)) < 0;
            var end = (point.EndLine, point.EndColumn).CompareTo((s.EndLine, s.EndColumn)) > 0;
            span = new SourceSpan(
                s.Document,
                start ? point.StartLine : s.StartLine,
                start ? point.StartColumn : s.StartColumn,
                end ? point.EndLine : s.EndLine,
                end ? point.EndColumn : s.EndColumn);
        }

        return span;
    }

    public SourceDocument Document(DocumentHandle handle)
    {
        var document = reader.GetDocument(handle);
        var algorithm = reader.GetGuid(document.HashAlgorithm);
        var name = algorithm == Sha256 ? "SHA256" : algorithm == Sha1 ? "SHA1" : algorithm == Guid.Empty ? "none" : algorithm.ToString();
        return new SourceDocument(reader.GetString(document.Name), name, Convert.ToHexStringLower(reader.GetBlobBytes(document.Hash)));
    }

    public void Dispose() => provider.Dispose();

    private List<SequencePoint> Points(MethodDefinitionHandle method)
    {
        if (!points.TryGetValue(method, out var list))
        {
            list = [];
            var debug = reader.GetMethodDebugInformation(method.ToDebugInformationHandle());
            if (!debug.SequencePointsBlob.IsNil)
            {
                list.AddRange(debug.GetSequencePoints());
            }

            points[method] = list;
        }

        return list;
    }
}
