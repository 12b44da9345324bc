using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// The two fingerprints a profile entry carries (docs/profile-format.md): the document's checksum, as the compiler
/// computed it for the PDB (<see cref="SourceText.GetChecksum"/>, compared only when the algorithms agree), and the
/// member's source hash, SHA-256 of the UTF-8 text of its body (<c>{</c> to <c>}</c>, or the expression of an
/// expression body), line endings normalised to LF.
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

    /// <summary>The member's source hash, or null for a member without a body in source.</summary>
    public static string? MemberHash(IMethodSymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (BodyOf(reference.GetSyntax(cancellationToken)) is { } body)
            {
                var text = body.SyntaxTree.GetText(cancellationToken).ToString(body.Span).Replace("\r\n", "\n");
                using var sha = SHA256.Create();
                return Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
            }
        }

        return null;
    }

    private static SyntaxNode? BodyOf(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
        AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression,
        ArrowExpressionClauseSyntax arrow => arrow.Expression,
        _ => null,
    };

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
