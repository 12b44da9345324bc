namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>
/// Fix All for "make generic", shared by the rules that offer it: each method is rewritten once (over the parameter of
/// its first target), one after the other, each against the solution the previous ones left.
/// </summary>
internal static class GenericRewriteBatch
{
    /// <summary>The solution with every target's method rewritten; unchanged when none could be.</summary>
    public static async Task<Solution> RewriteAllAsync(Solution solution, IEnumerable<GenericRewriteTarget> targets, CancellationToken cancellationToken)
    {
        var current = solution;
        foreach (var byDocument in targets.GroupBy(t => t.Document))
        {
            var document = current.GetDocument(byDocument.Key);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            // The document left the solution, or its tree is not the one the targets were found in.
            if (document is null || root is null)
            {
                continue;
            }

            var work = byDocument
                .Where(t => t.Method.SyntaxTree == root.SyntaxTree)
                .GroupBy(t => t.Method)
                .Select(g => (Annotation: new SyntaxAnnotation(), Target: g.First()))
                .ToList();
            var annotations = work.ToDictionary(w => (SyntaxNode)w.Target.Method, w => w.Annotation);
            document = document.WithSyntaxRoot(root.ReplaceNodes(annotations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original])));
            var changed = false;
            foreach (var (annotation, target) in work)
            {
                var currentRoot = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                var method = currentRoot?.GetAnnotatedNodes(annotation).OfType<MethodDeclarationSyntax>().FirstOrDefault();
                var symbol = method is null ? null : model?.GetDeclaredSymbol(method, cancellationToken) as IMethodSymbol;
                // The method lost its declaration or the parameter in an earlier rewrite.
                if (method is null || symbol is null || target.Ordinal >= symbol.Parameters.Length)
                {
                    continue;
                }

                // The plan no longer holds after the earlier rewrites.
                if (GenericParameterPlan.Create(symbol.Parameters[target.Ordinal], model!.Compilation, cancellationToken) is not { } plan
                    || plan.Method.SyntaxTree != currentRoot!.SyntaxTree)
                {
                    continue;
                }

                document = document.WithSyntaxRoot(GenericParameterRewriter.Apply(currentRoot, plan));
                changed = true;
            }

            if (changed)
            {
                current = document.Project.Solution;
            }
        }

        return current;
    }
}
