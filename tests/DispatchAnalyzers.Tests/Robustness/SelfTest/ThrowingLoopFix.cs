using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DispatchAnalyzers.Tests.Robustness.SelfTest;

/// <summary>Test double for the harness self-tests: offers a fix for TRB001 that throws when it is computed.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ThrowingLoopFix)), Shared]
public sealed class ThrowingLoopFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => [LoopMarkerAnalyzer.Rule.Id];

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        context.RegisterCodeFix(
            CodeAction.Create("Throw", _ => Task.FromException<Document>(new InvalidOperationException("boom from the test fixer")), "TRB001.Throw"),
            context.Diagnostics);
        return Task.CompletedTask;
    }
}
