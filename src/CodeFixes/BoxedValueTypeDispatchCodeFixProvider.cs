using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes.Rewriting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP003 (a struct boxed to an interface and dispatched): makes the callee generic over the parameter the box
/// goes to (the same rewrite as DSP001's, <see cref="GenericParameterRewriter"/>), or declares the local that holds the
/// box with the struct's own type. Each is offered only when the analyzer found it safe and the syntax still matches.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BoxedValueTypeDispatchCodeFixProvider)), Shared]
public sealed class BoxedValueTypeDispatchCodeFixProvider : CodeFixProvider
{
    public const string MakeGenericEquivalenceKey = "DSP003.MakeGeneric";
    public const string RetypeLocalEquivalenceKey = "DSP003.RetypeLocal";
    internal const string MakeGenericTitle = "Make the callee generic over the struct's type";
    internal const string RetypeLocalTitle = "Declare the local with the struct's type";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BoxedValueTypeDispatch);

    public override FixAllProvider GetFixAllProvider() => Dsp003FixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await Dsp003FixTargets.MakeGenericAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(MakeGenericTitle, token => MakeGenericAsync(document, diagnostic, token), MakeGenericEquivalenceKey),
                    diagnostic);
            }

            if (await Dsp003FixTargets.RetypeLocalAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(RetypeLocalTitle, token => RetypeLocalAsync(document, diagnostic, token), RetypeLocalEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Solution> MakeGenericAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        var target = await Dsp003FixTargets.MakeGenericAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        return target is null ? solution : await GenericRewriteBatch.RewriteAllAsync(solution, new[] { target }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> RetypeLocalAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var target = await Dsp003FixTargets.RetypeLocalAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        // The local no longer qualifies in this version of the document.
        if (target is not { } found || root is null || model is null)
        {
            return document;
        }

        var declarations = new Dictionary<VariableDeclarationSyntax, ITypeSymbol> { [found.Declaration] = found.StructType };
        return document.WithSyntaxRoot(LocalRetyper.Retype(root, model, declarations));
    }
}
