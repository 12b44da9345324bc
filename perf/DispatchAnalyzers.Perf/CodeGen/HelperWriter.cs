using System;
using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes a file of ordinary code: a static helper class of random <see cref="HelperTemplates"/> and a small settings class.</summary>
internal static class HelperWriter
{
    public static GeneratedFile Write(ModulePlan p, int number, int templateCount)
    {
        var name = $"{p.Noun}Helpers{number}";
        var w = new CodeWriter();
        p.WriteHeader(w);
        w.Line($"/// <summary>Assorted helpers of the {p.Noun} module.</summary>");
        w.Open($"public static class {name}");
        for (var i = 0; i < templateCount; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            var template = p.Pick(HelperTemplates.All);
            var id = number * 100 + i;
            w.Block(template.Code(p, id));
            p.AddCheck(template.Check(p, id).Replace("@.", name + ".", StringComparison.Ordinal));
        }

        w.Close();
        w.Line().Block($$"""
            /// <summary>Options of the {{p.Noun}} module, number {{number}}.</summary>
            public sealed class {{p.Noun}}Settings{{number}}
            {
                public int Size { get; init; } = {{p.Next(1, 9)}};

                public string Label { get; set; } = "{{p.Pick(Vocabulary.Words)}}";

                public double Ratio => Size / 2.0;

                public IList<string> Tags { get; } = new List<string>();

                public {{p.Noun}}Settings{{number}} WithTag(string tag)
                {
                    Tags.Add(tag);
                    return this;
                }
            }
            """);
        p.AddCheck($"new {p.Noun}Settings{number} {{ Size = {p.Next(1, 9)}, Label = \"x\" }}.WithTag(\"a\").WithTag(\"b\").Ratio");
        return new GeneratedFile(p.PathOf(name), w.ToString(), p.Index);
    }
}

/// <summary>One ordinary helper method: its code for a unique id, and the call that exercises it.</summary>
/// <remarks>In <see cref="Check"/>, <c>@.</c> stands for the helper class.</remarks>
internal sealed record HelperTemplate(Func<ModulePlan, int, string> Code, Func<ModulePlan, int, string> Check);
