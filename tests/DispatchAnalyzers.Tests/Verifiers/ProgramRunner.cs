using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs an emitted console program in a collectible <see cref="AssemblyLoadContext"/> and returns what it printed
/// (an unhandled exception is part of the output). Console.Out is redirected under a lock shared by all tests: the
/// verifiers' <c>RunAndCompareOutput</c>, the robustness harness and the fix-shape corpus all run programs here.
/// </summary>
public static class ProgramRunner
{
    private static readonly object ConsoleLock = new();

    /// <summary>
    /// The program's output. A program still running after <paramref name="timeout"/> throws a <see cref="TimeoutException"/>,
    /// or, with <paramref name="timeoutIsOutput"/>, ends its output with a line saying so (two programs are then compared on it).
    /// </summary>
    public static string Run(byte[] image, TimeSpan timeout, bool timeoutIsOutput = false)
    {
        lock (ConsoleLock)
        {
            var context = new AssemblyLoadContext("VerifierProgram", isCollectible: true);
            var output = new StringWriter();
            var writer = TextWriter.Synchronized(output);
            var console = Console.Out;
            try
            {
                var entryPoint = context.LoadFromStream(new MemoryStream(image)).EntryPoint
                    ?? throw new InvalidOperationException("The program has no entry point.");
                var arguments = entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
                Console.SetOut(writer);
                var thread = new Thread(() => Invoke(entryPoint, arguments, writer)) { IsBackground = true };
                thread.Start();
                if (!thread.Join(timeout))
                {
                    var message = $"did not finish within {timeout.TotalSeconds} s";
                    writer.WriteLine(timeoutIsOutput ? $"({message})" : throw new TimeoutException($"The program {message}."));
                }
            }
            finally
            {
                Console.SetOut(console);
                context.Unload();
            }

            return output.ToString();
        }
    }

    private static void Invoke(MethodInfo entryPoint, object[]? arguments, TextWriter writer)
    {
        try
        {
            var exitCode = entryPoint.Invoke(null, arguments);
            if (exitCode is int code)
            {
                writer.WriteLine($"(exit code {code})");
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            writer.WriteLine($"Unhandled exception: {inner.GetType().FullName}: {inner.Message}");
        }
    }
}
