using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model;

/// <summary>
/// For each syntax tree, its class, struct, record and interface declarations (nested ones too) as names: each
/// declaration's simple name and the simple names its base list spells, and the tree's using aliases. Read from syntax
/// alone, in one walk over the namespace and type members.
/// </summary>
/// <remarks>
/// A base type is kept as the rightmost identifier it is written with (<c>global::Ns.IShape&lt;int&gt;</c>,
/// <c>X::IShape</c> and <c>IShape</c> are all <c>IShape</c>), which is the simple name of the type it binds to unless it
/// is an alias; an alias is kept with the rightmost identifier of its target, so a search for a name also searches its
/// aliases. A base written as something other than a name (<c>object</c>, a tuple) is <see cref="Unnamed"/>: a type the
/// source does not declare. Names are value texts, so <c>\u</c> escapes and <c>@</c> spell what the symbol's name
/// spells. The summary depends on the tree's text alone, and a tree is immutable: it is made on first demand and kept as
/// long as the tree lives (a table keyed weakly by the tree), so a new compilation after an edit reads only the edited
/// tree again. It holds spans, not nodes, so it never keeps a tree's root alive.
/// </remarks>
internal static class TypeDeclarationIndex
{
    /// <summary>Stands for a base type written as something other than a name: a type that may be declared anywhere but in source.</summary>
    public const string Unnamed = "";

    private static readonly ConditionalWeakTable<SyntaxTree, TreeTypes> Cache = new();

    /// <summary>The summary of <paramref name="tree"/>, the same object for as long as the tree lives.</summary>
    public static TreeTypes Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var types))
        {
            return types;
        }

        var made = Make(tree.GetRoot(cancellationToken));
        return Cache.GetValue(tree, _ => made);
    }

    private static TreeTypes Make(SyntaxNode root)
    {
        var declarations = ImmutableArray.CreateBuilder<TypeDeclarationName>();
        var aliases = ImmutableArray.CreateBuilder<(string Alias, string Target)>();
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case CompilationUnitSyntax unit:
                    AddAliases(unit.Usings, aliases);
                    Push(unit.Members, stack);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    AddAliases(ns.Usings, aliases);
                    Push(ns.Members, stack);
                    break;
                case TypeDeclarationSyntax type when KindOf(type) is { } kind:
                    var bases = type.BaseList is { } list ? list.Types.Select(b => NameOf(b.Type)).ToImmutableArray() : ImmutableArray<string>.Empty;
                    declarations.Add(new TypeDeclarationName(type.Identifier.ValueText, bases, type.Span, kind));
                    Push(type.Members, stack);
                    break;
            }
        }

        return new TreeTypes(declarations.ToImmutable(), aliases.ToImmutable());
    }

    private static void Push(SyntaxList<MemberDeclarationSyntax> members, Stack<SyntaxNode> stack)
    {
        foreach (var member in members)
        {
            stack.Push(member);
        }
    }

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, ImmutableArray<(string, string)>.Builder aliases)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                aliases.Add((alias.Name.Identifier.ValueText, directive.Name is { } target ? NameOf(target) : Unnamed));
            }
        }
    }

    private static TypeDeclarationKind? KindOf(TypeDeclarationSyntax type)
        => type.Kind() switch
        {
            SyntaxKind.InterfaceDeclaration => TypeDeclarationKind.Interface,
            SyntaxKind.ClassDeclaration or SyntaxKind.StructDeclaration => TypeDeclarationKind.ClassOrStruct,
            SyntaxKind.RecordDeclaration or SyntaxKind.RecordStructDeclaration => TypeDeclarationKind.Record,
            _ => null,
        };

    /// <summary>The rightmost identifier of a type written as a name (a nullable one too), or <see cref="Unnamed"/>.</summary>
    private static string NameOf(TypeSyntax type)
        => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            NullableTypeSyntax nullable => NameOf(nullable.ElementType),
            _ => Unnamed,
        };
}

/// <summary>What a declaration can be an implementation of: an interface only names others; records also implement <c>IEquatable&lt;T&gt;</c> unnamed.</summary>
internal enum TypeDeclarationKind
{
    Interface,
    ClassOrStruct,
    Record,
}

/// <summary>One type declaration of a tree: its simple name, the simple names of its base list, where it is.</summary>
internal sealed class TypeDeclarationName
{
    public TypeDeclarationName(string name, ImmutableArray<string> baseNames, TextSpan span, TypeDeclarationKind kind)
    {
        Name = name;
        BaseNames = baseNames;
        Span = span;
        Kind = kind;
    }

    public string Name { get; }

    public ImmutableArray<string> BaseNames { get; }

    public TextSpan Span { get; }

    public TypeDeclarationKind Kind { get; }
}

/// <summary>A tree's type declarations and using aliases (alias name, rightmost identifier of its target).</summary>
internal sealed class TreeTypes
{
    public TreeTypes(ImmutableArray<TypeDeclarationName> declarations, ImmutableArray<(string Alias, string Target)> aliases)
    {
        Declarations = declarations;
        Aliases = aliases;
    }

    public ImmutableArray<TypeDeclarationName> Declarations { get; }

    public ImmutableArray<(string Alias, string Target)> Aliases { get; }
}
