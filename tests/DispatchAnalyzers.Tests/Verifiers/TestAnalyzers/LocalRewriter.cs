using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;

/// <summary>How a test fix rewrites the local whose name is at a span: rename it (and its uses), maybe change its value.</summary>
public static class LocalRewriter
{
    public static async Task<Document> RewriteAsync(Document document, TextSpan nameSpan, string newName, bool renameUses, bool changeValue, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var declarator = root!.FindToken(nameSpan.Start).Parent!.FirstAncestorOrSelf<VariableDeclaratorSyntax>()!;
        var block = declarator.FirstAncestorOrSelf<BlockSyntax>()!;
        var oldName = declarator.Identifier.ValueText;
        var uses = renameUses
            ? block.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == oldName).Select(n => n.Identifier)
            : [];
        var newBlock = block.ReplaceTokens(
            uses.Append(declarator.Identifier),
            (original, _) => SyntaxFactory.Identifier(original.LeadingTrivia, newName, original.TrailingTrivia));
        if (changeValue)
        {
            var newDeclarator = newBlock.DescendantNodes().OfType<VariableDeclaratorSyntax>().First(d => d.Identifier.ValueText == newName);
            var value = newDeclarator.Initializer!.Value;
            newBlock = newBlock.ReplaceNode(value, SyntaxFactory.ParseExpression($"{value} + 1").WithTriviaFrom(value));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(block, newBlock));
    }
}
