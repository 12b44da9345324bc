using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>
/// Runs an emitted cell program in a collectible <see cref="AssemblyLoadContext"/> with Console.Out redirected and
/// returns what it printed; an unhandled exception or a time-out is part of the output, so both programs are compared
/// on it. The corpus runs in a non-parallel collection, so no other test redirects the console meanwhile.
/// </summary>
internal static class CellProgram
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly object ConsoleGate = new();

    public static string Run(byte[] image)
    {
        lock (ConsoleGate)
        {
            var context = new AssemblyLoadContext("FixShapeCell", isCollectible: true);
            var output = new StringWriter();
            var writer = TextWriter.Synchronized(output);
            var console = Console.Out;
            try
            {
                var entryPoint = context.LoadFromStream(new MemoryStream(image)).EntryPoint
                    ?? throw new InvalidOperationException("The cell program has no entry point.");
                var arguments = entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
                Console.SetOut(writer);
                var thread = new Thread(() => Invoke(entryPoint, arguments, writer)) { IsBackground = true };
                thread.Start();
                if (!thread.Join(Timeout))
                {
                    writer.WriteLine($"(did not finish within {Timeout.TotalSeconds} s)");
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
            entryPoint.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            writer.WriteLine($"Unhandled exception: {inner.GetType().FullName}: {inner.Message}");
        }
    }
}
