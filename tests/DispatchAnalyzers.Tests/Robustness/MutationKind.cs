namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>The ways <see cref="Mutator"/> breaks a source file, modelled on what an editor holds while someone types.</summary>
internal enum MutationKind
{
    /// <summary>Everything from a token on is gone (typing at the end of a file).</summary>
    TruncateAtToken,

    /// <summary>One to three consecutive lines are gone.</summary>
    DeleteLines,

    /// <summary>A line appears twice (paste).</summary>
    DuplicateLine,

    /// <summary>A <c>;</c> is missing.</summary>
    RemoveSemicolon,

    /// <summary>A <c>{</c> or <c>}</c> is missing.</summary>
    RemoveBrace,

    /// <summary>Two different identifiers trade places.</summary>
    SwapIdentifiers,

    /// <summary>Any one token is missing.</summary>
    DeleteToken,

    /// <summary>A stray token or keyword appears between two tokens (<c>ref</c>, <c>null</c>, <c>=&gt;</c>, <c>#if</c>...).</summary>
    InsertToken,

    /// <summary>A token is replaced by a stray one.</summary>
    ReplaceToken,

    /// <summary>A member or type declaration appears twice (paste), so its symbols are declared twice.</summary>
    DuplicateMember,
}
