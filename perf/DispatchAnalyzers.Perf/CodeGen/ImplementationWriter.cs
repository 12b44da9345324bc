namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Writes the implementations of a module's interface, each with a constructor taking a factor.</summary>
internal static class ImplementationWriter
{
    public static GeneratedFile Write(ModulePlan p)
    {
        var w = new CodeWriter();
        p.WriteHeader(w);
        for (var index = 0; index < p.Implementations.Count; index++)
        {
            if (index > 0)
            {
                w.Line();
            }

            Write(w, p, p.Implementations[index]);
            p.AddCheck($"{p.New(index, index + 2)}.Describe()");
        }

        return new GeneratedFile(p.PathOf(p.Noun + "Implementations"), w.ToString(), p.Index);
    }

    private static void Write(CodeWriter w, ModulePlan p, ImplementationSpec i)
    {
        var k = i.Constant;
        var measure = (k % 3) switch
        {
            0 => $"step * {k}.5 + _factor",
            1 => $"(step % {k + 2}) + _factor * 0.25",
            _ => $"(step ^ {k}) - _factor / 2.0",
        };
        w.Line($"/// <summary>A {i.Kind} implementation of <see cref=\"{p.Interface}\"/>.</summary>");
        switch (i.Kind)
        {
            case ImplementationKind.SealedClass:
            case ImplementationKind.ReadOnlyStruct:
                var declaration = i.Kind == ImplementationKind.SealedClass ? "public sealed class" : "public readonly struct";
                w.Block($$"""
                    {{declaration}} {{i.Name}} : {{p.Interface}}
                    {
                        private readonly int _factor;

                        public {{i.Name}}(int factor)
                        {
                            _factor = factor;
                        }

                        public int Weight => _factor % {{k + 1}} + 1;

                        public double Measure(int step) => {{measure}};

                        public string Describe() => "{{i.Name}}(" + _factor + ")";
                    }
                    """);
                break;
            case ImplementationKind.MutableStruct:
                w.Block($$"""
                    public struct {{i.Name}} : {{p.Interface}}
                    {
                        private readonly int _factor;
                        private int _calls;

                        public {{i.Name}}(int factor)
                        {
                            _factor = factor;
                            _calls = 0;
                        }

                        public int Weight => _factor + _calls % 3;

                        public double Measure(int step)
                        {
                            _calls++;
                            return {{measure}} + _calls * 0.5;
                        }

                        public string Describe() => "{{i.Name}}(" + _factor + "/" + _calls + ")";
                    }
                    """);
                break;
            default:
                var modifiers = i.Kind == ImplementationKind.SealedDerived ? "public sealed class" : "public class";
                var overrideKeyword = i.Kind == ImplementationKind.SealedOverride ? "public sealed override" : "public override";
                w.Block($$"""
                    {{modifiers}} {{i.Name}} : {{p.Base}}
                    {
                        private readonly int _factor;

                        public {{i.Name}}(int factor)
                            : base(factor)
                        {
                            _factor = factor + {{k}};
                        }

                        {{overrideKeyword}} double Measure(int step) => {{measure}};
                    }
                    """);
                break;
        }
    }
}
