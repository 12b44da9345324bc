using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Ordinary code without dispatch in hot loops: strings, switches, dictionaries, generics, tuples, ranges, LINQ, async, disposal.</summary>
internal static class HelperTemplates
{
    public static readonly IReadOnlyList<HelperTemplate> All = new HelperTemplate[]
    {
        new((p, n) => $$"""
            public static string Render{{n}}(IReadOnlyList<string> parts)
            {
                var builder = new System.Text.StringBuilder();
                for (int i = 0; i < parts.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(parts[i].ToUpperInvariant());
                }

                return builder.ToString();
            }
            """, (p, n) => $"@.Render{n}(new[] {{ \"{p.Pick(Vocabulary.Words)}\", \"{p.Pick(Vocabulary.Words)}\" }})"),
        new((p, n) => $$"""
            public static int Score{{n}}({{p.Noun}}Status status, int value)
            {
                switch (status)
                {
                    case {{p.Noun}}Status.Active:
                        return value * 2;
                    case {{p.Noun}}Status.Suspended when value > 10:
                        return value;
                    case {{p.Noun}}Status.Retired:
                        return -value;
                    default:
                        return 0;
                }
            }
            """, (p, n) => $"@.Score{n}({p.Noun}Status.Suspended, {p.Next(0, 20)}) + @.Score{n}({p.Noun}Status.Active, 3)"),
        new((p, n) => $$"""
            public static int DistinctWords{{n}}(string text)
            {
                var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    counts[word] = counts.TryGetValue(word, out var count) ? count + 1 : 1;
                }

                return counts.Count == 0 ? 0 : counts.Count * 100 + counts.Values.Max();
            }
            """, (p, n) => $"@.DistinctWords{n}(\"{string.Join(" ", p.Pick(Vocabulary.Words), p.Pick(Vocabulary.Words), p.Pick(Vocabulary.Words))}\")"),
        new((p, n) => $$"""
            public static T Max{{n}}<T>(IEnumerable<T> items)
                where T : IComparable<T>
            {
                using var enumerator = items.GetEnumerator();
                if (!enumerator.MoveNext())
                {
                    throw new InvalidOperationException("No items.");
                }

                var max = enumerator.Current;
                while (enumerator.MoveNext())
                {
                    if (enumerator.Current.CompareTo(max) > 0)
                    {
                        max = enumerator.Current;
                    }
                }

                return max;
            }
            """, (p, n) => $"@.Max{n}(new[] {{ {p.Next(0, 9)}, {p.Next(0, 9)}, {p.Next(0, 9)} }}) + @.Max{n}(new[] {{ \"b\", \"a\" }}).Length"),
        new((p, n) => $$"""
            public static (int Min, int Max) Bounds{{n}}(int[] values)
            {
                var (min, max) = (int.MaxValue, int.MinValue);
                foreach (var value in values)
                {
                    (min, max) = (Math.Min(min, value), Math.Max(max, value));
                }

                return (min, max);
            }

            public static int Middle{{n}}(int[] values) => values.Length > 2 ? values[1..^1].Sum() : values.Sum();
            """, (p, n) => $"@.Bounds{n}(new[] {{ {p.Next(0, 50)}, {p.Next(0, 50)}, 7 }}).Max - @.Middle{n}(new[] {{ 1, {p.Next(0, 9)}, 3, 4 }})"),
        new((p, n) => $$"""
            public static int Length{{n}}(string? text) => text?.Trim().Length ?? -1;

            public static string Format{{n}}(double value, int count) => FormattableString.Invariant($"{value:F2}/{count,4}");
            """, (p, n) => $"@.Length{n}(null) + @.Length{n}(\" {p.Pick(Vocabulary.Words)} \") + @.Format{n}({p.Next(0, 99)}.5, 3).Length"),
        new((p, n) => $$"""
            public static int Sum{{n}}(params int[] values)
            {
                int total = 0;
                foreach (var value in values)
                {
                    total += value;
                }

                return total;
            }

            public static int Digits{{n}}(this int value) => value == 0 ? 1 : (int)Math.Floor(Math.Log10(Math.Abs((double)value))) + 1;
            """, (p, n) => $"@.Sum{n}(1, 2, {p.Next(0, 9)}) + ({p.Next(1, 99999)}).Digits{n}()"),
        new((p, n) => $$"""
            public static long Fibonacci{{n}}(int k)
            {
                return Fib(k);

                static long Fib(int x) => x < 2 ? x : Fib(x - 1) + Fib(x - 2);
            }

            public static int Gcd{{n}}(int a, int b)
            {
                while (b != 0)
                {
                    (a, b) = (b, a % b);
                }

                return Math.Abs(a);
            }
            """, (p, n) => $"@.Fibonacci{n}({p.Next(5, 18)}) + @.Gcd{n}({p.Next(1, 500)}, {p.Next(1, 500)})"),
        new((p, n) => $$"""
            public static string Label{{n}}({{p.Reading}} reading) => reading switch
            {
                { Value: > 5 and < 8 } => "middle",
                { Name: "n1" or "n2" } => "low name",
                { Status: {{p.Noun}}Status.Active, Id: var id } when id % 2 == 0 => "even active",
                _ => "plain",
            };
            """, (p, n) => $"@.Label{n}({p.Reading}Factory.Create(9, seed)[{p.Next(0, 9)}])"),
        new((p, n) => $$"""
            public static int Pairs{{n}}(int count)
                => Enumerable.Range(0, count)
                    .SelectMany(i => Enumerable.Range(0, i), (i, j) => i * j)
                    .Where(x => x % 3 == 0)
                    .Zip(Enumerable.Range(1, count * count), (x, y) => x + y)
                    .Aggregate(0, (acc, x) => unchecked(acc * 3 + x));
            """, (p, n) => $"@.Pairs{n}({p.Next(2, 9)})"),
        new((p, n) => $$"""
            public static async Task<int> ChainAsync{{n}}(int value)
            {
                var first = await StepAsync{{n}}(value).ConfigureAwait(false);
                var second = await StepAsync{{n}}(first).ConfigureAwait(false);
                return first + second;
            }

            private static Task<int> StepAsync{{n}}(int value) => Task.FromResult(value * 2 + 1);
            """, (p, n) => $"@.ChainAsync{n}({p.Next(0, 9)}).GetAwaiter().GetResult()"),
        new((p, n) => $$"""
            private static int s_disposed{{n}};

            public static int Scoped{{n}}(int value)
            {
                using (var scope = new Scope{{n}}(() => Interlocked.Increment(ref s_disposed{{n}})))
                {
                    value += scope.Uses++;
                }

                return value + s_disposed{{n}};
            }

            private sealed class Scope{{n}} : IDisposable
            {
                private readonly Action _onDispose;

                public Scope{{n}}(Action onDispose) => _onDispose = onDispose;

                public int Uses { get; set; }

                public void Dispose() => _onDispose();
            }
            """, (p, n) => $"@.Scoped{n}({p.Next(0, 9)})"),
        new((p, n) => $$"""
            public static int CheckedSum{{n}}(int a, int b)
            {
                try
                {
                    return checked(a + b);
                }
                catch (OverflowException)
                {
                    return int.MaxValue;
                }
            }

            public static int[] Prefix{{n}}(int count)
            {
                var sums = new int[count];
                for (int i = 0; i < count; i++)
                {
                    sums[i] = (i == 0 ? 0 : sums[i - 1]) + i * {{p.Next(1, 9)}};
                }

                return sums;
            }
            """, (p, n) => $"@.CheckedSum{n}(int.MaxValue, {p.Next(0, 3)}) + @.Prefix{n}({p.Next(1, 12)}).Sum()"),
    };
}
