using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// The C# sources written in the rule tests (tests/…/Rules/**/*.cs), without markup: every raw string literal, joined with
/// the constant strings and literals it is concatenated with (<c>Shapes + "\n" + """…"""</c>), so that each test's input
/// and fixed code become inputs of the robustness run, including those of rules added later.
/// </summary>
internal static class RuleTestInputs
{
    private static readonly Regex Markup = new(@"\[\||\|\]|\{\|#?\w+:|\|\}", RegexOptions.CultureInvariant);

    public static IEnumerable<(string Name, string Text)> Load()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var directory = RepositoryPaths.Combine("tests", "DispatchAnalyzers.Tests", "Rules");
        foreach (var path in Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
            var constants = root.DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword))
                .SelectMany(f => f.Declaration.Variables)
                .Where(v => v.Initializer is not null)
                .GroupBy(v => v.Identifier.ValueText)
                .ToDictionary(g => g.Key, g => g.First().Initializer!.Value, StringComparer.Ordinal);
            var index = 0;
            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(IsRawString))
            {
                var expression = Outermost(literal);
                // Constants are taken where they are used.
                if (expression.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } })
                {
                    continue;
                }

                var text = Evaluate(expression, constants, depth: 0);
                if (text is null || !(text.Contains(';') || text.Contains('{')))
                {
                    continue;
                }

                var source = StripMarkup(text);
                if (seen.Add(source))
                {
                    yield return ($"{Path.GetFileNameWithoutExtension(path)} input {index++}", source);
                }
            }
        }
    }

    /// <summary>The text without the test markup (<c>[|…|]</c>, <c>{|ID:…|}</c>, <c>{|#0:…|}</c>).</summary>
    private static string StripMarkup(string text) => Markup.Replace(text, string.Empty);

    private static bool IsRawString(LiteralExpressionSyntax literal)
        => literal.Token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken);

    private static ExpressionSyntax Outermost(ExpressionSyntax expression)
    {
        while (expression.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } or ParenthesizedExpressionSyntax)
        {
            expression = (ExpressionSyntax)expression.Parent;
        }

        return expression;
    }

    /// <summary>The string value of a concatenation of literals and constants of the file, or null when it has other parts.</summary>
    private static string? Evaluate(ExpressionSyntax expression, IReadOnlyDictionary<string, ExpressionSyntax> constants, int depth)
    {
        // Constants that refer to each other in a cycle do not compile anyway.
        if (depth > 16)
        {
            return null;
        }

        return expression switch
        {
            LiteralExpressionSyntax { Token.Value: string value } => value,
            ParenthesizedExpressionSyntax parenthesized => Evaluate(parenthesized.Expression, constants, depth + 1),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add
                when Evaluate(add.Left, constants, depth + 1) is { } left && Evaluate(add.Right, constants, depth + 1) is { } right => left + right,
            IdentifierNameSyntax name when constants.TryGetValue(name.Identifier.ValueText, out var value) => Evaluate(value, constants, depth + 1),
            _ => null,
        };
    }
}
