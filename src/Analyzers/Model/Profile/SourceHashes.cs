using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// The two fingerprints a profile entry carries (docs/profile-format.md): the document's checksum, as the compiler
/// computed it for the PDB (<see cref="SourceText.GetChecksum"/>, compared only when the algorithms agree), and the
/// member's source hash, SHA-256 of the UTF-8 text its sequence points cover (<see cref="MemberBodySpans"/>),
/// line endings normalised to LF.
/// </summary>
internal static class SourceHashes
{
    /// <summary>Whether <paramref name="text"/> is the document <paramref name="entry"/> was measured on.</summary>
    public static bool DocumentMatches(SourceText text, ProfileEntry entry)
    {
        var algorithm = text.ChecksumAlgorithm switch
        {
            SourceHashAlgorithm.Sha1 => "SHA1",
            SourceHashAlgorithm.Sha256 => "SHA256",
            _ => null,
        };
        return algorithm is not null
            && string.Equals(algorithm, entry.ChecksumAlgorithm, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Hex(text.GetChecksum()), entry.Checksum, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The member's source hashes, one per candidate span; empty for a member without a body in source.</summary>
    public static ImmutableArray<string> MemberHashes(IMethodSymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var spans = MemberBodySpans.Of(reference.GetSyntax(cancellationToken));
            if (!spans.IsEmpty)
            {
                var text = reference.SyntaxTree.GetText(cancellationToken);
                using var sha = SHA256.Create();
                return spans.Select(span => Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString(span).Replace("\r\n", "\n"))))).ToImmutableArray();
            }
        }

        return ImmutableArray<string>.Empty;
    }

    private static string Hex(IEnumerable<byte> bytes)
    {
        var builder = new StringBuilder();
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
