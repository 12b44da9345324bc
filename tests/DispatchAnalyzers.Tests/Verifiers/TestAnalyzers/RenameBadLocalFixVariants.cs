using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;

/// <summary>Renames the declaration but not its uses: the result does not compile.</summary>
public sealed class DeclarationOnlyRenameFix() : RenameBadLocalFix(renameUses: false, changeValue: false);

/// <summary>Renames and adds one to the value: the program prints something else.</summary>
public sealed class ValueChangingRenameFix() : RenameBadLocalFix(renameUses: true, changeValue: true);

/// <summary>Offers no Fix All.</summary>
public sealed class NoFixAllRenameFix : RenameBadLocalFix
{
    public override FixAllProvider? GetFixAllProvider() => null;
}

/// <summary>Its Fix All renames to <c>other</c> instead of <c>good</c>, in the given scope only.</summary>
public abstract class DivergentFixAllRenameFix(FixAllScope scope) : RenameBadLocalFix
{
    public override FixAllProvider? GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
            {
                document = await LocalRewriter.RewriteAsync(document, diagnostic.Location.SourceSpan, "other", true, false, context.CancellationToken);
            }

            return document;
        },
        [scope]);
}

/// <summary>Divergent Fix All in document scope.</summary>
public sealed class DivergentDocumentFixAll() : DivergentFixAllRenameFix(FixAllScope.Document);

/// <summary>Divergent Fix All in project scope.</summary>
public sealed class DivergentProjectFixAll() : DivergentFixAllRenameFix(FixAllScope.Project);

/// <summary>Divergent Fix All in solution scope.</summary>
public sealed class DivergentSolutionFixAll() : DivergentFixAllRenameFix(FixAllScope.Solution);
