namespace DispatchAnalyzers.Model;

/// <summary>
/// The dispatch sites of one statement that share a line and a receiver (<c>s.Width * s.Height</c>): one finding for
/// them all, reported at the first and naming every member, so a line the user reads once is reported once.
/// </summary>
internal static class SameLineSites
{
    /// <summary>
    /// The members dispatched on the same receiver as <paramref name="site"/> on its line, in source order, each once;
    /// empty when an earlier site on the line has the same receiver (that one reports).
    /// </summary>
    /// <param name="isReported">Whether the rule reports a site on its own (an earlier site it drops does not take this one's place).</param>
    public static ImmutableArray<ISymbol> MembersReportedAt(DispatchSite site, Func<DispatchSite, bool> isReported)
    {
        var statement = site.Operation;
        while (statement.Parent is { } parent and not (IBlockOperation or ILoopOperation or ISwitchCaseOperation))
        {
            statement = parent;
        }

        // The statement may be a whole loop nest: only the operations that touch the site's line are sorted.
        var line = site.MemberAccess.SyntaxTree.GetText().Lines.GetLineFromPosition(site.MemberAccess.SpanStart).SpanIncludingLineBreak;
        var members = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var other in statement.DescendantsAndSelf()
            .Where(o => o.Kind is OperationKind.Invocation or OperationKind.PropertyReference && o.Syntax.Span.IntersectsWith(line))
            .OrderBy(o => o.Syntax.SpanStart))
        {
            if (!DispatchSite.TryCreate(other, out var candidate) || !line.Contains(candidate.MemberAccess.SpanStart)
                || !SameReceiver(site, candidate))
            {
                continue;
            }

            if (other == site.Operation)
            {
                AddOnce(members, site.Member);
            }
            else if (isReported(candidate))
            {
                // An earlier site on the line reports for both.
                if (candidate.MemberAccess.SpanStart < site.MemberAccess.SpanStart)
                {
                    return ImmutableArray<ISymbol>.Empty;
                }

                AddOnce(members, candidate.Member);
            }
        }

        return members.ToImmutable();
    }

    private static void AddOnce(ImmutableArray<ISymbol>.Builder members, ISymbol member)
    {
        if (!members.Contains(member, SymbolEqualityComparer.Default))
        {
            members.Add(member);
        }
    }

    private static bool SameReceiver(DispatchSite site, DispatchSite other)
        => Receiver.TryCreate(site.Instance, out var receiver) && Receiver.TryCreate(other.Instance, out var otherReceiver)
            ? receiver.SameAs(otherReceiver)
            : site.WrittenReceiver is { } written && other.WrittenReceiver is { } otherWritten && written.IsEquivalentTo(otherWritten, topLevel: false);
}
