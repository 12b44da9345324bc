namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>One method to make generic over one of its parameters: what a diagnostic of either rule asks for.</summary>
internal sealed class GenericRewriteTarget
{
    public GenericRewriteTarget(DocumentId document, MethodDeclarationSyntax method, int ordinal)
    {
        Document = document;
        Method = method;
        Ordinal = ordinal;
    }

    /// <summary>The document that declares the method (not necessarily the one with the diagnostic).</summary>
    public DocumentId Document { get; }

    public MethodDeclarationSyntax Method { get; }

    public int Ordinal { get; }

}
