namespace DispatchAnalyzers.Model;

/// <summary>Which loops count as hot: the value of <c>dispatch_analyzers.hot_loop_scope</c>.</summary>
internal enum HotLoopScope
{
    /// <summary>Every loop that is not cold.</summary>
    All,

    /// <summary>Loops inside another (non-cold) loop, and every loop of a hot method. The default.</summary>
    Nested,

    /// <summary>Only loops of hot methods.</summary>
    Marked,

    /// <summary>Only code the dispatch profile measured hot: every loop is a candidate, the profile decides. The default when the project has a profile.</summary>
    Profile,
}
