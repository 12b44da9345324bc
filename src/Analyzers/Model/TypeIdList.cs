namespace DispatchAnalyzers.Model;

/// <summary>
/// Concrete types written into a diagnostic property: their documentation-comment IDs (<c>T:Ns.Type</c>), <c>;</c>-separated,
/// in the order a fix uses them. The one writer and the one reader of such lists.
/// </summary>
internal static class TypeIdList
{
    public static string Format(IEnumerable<INamedTypeSymbol> types)
        => string.Join(";", types.Select(t => t.GetDocumentationCommentId()));

    /// <summary>The types listed, or default when the list is absent or one no longer resolves to a concrete type.</summary>
    public static ImmutableArray<INamedTypeSymbol> Parse(string? ids, Compilation compilation)
    {
        if (string.IsNullOrEmpty(ids))
        {
            return default;
        }

        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var id in ids!.Split(new[] { ';' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            var type = (DocumentationCommentId.GetFirstSymbolForDeclarationId(id.Trim(), compilation)
                ?? DocumentationCommentId.GetFirstSymbolForReferenceId(id.Trim(), compilation)) as INamedTypeSymbol;
            // A type that no longer exists (or is not concrete) makes the whole list unusable.
            if (type is not { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false })
            {
                return default;
            }

            builder.Add(type);
        }

        return builder.ToImmutable();
    }
}
