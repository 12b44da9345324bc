using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes the files every module uses (the hot-path attribute, the checksum) and <c>Program.Main</c>.</summary>
internal static class CommonWriter
{
    public static IEnumerable<GeneratedFile> Write()
    {
        yield return new GeneratedFile("Common/HotPathAttribute.cs", """
            using System;

            namespace Generated.Common;

            /// <summary>Marks a method whose loops are hot.</summary>
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class HotPathAttribute : Attribute
            {
            }

            """, -1);
        yield return new GeneratedFile("Common/Checksum.cs", """
            using System;

            namespace Generated.Common;

            /// <summary>Folds values of every kind into one deterministic number.</summary>
            public static class Checksum
            {
                public static long Fold(long seed, long value) => unchecked(seed * 1_000_003L + value);

                public static long Fold(long seed, double value) => Fold(seed, BitConverter.DoubleToInt64Bits(value));

                public static long Fold(long seed, bool value) => Fold(seed, value ? 1L : 0L);

                public static long Fold(long seed, string value)
                {
                    long hash = seed;
                    foreach (var c in value)
                    {
                        hash = unchecked(hash * 31 + c);
                    }

                    return Fold(seed, hash);
                }
            }

            """, -1);
    }

    public static GeneratedFile Program(IEnumerable<ModulePlan> modules)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Globalization;").Line("using Generated.Common;").Line().Line("namespace Generated;").Line();
        w.Line("/// <summary>Runs every module and prints one checksum.</summary>");
        w.Open("public static class Program");
        w.Open("public static void Main()");
        w.Line("long checksum = 17;");
        foreach (var module in modules)
        {
            w.Line($"checksum = Checksum.Fold(checksum, {module.Namespace}.{module.Noun}Module.Run(1));");
        }

        w.Line($"Console.WriteLine(\"{GeneratedCodebase.ChecksumPrefix}\" + checksum.ToString(CultureInfo.InvariantCulture));");
        w.Close();
        w.Close();
        return new GeneratedFile("Program.cs", w.ToString(), -1);
    }
}
