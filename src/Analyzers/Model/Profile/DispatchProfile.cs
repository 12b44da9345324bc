using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// The dispatch profile of one compilation (the <c>dispatch-profile.json</c> AdditionalFile), indexed by
/// (containing member ID, callee ID, ordinal). <see cref="None"/> when the project has no profile.
/// </summary>
/// <remarks>
/// Only the entries of the compilation's own assembly are indexed (several projects may share one profile). A lookup
/// numbers the member's calls once (<see cref="CallOrdinals"/>, cached per operation tree), keys the site, takes the
/// entry nearest the site's line among equal keys, and grades the trust (<see cref="ProfileTrust"/>): the document's
/// checksum, else the member's source hash, else "may be stale" (the key still names a call of that callee).
/// </remarks>
internal sealed class DispatchProfile
{
    public static readonly DispatchProfile None = new();

    private readonly Dictionary<(string Member, string Callee, int Ordinal), List<ProfileEntry>> _sites = new();
    private readonly Dictionary<string, List<ProfileEntry>> _members = new(StringComparer.Ordinal);
    private readonly Func<SyntaxTree, ProfileThresholds> _thresholds;
    private readonly int _runs;
    private readonly ConditionalWeakTable<IOperation, CallOrdinals> _ordinals = new();
    private readonly ConcurrentDictionary<ISymbol, string?> _ids = new(SymbolEqualityComparer.Default);
    private readonly SymbolCache<IMethodSymbol, ImmutableArray<string>> _memberHashes = new();

    private DispatchProfile()
    {
        _thresholds = _ => ProfileThresholds.Default;
    }

    /// <param name="file">A profile read without error.</param>
    /// <param name="assemblyName">The compilation's assembly: only its entries count.</param>
    /// <param name="thresholds">The options of a tree.</param>
    public DispatchProfile(ProfileFile file, string? assemblyName, Func<SyntaxTree, ProfileThresholds> thresholds)
    {
        _thresholds = thresholds;
        _runs = file.Runs;
        foreach (var entry in file.Sites)
        {
            if (!string.Equals(entry.Assembly, assemblyName, StringComparison.Ordinal))
            {
                continue;
            }

            Add(_sites, (entry.Member, entry.Callee, entry.Ordinal), entry);
            Add(_members, entry.Member, entry);
        }
    }

    /// <summary>Whether the compilation has a usable profile (one with sites of its assembly).</summary>
    public bool IsPresent => _members.Count > 0;

    /// <summary>
    /// Whether the profile measured <paramref name="containingMember"/> as it is now (its document or its body is the
    /// one measured): a site of it missing from the profile is cold.
    /// </summary>
    public bool Covers(ISymbol containingMember, CancellationToken cancellationToken = default)
        => UserMember(containingMember) is { } member
            && Id(member) is { } id
            && _members.TryGetValue(id, out var entries)
            && entries.Any(e => Trust(e, member, cancellationToken) is not ProfileTrust.MayBeStale);

    /// <summary>The measurement of the call or property access <paramref name="site"/> (an invocation, property reference or foreach), or null.</summary>
    public MeasuredSite? Find(IOperation site, ISymbol containingMember, CancellationToken cancellationToken)
    {
        // No profile, a member the profile never saw, or a site that calls nothing.
        if (!IsPresent || UserMember(containingMember) is not { } member || Id(member) is not { } memberId || !_members.ContainsKey(memberId)
            || CallOrdinals.CalleeOf(site, site.SemanticModel) is not { } callee || Id(callee.OriginalDefinition) is not { } calleeId)
        {
            return null;
        }

        var ordinal = _ordinals.GetValue(Root(site), root => CallOrdinals.For(root, cancellationToken)).OrdinalOf(site.Syntax, callee);

        // Not a call the numbering knows (a call the compiler does not emit), or no entry with this key.
        if (ordinal < 0 || !_sites.TryGetValue((memberId, calleeId, ordinal), out var entries))
        {
            return null;
        }

        var line = site.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        var entry = entries.OrderBy(e => Math.Abs(e.StartLine - line)).First();
        var thresholds = _thresholds(site.Syntax.SyntaxTree);
        return new MeasuredSite(
            entry.Targets,
            entry.Samples,
            _runs,
            entry.BlockCount,
            entry.Percentile,
            thresholds.IsHot(entry.Percentile),
            thresholds.IsPolymorphic(entry.Targets, entry.Samples, callee, site.SemanticModel!.Compilation),
            Trust(entry, member, cancellationToken));
    }

    private ProfileTrust Trust(ProfileEntry entry, IMethodSymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (SourceHashes.DocumentMatches(reference.SyntaxTree.GetText(cancellationToken), entry))
            {
                return ProfileTrust.Exact;
            }
        }

        return entry.MemberSourceHash is { } measured
            && _memberHashes.GetOrCompute(member, 0, (m, _, ct) => SourceHashes.MemberHashes(m, ct), cancellationToken).Contains(measured, StringComparer.OrdinalIgnoreCase)
            ? ProfileTrust.MemberUnchanged
            : ProfileTrust.MayBeStale;
    }

    /// <summary>The member the profile files a site under: lambdas and local functions belong to the member that declares them, a property to its getter.</summary>
    private static IMethodSymbol? UserMember(ISymbol symbol)
    {
        var current = symbol;
        while (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            current = current.ContainingSymbol;
        }

        return current switch
        {
            IMethodSymbol method => method,
            IPropertySymbol property => property.GetMethod,
            _ => null,
        };
    }

    private string? Id(ISymbol symbol) => _ids.GetOrAdd(symbol, static s => s.GetDocumentationCommentId());

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    private static void Add<TKey>(Dictionary<TKey, List<ProfileEntry>> index, TKey key, ProfileEntry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<ProfileEntry>();
        }

        list.Add(entry);
    }
}
