using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Records, while it is alive, where an <see cref="OperationCanceledException"/> for one token is thrown: for each, the
/// first method below the <see cref="CancellationToken"/> frames, i.e. the code that checked the token.
/// </summary>
internal sealed class CancellationObserver : IDisposable
{
    private readonly CancellationToken _token;
    private readonly ConcurrentQueue<string> _checkers = new();

    private readonly System.Collections.Generic.IReadOnlySet<string> _watched;

    /// <param name="watched">Assemblies whose code counts as observing the token when it is on the stack of the throw.</param>
    public CancellationObserver(CancellationToken token, System.Collections.Generic.IReadOnlySet<string> watched)
    {
        _token = token;
        _watched = watched;
        AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
    }

    /// <summary>
    /// Every throw for the token: the method that checked it, as <c>Assembly!Type.Method</c>, followed by
    /// <c> &lt;- </c> and the nearest method of a watched assembly on the stack when there is one.
    /// </summary>
    public string[] Checkers => _checkers.ToArray();

    /// <summary>Whether code of a watched assembly was on the stack of any throw for the token.</summary>
    public bool WatchedCodeObserved => _checkers.Any(c => c.Contains(" <- ", StringComparison.Ordinal));

    public void Dispose() => AppDomain.CurrentDomain.FirstChanceException -= OnFirstChance;

    private void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        // Only the throw itself: rethrows further up have the token's frames no longer on the stack.
        if (e.Exception is not OperationCanceledException canceled || canceled.CancellationToken != _token)
        {
            return;
        }

        var frames = new StackTrace(fNeedFileInfo: false).GetFrames().Select(f => f.GetMethod()).ToList();
        var tokenFrame = frames.FindIndex(m => m?.DeclaringType == typeof(CancellationToken));
        if (tokenFrame < 0)
        {
            return;
        }

        // The checker, then the first frame of the watched assemblies below it (the code that passed the token on), if any.
        var below = frames.Skip(tokenFrame).Where(m => m?.DeclaringType != typeof(CancellationToken)).ToList();
        var caller = below.FirstOrDefault(m => m?.DeclaringType?.Assembly.GetName().Name is { } name && _watched.Contains(name));
        _checkers.Enqueue(Describe(below.FirstOrDefault()) + (caller is null ? string.Empty : " <- " + Describe(caller)));
    }

    private static string Describe(System.Reflection.MethodBase? method)
        => method?.DeclaringType is { } type ? $"{type.Assembly.GetName().Name}!{type.FullName}.{method.Name}" : "(unknown)";
}
