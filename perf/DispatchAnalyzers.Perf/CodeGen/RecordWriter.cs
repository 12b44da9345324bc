using System.Collections.Generic;
using System.Linq;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes a module's records, record structs, enum, entity interface and a factory that fills a list of readings.</summary>
internal static class RecordWriter
{
    private static readonly string[] PropertyTypes = { "int", "string", "double", "bool", "long" };

    public static GeneratedFile Write(ModulePlan p)
    {
        var w = new CodeWriter();
        p.WriteHeader(w);
        w.Block($$"""
            /// <summary>Anything stored by id.</summary>
            public interface I{{p.Noun}}Entity
            {
                int Id { get; }
            }

            /// <summary>The life cycle of a {{p.Noun}}.</summary>
            public enum {{p.Noun}}Status
            {
                Unknown,
                Active,
                Suspended,
                Retired,
            }

            /// <summary>One measured value.</summary>
            public sealed record {{p.Reading}}(int Id, string Name, double Value, {{p.Noun}}Status Status) : I{{p.Noun}}Entity
            {
                public bool IsLarge => Value > 10;

                public {{p.Reading}} Scale(double factor) => this with { Value = Value * factor };
            }

            /// <summary>Where a reading comes from.</summary>
            public readonly record struct {{p.Noun}}Key(int Region, int Index)
            {
                public override string ToString() => $"{Region}-{Index}";
            }
            """);
        var extra = p.Next(1, 4);
        for (var i = 0; i < extra; i++)
        {
            var properties = Enumerable.Range(0, p.Next(2, 6)).Select(j => (Type: p.Pick(PropertyTypes), Name: "Field" + j)).ToList();
            var name = $"{p.Noun}Detail{i}";
            w.Line()
                .Line($"/// <summary>Details of kind {i}.</summary>")
                .Line($"public {(i % 2 == 0 ? "sealed record" : "record")} {name}({string.Join(", ", properties.Select(x => x.Type + " " + x.Name))});");
            var arguments = string.Join(", ", properties.Select((x, j) => Sample(x.Type, i + j)));
            p.AddCheck($"new {name}({arguments}) == new {name}({arguments})");
            p.AddCheck($"(new {name}({arguments}) with {{ {properties[0].Name} = {Sample(properties[0].Type, 9)} }}).{properties[0].Name}");
        }

        w.Line().Block($$"""
            /// <summary>Builds deterministic readings.</summary>
            public static class {{p.Reading}}Factory
            {
                public static IReadOnlyList<{{p.Reading}}> Create(int count, int seed)
                {
                    var list = new List<{{p.Reading}}>(count);
                    for (int i = 0; i < count; i++)
                    {
                        var status = (i % 4) switch
                        {
                            0 => {{p.Noun}}Status.Active,
                            1 => {{p.Noun}}Status.Suspended,
                            2 => {{p.Noun}}Status.Retired,
                            _ => {{p.Noun}}Status.Unknown,
                        };
                        list.Add(new {{p.Reading}}(i, "n" + ((i * 7 + seed) % 13), (i * 31 + seed) % 17 * 0.5, status));
                    }

                    return list;
                }

                public static {{p.Noun}}Key KeyOf({{p.Reading}} reading) => new(reading.Id / 10, reading.Id % 10);
            }
            """);
        p.AddCheck($"{p.Reading}Factory.Create(12, seed).Count(r => r.IsLarge)");
        p.AddCheck($"{p.Reading}Factory.KeyOf({p.Reading}Factory.Create(30, seed)[23]).ToString()");
        return new GeneratedFile(p.PathOf(p.Noun + "Records"), w.ToString(), p.Index);
    }

    private static string Sample(string type, int n)
        => type switch
        {
            "int" => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "string" => "\"" + Vocabulary.Words[n % Vocabulary.Words.Length] + "\"",
            "double" => n + ".25",
            "bool" => n % 2 == 0 ? "true" : "false",
            _ => n + "L",
        };
}
