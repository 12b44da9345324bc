namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes a module's interface, delegate type and abstract base (with a virtual call on <c>this</c> in nested loops).</summary>
internal static class ContractWriter
{
    public static GeneratedFile Write(ModulePlan p)
    {
        var w = new CodeWriter();
        p.WriteHeader(w);
        w.Block($$"""
            /// <summary>Something that measures a step; implemented by classes and structs of this module.</summary>
            public interface {{p.Interface}}
            {
                int Weight { get; }

                double Measure(int step);

                string Describe();
            }

            /// <summary>Maps one measured value to another.</summary>
            public delegate double {{p.Transform}}(double value);

            /// <summary>Shared behaviour of the class-based implementations.</summary>
            public abstract class {{p.Base}} : {{p.Interface}}
            {
                protected {{p.Base}}(int factor)
                {
                    Factor = factor;
                }

                public int Factor { get; }

                public virtual int Weight => Factor % 3 + 1;

                public abstract double Measure(int step);

                public virtual string Describe() => GetType().Name + ":" + Factor;

                /// <summary>Measures every cell of a grid.</summary>
                public double Repeat(int rows, int cols)
                {
                    double total = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++)
                        {
                            total += Measure(r + c) + Weight;
                        }
                    }

                    return total;
                }

                public override string ToString() => Describe();
            }
            """);
        foreach (var implementation in p.Derived)
        {
            p.AddCheck($"new {implementation.Name}({p.Next(1, 9)}).Repeat({p.Next(2, 5)}, {p.Next(2, 6)})");
        }

        return new GeneratedFile(p.PathOf(p.Interface), w.ToString(), p.Index);
    }
}
