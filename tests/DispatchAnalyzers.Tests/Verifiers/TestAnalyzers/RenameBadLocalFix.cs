using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;

/// <summary>Test-only fix for TST001: "Rename to good" (key RenameToGood) and "Rename to fine" (key RenameToFine); batch Fix All.</summary>
public class RenameBadLocalFix : CodeFixProvider
{
    private readonly bool _renameUses;
    private readonly bool _changeValue;

    public RenameBadLocalFix()
        : this(renameUses: true, changeValue: false)
    {
    }

    protected RenameBadLocalFix(bool renameUses, bool changeValue)
    {
        _renameUses = renameUses;
        _changeValue = changeValue;
    }

    public override ImmutableArray<string> FixableDiagnosticIds => [BadLocalAnalyzer.Id];

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics.First();
        foreach (var name in new[] { "good", "fine" })
        {
            var key = "RenameTo" + char.ToUpperInvariant(name[0]) + name[1..];
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Rename to {name}",
                    c => LocalRewriter.RewriteAsync(context.Document, diagnostic.Location.SourceSpan, name, _renameUses, _changeValue, c),
                    key),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
