using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>Names for the locals and type parameters the rewrites introduce: readable, unique, never keywords.</summary>
internal static class NameGenerator
{
    /// <summary><c>Circle</c> becomes <c>circle</c>.</summary>
    public static string CamelCase(string name)
        => name.Length > 0 && char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name;

    /// <summary><c>_shape</c>, <c>m_shape</c>, <c>s_shape</c> and <c>Shape</c> become <c>shape</c>.</summary>
    public static string LocalNameForField(string fieldName)
    {
        var name = fieldName;
        foreach (var prefix in new[] { "m_", "s_", "t_", "_" })
        {
            if (name.StartsWith(prefix, System.StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                name = name.Substring(prefix.Length);
                break;
            }
        }

        return CamelCase(name);
    }

    /// <summary><c>IShape</c> becomes <c>TShape</c>; <c>Item</c> becomes <c>TItem</c>.</summary>
    public static string TypeParameterNameFor(string interfaceName)
    {
        var stem = interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1])
            ? interfaceName.Substring(1)
            : interfaceName;
        return "T" + stem;
    }

    /// <summary>Appends 1, 2, ... until the name is neither taken nor a keyword; records the result as taken.</summary>
    public static string MakeUnique(string baseName, ISet<string> taken) => MakeUnique(baseName, taken, static _ => false);

    /// <summary>As above, where <paramref name="takenElsewhere"/> also rules out a name (asked only of the names tried).</summary>
    public static string MakeUnique(string baseName, ISet<string> taken, Func<string, bool> takenElsewhere)
    {
        if (baseName.Length == 0 || !SyntaxFacts.IsValidIdentifier(baseName))
        {
            baseName = "value";
        }

        var candidate = baseName;
        for (var suffix = 1; taken.Contains(candidate) || IsKeyword(candidate) || takenElsewhere(candidate); suffix++)
        {
            candidate = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add(candidate);
        return candidate;
    }

    /// <summary>
    /// Names a new local at <paramref name="position"/> must avoid: every symbol visible there, and every identifier written
    /// in the enclosing member (locals declared later, in nested blocks or lambdas would clash or be shadowed).
    /// </summary>
    public static HashSet<string> TakenNames(SemanticModel model, SyntaxNode node, int position)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var symbol in model.LookupSymbols(position))
        {
            taken.Add(symbol.Name);
        }

        SyntaxNode scope = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(member => member is not GlobalStatementSyntax)
            ?? (SyntaxNode)node.SyntaxTree.GetRoot();
        AddIdentifiers(scope, taken);
        return taken;
    }

    public static void AddIdentifiers(SyntaxNode scope, ISet<string> taken)
    {
        foreach (var token in scope.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)))
        {
            taken.Add(token.ValueText);
        }
    }

    /// <summary>An identifier token for <paramref name="name"/>, escaped with <c>@</c> when it is a keyword.</summary>
    public static SyntaxToken Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? SyntaxFactory.Identifier(default, SyntaxKind.IdentifierToken, "@" + name, name, default)
            : SyntaxFactory.Identifier(name);

    private static bool IsKeyword(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;
}
