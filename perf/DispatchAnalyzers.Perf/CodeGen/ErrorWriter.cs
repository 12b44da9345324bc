namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes a module's exception type and validation helpers (throw expressions, filters, finally).</summary>
internal static class ErrorWriter
{
    public static GeneratedFile Write(ModulePlan p)
    {
        var w = new CodeWriter();
        p.WriteHeader(w);
        w.Block($$"""
            /// <summary>Thrown when an id is unknown.</summary>
            public sealed class {{p.Noun}}NotFoundException : Exception
            {
                public {{p.Noun}}NotFoundException(int id)
                    : base("{{p.Noun}} " + id + " not found")
                {
                    Id = id;
                }

                public int Id { get; }
            }

            /// <summary>Parses and checks user input.</summary>
            public static class {{p.Noun}}Validation
            {
                private static int s_attempts;

                public static int Attempts => s_attempts;

                public static int ParseLevel(string? text)
                {
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        throw new ArgumentException("The level is empty.", nameof(text));
                    }

                    return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var level)
                        ? level
                        : throw new FormatException("Not a level: " + text);
                }

                public static int SafeParse(string? text)
                {
                    try
                    {
                        return ParseLevel(text);
                    }
                    catch (FormatException)
                    {
                        return -1;
                    }
                    catch (ArgumentException e) when (e.ParamName == "text")
                    {
                        return -2;
                    }
                    finally
                    {
                        s_attempts++;
                    }
                }

                public static string Require(string? value, string name) => value ?? throw new ArgumentNullException(name);

                public static int Clamp(int value, int min, int max)
                {
                    if (min > max)
                    {
                        throw new ArgumentOutOfRangeException(nameof(min), min, "min > max");
                    }

                    return value < min ? min : value > max ? max : value;
                }
            }
            """);
        p.AddCheck($"{p.Noun}Validation.SafeParse(\"{p.Next(0, 99)}\") + {p.Noun}Validation.SafeParse(\"x\") + {p.Noun}Validation.SafeParse(\" \") + {p.Noun}Validation.Attempts");
        p.AddCheck($"{p.Noun}Validation.Clamp({p.Next(-20, 20)}, -5, 5)");
        return new GeneratedFile(p.PathOf(p.Noun + "Errors"), w.ToString(), p.Index);
    }
}
