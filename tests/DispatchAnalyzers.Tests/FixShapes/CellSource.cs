using System.Linq;
using System.Text;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>
/// Assembles a cell's console program: the shapes every scenario dispatches on, the helpers the contexts use, the
/// kernel (a context's loop around a scenario's receiver) and a Main that runs each of the scenario's cases and prints
/// the result, the exception, and what the case logged.
/// </summary>
internal static class CellSource
{
    /// <summary>The members every shape implements on top of <c>Area()</c>, all written in terms of it.</summary>
    private const string ShapeMembers = """
            public bool TryArea(int k, out int area) { area = Area() + k; return area % 2 == 0; }
            public Task<int> AreaAsync() => Task.FromResult(Area());
            public ref int Slot(int[] cells) => ref cells[System.Math.Abs(Area()) % cells.Length];
            public Lease Open() => new Lease(Area());
            public IAsyncEnumerable<int> Parts() => Streams.Of(Area());
        """;

    private static readonly string Prelude = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public interface IShape
        {
            int Area();
            bool TryArea(int k, out int area);
            Task<int> AreaAsync();
            ref int Slot(int[] cells);
            Lease Open();
            IAsyncEnumerable<int> Parts();
        }

        public sealed class Circle : IShape
        {
            private readonly int _r;
            public Circle(int r) => _r = r;
            public int Area() => _r < 0 ? throw new ArgumentException("negative radius") : 3 * _r * _r;
        MEMBERS
        }

        public sealed class Square : IShape
        {
            private readonly int _side;
            public Square(int side) => _side = side;
            public int Area() => _side * _side;
        MEMBERS
        }

        public readonly struct Dot : IShape
        {
            private readonly int _weight;
            public Dot(int weight) => _weight = weight;
            public int Area() => _weight;
        MEMBERS
        }

        /// <summary>A mutable struct: every call counts, so a call on a copy instead of the box shows in the output.</summary>
        public struct Tally : IShape
        {
            private readonly int _weight;
            private int _calls;
            public Tally(int weight) { _weight = weight; _calls = 0; }
            public int Area() => _weight * 10 + ++_calls;
        MEMBERS
        }

        /// <summary>An unsealed type and its subclass: never a switch arm, so they show a wrong default branch.</summary>
        public class Blob : IShape
        {
            public virtual int Area() => 7;
        MEMBERS
        }

        public sealed class Blob2 : Blob
        {
            public override int Area() => 11;
        }

        public sealed class Lease : IDisposable
        {
            public Lease(int value) { Value = value; Log.Lines.Add("open" + value); }
            public int Value { get; }
            public void Dispose() => Log.Lines.Add("close" + Value);
        }

        public static class Log
        {
            public static readonly List<string> Lines = new();
            public static readonly int[] Cells = new int[5];
            public static int Trace(int value) { Lines.Add("t" + value); return value; }
            public static int Apply(Func<int> body) => body();
            public static string Drain(bool sorted)
            {
                var lines = sorted ? Lines.OrderBy(line => line, StringComparer.Ordinal).ToList() : Lines.ToList();
                var text = string.Join(" ", lines) + " cells=" + string.Join(",", Cells);
                Lines.Clear();
                Array.Clear(Cells);
                return text;
            }
        }

        public static class Streams
        {
            public static async IAsyncEnumerable<int> Of(int value)
            {
                await Task.Yield();
                yield return value;
                yield return -1;
            }
        }

        public ref struct View
        {
            public View(int value) { Value = value; }
            public int Value;
        }

        public sealed class Holder
        {
            public Holder(int value) => Value = value;
            public int Value { get; }
        }

        """.Replace("MEMBERS", ShapeMembers);

    public static string Build(Scenario scenario, Context context)
    {
        var text = new StringBuilder(Prelude);
        text.Append("internal static class Kernel\n{\n").Append(context.Kernel(scenario)).Append("\n}\n\n");
        text.Append("public static class Program\n{\n    public static async Task Main()\n    {\n");
        for (var i = 0; i < scenario.Cases.Length; i++)
        {
            var call = context.Result.Replace("$ARGS", scenario.Cases[i]);
            text.Append($"        try {{ Show({i}, {call}); }} catch (Exception e) {{ Console.WriteLine(\"{i}: \" + e.GetType().Name + \" \" + Log.Drain({Bool(scenario.OrderFree)})); }}\n");
        }

        text.Append("        await Task.CompletedTask;\n    }\n\n");
        text.Append($$"""
                private static void Show(int id, object? value)
                {
                    var shown = value is IEnumerable<int> sequence ? Sequence(sequence) : value?.ToString() ?? "null";
                    Console.WriteLine(id + ": " + shown + " " + Log.Drain({{Bool(scenario.OrderFree)}}));
                }

                private static string Sequence(IEnumerable<int> sequence)
                    => string.Join(",", {{(scenario.OrderFree ? "sequence.OrderBy(x => x)" : "sequence")}});
            }

            """);
        return text.ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The scenario's pieces substituted into a kernel template.</summary>
    public static string Fill(string template, Scenario scenario)
        => template
            .Replace("$PARAMS", scenario.Parameters)
            .Replace("$PRE", scenario.Preamble)
            .Replace("$LOOP", scenario.Loop);

    /// <summary>Lines of <paramref name="text"/> indented by <paramref name="spaces"/>.</summary>
    public static string Indent(string text, int spaces)
        => string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : new string(' ', spaces) + line));
}
