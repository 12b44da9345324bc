using System.Collections.Generic;
using System.Text;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>
/// Reads the assembly-qualified type names of a PGO dump's histograms
/// (<c>Ns.List`1[[System.Int32, System.Private.CoreLib, Version=..]], System.Private.CoreLib, Version=..</c>).
/// </summary>
internal sealed record RuntimeTypeName(string Definition, IReadOnlyList<RuntimeTypeName> Arguments, string Suffix, string? Assembly)
{
    /// <summary>The documentation-comment ID of the type's definition, <c>T:Ns.Outer.Inner`1</c>; arrays keep their
    /// rank (<c>T:System.Int32[]</c>).</summary>
    public string DocId => "T:" + Definition.Replace('+', '.') + Suffix;

    /// <summary>A readable name without assembly qualifications: <c>Ns.List`1[System.Int32][]</c>; a nested type keeps
    /// its containing type after a <c>+</c>, as the runtime writes it (<c>Ns.List`1+Enumerator[System.Double]</c>).</summary>
    public string Display
    {
        get
        {
            var text = new StringBuilder(Definition);
            if (Arguments.Count > 0)
            {
                text.Append('[');
                for (var i = 0; i < Arguments.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",").Append(Arguments[i].Display);
                }

                text.Append(']');
            }

            return text.Append(Suffix).ToString();
        }
    }

    public static RuntimeTypeName Parse(string text)
    {
        var position = 0;
        return ParseQualified(text, ref position);
    }

    private static RuntimeTypeName ParseQualified(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && text[position] is not ('[' or ',' or ']'))
        {
            position++;
        }

        var definition = text[start..position].Trim();
        var arguments = new List<RuntimeTypeName>();
        var suffix = new StringBuilder();

        // "[[" opens an instantiation whose arguments are each bracketed; "[]", "[,]" and "[*]" are array ranks.
        while (position < text.Length && text[position] == '[')
        {
            if (position + 1 < text.Length && text[position + 1] == '[')
            {
                position++;
                while (position < text.Length && text[position] == '[')
                {
                    position++;
                    arguments.Add(ParseQualified(text, ref position));
                    position++; // ']'
                    if (position < text.Length && text[position] == ',')
                    {
                        position++;
                    }
                }

                position++; // ']'
                continue;
            }

            var close = text.IndexOf(']', position);
            close = close < 0 ? text.Length - 1 : close;
            suffix.Append(text, position, close - position + 1);
            position = close + 1;
        }

        while (position < text.Length && text[position] is '&' or '*')
        {
            suffix.Append(text[position++]);
        }

        string? assembly = null;
        if (position < text.Length && text[position] == ',')
        {
            var end = text.IndexOf(']', position);
            end = end < 0 ? text.Length : end;
            var qualification = text[(position + 1)..end].Trim();
            assembly = qualification.Split(',')[0].Trim();
            position = end;
        }

        return new RuntimeTypeName(definition, arguments, suffix.ToString(), assembly);
    }
}
