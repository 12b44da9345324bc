using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>
/// Writes a module's service as a partial class over two files: events, a dictionary, async members, pattern matching
/// and exceptions in one; LINQ queries and a generic repository in the other.
/// </summary>
internal static class ServiceWriter
{
    public static IEnumerable<GeneratedFile> Write(ModulePlan p)
    {
        var w = new CodeWriter();
        p.WriteHeader(w);
        w.Block($$"""
            /// <summary>Keeps the readings of a module and answers questions about them.</summary>
            public sealed partial class {{p.Service}}
            {
                private readonly Dictionary<int, {{p.Reading}}> _byId = new();
                private readonly List<{{p.Reading}}> _readings;

                public {{p.Service}}(IEnumerable<{{p.Reading}}> readings)
                {
                    _readings = readings.ToList();
                    foreach (var reading in _readings)
                    {
                        _byId[reading.Id] = reading;
                    }
                }

                public event EventHandler<{{p.Reading}}>? Added;

                public int Count => _readings.Count;

                public int AddedEvents { get; private set; }

                public void Add({{p.Reading}} reading)
                {
                    _readings.Add(reading);
                    _byId[reading.Id] = reading;
                    Added?.Invoke(this, reading);
                }

                public {{p.Reading}} Get(int id) => _byId.TryGetValue(id, out var reading) ? reading : throw new {{p.Noun}}NotFoundException(id);

                public {{p.Reading}}? Find(int id) => _byId.GetValueOrDefault(id);

                public async Task<double> TotalAsync(CancellationToken cancellationToken = default)
                {
                    double sum = 0;
                    foreach (var reading in _readings)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        sum += await ValueAsync(reading).ConfigureAwait(false);
                    }

                    return sum;
                }

                public static string Classify(object? value) => value switch
                {
                    null => "null",
                    int i when i > 100 => "big",
                    int i => "int " + i,
                    string { Length: 0 } => "empty",
                    string s => "text " + s.Length,
                    {{p.Reading}} { IsLarge: true } r => "large " + r.Id,
                    {{p.Reading}} { Status: {{p.Noun}}Status.Retired } => "retired",
                    {{p.Reading}} r => "reading " + r.Id,
                    _ => "other",
                };

                public int Track()
                {
                    Added += (_, _) => AddedEvents++;
                    Add(new {{p.Reading}}(1000, "tracked", 1.5, {{p.Noun}}Status.Active));
                    return AddedEvents;
                }

                public string Lookup(int id)
                {
                    try
                    {
                        return Get(id).Name;
                    }
                    catch ({{p.Noun}}NotFoundException e) when (e.Id < 0)
                    {
                        return "negative";
                    }
                    catch ({{p.Noun}}NotFoundException)
                    {
                        return "missing";
                    }
                }

                private static ValueTask<double> ValueAsync({{p.Reading}} reading) => new(reading.Value);
            }
            """);
        var service = $"new {p.Service}({p.Reading}Factory.Create({p.Next(10, 40)}, seed))";
        p.AddCheck($"{service}.TotalAsync().GetAwaiter().GetResult()");
        p.AddCheck($"{p.Service}.Classify({p.Next(0, 200)}) + {p.Service}.Classify(\"abc\") + {p.Service}.Classify({p.Reading}Factory.Create(5, seed)[3])");
        p.AddCheck($"{service}.Track()");
        p.AddCheck($"{service}.Lookup(3) + {service}.Lookup(-4) + {service}.Lookup(4000)");
        yield return new GeneratedFile(p.PathOf(p.Service), w.ToString(), p.Index);

        w = new CodeWriter();
        p.WriteHeader(w);
        w.Block($$"""
            /// <summary>Queries over the readings.</summary>
            public sealed partial class {{p.Service}}
            {
                public IEnumerable<IGrouping<string, {{p.Reading}}>> ByName() => _readings.GroupBy(r => r.Name).OrderBy(g => g.Key, StringComparer.Ordinal);

                public double AverageOfLarge() => _readings.Where(r => r.IsLarge).Select(r => r.Value).DefaultIfEmpty().Average();

                public IReadOnlyDictionary<string, int> CountByName() => _readings.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Count());

                public List<string> TopNames(int n)
                    => (from r in _readings
                        where r.Value > 1
                        orderby r.Value descending, r.Id
                        select r.Name).Distinct().Take(n).ToList();

                public long Fingerprint()
                {
                    long hash = 17;
                    foreach (var (name, count) in CountByName().OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        hash = unchecked(hash * 31 + name.Length * 7 + count);
                    }

                    return hash;
                }

                public {{p.Noun}}Repository<{{p.Reading}}> ToRepository()
                {
                    var repository = new {{p.Noun}}Repository<{{p.Reading}}>();
                    foreach (var reading in _readings.Where(r => r.Status != {{p.Noun}}Status.Retired))
                    {
                        repository.Upsert(reading);
                    }

                    return repository;
                }
            }

            /// <summary>Entities by id.</summary>
            public sealed class {{p.Noun}}Repository<T>
                where T : class, I{{p.Noun}}Entity
            {
                private readonly Dictionary<int, T> _items = new();

                public int Count => _items.Count;

                public void Upsert(T item) => _items[item.Id] = item;

                public T? Find(int id) => _items.TryGetValue(id, out var item) ? item : null;

                public IEnumerable<T> All() => _items.Values.OrderBy(v => v.Id);

                public TResult Aggregate<TResult>(TResult seed, Func<TResult, T, TResult> step)
                {
                    var result = seed;
                    foreach (var item in All())
                    {
                        result = step(result, item);
                    }

                    return result;
                }
            }
            """);
        var queries = $"new {p.Service}({p.Reading}Factory.Create({p.Next(10, 40)}, seed))";
        p.AddCheck($"{queries}.ByName().Count()");
        p.AddCheck($"{queries}.AverageOfLarge()");
        p.AddCheck($"string.Join(\",\", {queries}.TopNames(3))");
        p.AddCheck($"{queries}.Fingerprint()");
        p.AddCheck($"{queries}.ToRepository().Aggregate(0L, (sum, r) => sum + r.Id)");
        yield return new GeneratedFile(p.PathOf(p.Service + ".Queries"), w.ToString(), p.Index);
    }
}
