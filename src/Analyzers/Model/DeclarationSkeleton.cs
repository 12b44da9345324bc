using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>
/// The declarations of a tree: its tokens and preprocessor directives outside the bodies of methods, constructors,
/// operators, accessors and expression-bodied properties, with a marker where a body stands. Two trees with the same
/// skeleton and parse options declare the same things, so code in other trees binds the same against either; trees are
/// compared by a hash of their skeletons (<see cref="Of"/>).
/// </summary>
/// <remarks>
/// Only a body is left out: field, property and enum-member initializers, attributes, default values, using directives,
/// top-level statements and the directives between tokens all stay (a constant's value, an attribute, a
/// <c>#nullable</c> can change what other code binds to). Tokens are compared by kind and text, so a renamed local or
/// an edited statement inside a body leaves the skeleton as it was, and a change of one character anywhere else does not.
/// </remarks>
internal static class DeclarationSkeleton
{
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<Fingerprint>> Fingerprints = new();

    /// <summary>
    /// A 128-bit hash of the skeleton of <paramref name="tree"/>, made once per tree: two trees with one fingerprint and
    /// equal parse options declare the same things (two different skeletons collide with odds of about 2^-128).
    /// </summary>
    public static Fingerprint Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Fingerprints.TryGetValue(tree, out var known))
        {
            return known.Value;
        }

        // Two FNV-1a hashes with different bases and primes, over each element's kind, length and text.
        var (a, b) = (14695981039346656037UL, 9650029242287828579UL);
        void Mix(int value)
        {
            a = (a ^ (uint)value) * 1099511628211UL;
            b = (b ^ (uint)value) * 6364136223846793005UL + 1442695040888963407UL;
        }

        foreach (var (kind, text) in Elements(tree.GetRoot(cancellationToken)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Mix((int)kind);
            Mix(text?.Length ?? -1);
            foreach (var c in text ?? string.Empty)
            {
                Mix(c);
            }
        }

        return Fingerprints.GetValue(tree, _ => new StrongBox<Fingerprint>(new Fingerprint(a, b))).Value;
    }

    /// <summary>The skeleton in text order: each token and directive as its kind and text, and each body as its kind alone.</summary>
    private static IEnumerable<(SyntaxKind Kind, string? Text)> Elements(SyntaxNode root)
    {
        var pending = new Stack<SyntaxNodeOrToken>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.AsToken() is { RawKind: not 0 } token)
            {
                foreach (var directive in token.LeadingTrivia.Where(t => t.IsDirective))
                {
                    yield return (directive.Kind(), directive.ToString());
                }

                yield return (token.Kind(), token.Text);
                foreach (var directive in token.TrailingTrivia.Where(t => t.IsDirective))
                {
                    yield return (directive.Kind(), directive.ToString());
                }

                continue;
            }

            var node = current.AsNode()!;
            // What a body does is not what other code binds to: only that one is there, and of which kind.
            if (IsBody(node))
            {
                yield return (node.Kind(), null);
                continue;
            }

            var children = node.ChildNodesAndTokens();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    private static bool IsBody(SyntaxNode node)
        => node is BlockSyntax or ArrowExpressionClauseSyntax
        && node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax;

    /// <summary>A skeleton's hash (<see cref="Of"/>).</summary>
    internal readonly struct Fingerprint : IEquatable<Fingerprint>
    {
        private readonly ulong _a;
        private readonly ulong _b;

        public Fingerprint(ulong a, ulong b)
        {
            _a = a;
            _b = b;
        }

        public bool Equals(Fingerprint other) => _a == other._a && _b == other._b;

        public override bool Equals(object? obj) => obj is Fingerprint other && Equals(other);

        public override int GetHashCode() => _a.GetHashCode();
    }
}
