using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// The text a member's sequence points cover, which its source hash is taken over (docs/profile-format.md): from the
/// start of its first to the end of its last point. A Debug build has points on a block body's braces (<c>{</c> to
/// <c>}</c>); a Release build has none on <c>{</c>, and none on <c>}</c> when the end is unreachable. So a block body has
/// up to three candidate spans; an expression body one (the expression); a constructor's starts at its
/// <c>this(...)</c>/<c>base(...)</c> initializer.
/// </summary>
internal static class MemberBodySpans
{
    public static ImmutableArray<TextSpan> Of(SyntaxNode declaration)
    {
        var (body, expression) = declaration switch
        {
            BaseMethodDeclarationSyntax method => (method.Body, method.ExpressionBody?.Expression),
            AccessorDeclarationSyntax accessor => (accessor.Body, accessor.ExpressionBody?.Expression),
            ArrowExpressionClauseSyntax arrow => ((BlockSyntax?)null, arrow.Expression),
            _ => (null, null),
        };
        var initializer = (declaration as ConstructorDeclarationSyntax)?.Initializer;
        if (expression is not null)
        {
            return ImmutableArray.Create(From(initializer, expression.SpanStart, expression.Span.End));
        }

        if (body is null)
        {
            return ImmutableArray<TextSpan>.Empty;
        }

        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        spans.Add(From(initializer, body.SpanStart, body.Span.End));
        if (Statements(body).FirstOrDefault() is { } first)
        {
            var start = StartOf(first);
            spans.Add(From(initializer, start, body.Span.End));
            spans.Add(From(initializer, start, EndOf(Statements(body).Last())));
        }

        return spans.ToImmutable();
    }

    private static TextSpan From(ConstructorInitializerSyntax? initializer, int start, int end)
        => TextSpan.FromBounds(initializer?.ThisOrBaseKeyword.SpanStart ?? start, Math.Max(start, end));

    /// <summary>The statements that get points of their own: not local functions, not declarations without a value.</summary>
    private static IEnumerable<StatementSyntax> Statements(BlockSyntax block)
        => block.Statements.Where(s => s is not LocalFunctionStatementSyntax
            && !(s is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } declaration && declaration.Declaration.Variables.All(v => v.Initializer is null)));

    /// <summary>Where the first point of a statement starts.</summary>
    private static int StartOf(StatementSyntax statement) => statement switch
    {
        BlockSyntax block when Statements(block).FirstOrDefault() is { } first => StartOf(first),
        TryStatementSyntax @try when Statements(@try.Block).FirstOrDefault() is { } first => StartOf(first),
        ForStatementSyntax @for => ((SyntaxNode?)@for.Declaration ?? (SyntaxNode?)@for.Initializers.FirstOrDefault() ?? (SyntaxNode?)@for.Condition ?? @for).SpanStart,
        ForEachStatementSyntax loop => loop.Type.SpanStart,
        ForEachVariableStatementSyntax loop => loop.Variable.SpanStart,
        UsingStatementSyntax { Declaration: { } declaration } => declaration.SpanStart,
        UsingStatementSyntax { Expression: { } expression } => expression.SpanStart,
        FixedStatementSyntax @fixed => @fixed.Declaration.SpanStart,
        LabeledStatementSyntax labeled => StartOf(labeled.Statement),
        _ => statement.SpanStart,
    };

    /// <summary>Where the last point of a statement ends: its last inner statement's for compound statements.</summary>
    private static int EndOf(StatementSyntax statement) => statement switch
    {
        BlockSyntax block when Statements(block).LastOrDefault() is { } last => EndOf(last),
        IfStatementSyntax { Else: { } @else } => EndOf(@else.Statement),
        IfStatementSyntax @if => EndOf(@if.Statement),
        WhileStatementSyntax loop => EndOf(loop.Statement),
        ForStatementSyntax loop => EndOf(loop.Statement),
        CommonForEachStatementSyntax loop => EndOf(loop.Statement),
        UsingStatementSyntax @using => EndOf(@using.Statement),
        LockStatementSyntax @lock => EndOf(@lock.Statement),
        FixedStatementSyntax @fixed => EndOf(@fixed.Statement),
        LabeledStatementSyntax labeled => EndOf(labeled.Statement),
        TryStatementSyntax { Finally: { } @finally } => EndOf(@finally.Block),
        TryStatementSyntax { Catches.Count: > 0 } @try => EndOf(@try.Catches.Last().Block),
        SwitchStatementSyntax { Sections.Count: > 0 } @switch when @switch.Sections.Last().Statements.LastOrDefault() is { } last => EndOf(last),
        _ => statement.Span.End,
    };
}
