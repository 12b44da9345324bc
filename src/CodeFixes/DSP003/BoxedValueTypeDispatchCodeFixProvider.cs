using System.Composition;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Fixes DSP003 (a struct boxed to an interface and dispatched): makes the callee generic over the parameter the box
/// goes to (<see cref="GenericParameterPlan"/>, the same rewrite as DSP001's), or declares the local that holds the box
/// with the struct's own type (<see cref="RetypeLocalPlan"/>). Each plan is built again on the current solution by the
/// code the analyzer ran; an action is registered only when its plan holds.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BoxedValueTypeDispatchCodeFixProvider)), Shared]
public sealed class BoxedValueTypeDispatchCodeFixProvider : DispatchCodeFixProvider
{
    public const string MakeGenericEquivalenceKey = "DSP003.MakeGeneric";
    public const string RetypeLocalEquivalenceKey = "DSP003.RetypeLocal";
    internal const string MakeGenericTitle = "Make the callee generic over the struct's type";
    internal const string RetypeLocalTitle = "Declare the local with the struct's type";

    public BoxedValueTypeDispatchCodeFixProvider()
        : base(DiagnosticIds.BoxedValueTypeDispatch)
    {
    }

    public override FixAllProvider GetFixAllProvider() => Dsp003FixAllProvider.Instance;

    private protected override IEnumerable<CodeAction> Actions(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        // The plans are built synchronously here: the document's semantic model is already computed.
        if (Dsp003Plans.MakeGenericAsync(document, diagnostic, cancellationToken).GetAwaiter().GetResult() is { } makeGeneric
            && document.Project.Solution.GetDocument(makeGeneric.Method.SyntaxTree) is { } callee)
        {
            yield return CodeAction.Create(
                MakeGenericTitle,
                _ => Task.FromResult(callee.WithSyntaxRoot(GenericParameterRewriter.Apply(makeGeneric.Method.SyntaxTree.GetRoot(cancellationToken), makeGeneric)).Project.Solution),
                MakeGenericEquivalenceKey);
        }

        if (Dsp003Plans.RetypeLocalAsync(document, diagnostic, cancellationToken).GetAwaiter().GetResult() is { } retype
            && retype.Declaration.SyntaxTree == root.SyntaxTree)
        {
            var declarations = new Dictionary<VariableDeclarationSyntax, ITypeSymbol> { [retype.Declaration] = retype.StructType };
            yield return CodeAction.Create(
                RetypeLocalTitle, _ => Task.FromResult(document.WithSyntaxRoot(LocalRetyper.Retype(root, model, declarations))), RetypeLocalEquivalenceKey);
        }
    }
}
