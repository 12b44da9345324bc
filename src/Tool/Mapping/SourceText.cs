using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using DispatchAnalyzers.Tool.Metadata;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>
/// Reads source files named by the PDB, checks them against the PDB's checksum, and hashes member bodies: SHA-256 of the
/// UTF-8 text from the first to the last sequence point of the member (its <c>{ ... }</c> block or its expression body),
/// line endings normalised to LF.
/// </summary>
internal sealed class SourceText
{
    private readonly Dictionary<string, string[]?> files = new(StringComparer.Ordinal);

    /// <summary>The hash of the span's text; null when the file is missing or no longer what was compiled.</summary>
    public string? Hash(SourceDocument document, SourceSpan span)
    {
        if (Lines(document) is not { } lines || span.StartLine < 1 || span.EndLine > lines.Length)
        {
            return null;
        }

        var text = new StringBuilder();
        for (var line = span.StartLine; line <= span.EndLine; line++)
        {
            var content = lines[line - 1];
            var start = line == span.StartLine ? Math.Min(span.StartColumn - 1, content.Length) : 0;
            var end = line == span.EndLine ? Math.Min(span.EndColumn - 1, content.Length) : content.Length;
            text.Append(content, start, Math.Max(0, end - start));
            if (line != span.EndLine)
            {
                text.Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Whether the file on disk still has the checksum the PDB recorded (false when it is missing).</summary>
    public bool IsUnchanged(SourceDocument document) => Lines(document) is not null;

    private string[]? Lines(SourceDocument document)
    {
        if (!files.TryGetValue(document.Path, out var lines))
        {
            lines = Load(document);
            files[document.Path] = lines;
        }

        return lines;
    }

    private static string[]? Load(SourceDocument document)
    {
        if (!File.Exists(document.Path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(document.Path);
        var actual = document.ChecksumAlgorithm switch
        {
            "SHA256" => Convert.ToHexStringLower(SHA256.HashData(bytes)),
            "SHA1" => Convert.ToHexStringLower(SHA1.HashData(bytes)),
            _ => null,
        };

        // Edited since the build: its text would not be the text the data was measured on.
        if (actual != document.Checksum)
        {
            return null;
        }

        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }
}
