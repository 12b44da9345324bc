using System;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>A verification failed; the message says what was expected, what happened, and where.</summary>
public sealed class VerifierException : Exception
{
    public VerifierException(string message)
        : base(message)
    {
    }
}
