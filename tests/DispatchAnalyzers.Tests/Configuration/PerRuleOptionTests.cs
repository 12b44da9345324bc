using System.Threading.Tasks;
using Xunit;
using VerifyDsp001 = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnLoopInvariantReceiverAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnLoopInvariantReceiverCodeFixProvider>;
using VerifyDsp002 = DispatchAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    DispatchAnalyzers.Rules.DispatchOnMixedCollectionElementAnalyzer,
    DispatchAnalyzers.CodeFixes.DispatchOnMixedCollectionElementCodeFixProvider>;

namespace DispatchAnalyzers.Tests.Configuration;

/// <summary>
/// The type-count keys end to end: a rule key bounds its own fix and no other, wins over the shared
/// <c>max_hoisted_types</c>, and an invalid rule value falls back to the shared key or the default.
/// </summary>
public sealed class PerRuleOptionTests
{
    private const string AllLoops = "dispatch_analyzers.hot_loop_scope = all\n";

    private const string Shapes = "\n" + """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        public sealed class Square : IShape { public double Area() => 4; }
        """;

    private const string Dsp001Code = """
        class C
        {
            double Run() => Sum(new Circle(), 1) + Sum(new Square(), 1);

            private static double Sum(IShape shape, int n)
            {
                double total = 0;
                for (int i = 0; i < n; i++) total += [|shape.Area|]();
                return total;
            }
        }
        """ + Shapes;

    private static readonly string Dsp001Hoisted = Dsp001Code.Replace("""
                for (int i = 0; i < n; i++) total += [|shape.Area|]();
        """, """
                if (shape is Circle circle)
                {
                    var total1 = total;
                    for (int i = 0; i < n; i++) total1 += circle.Area();
                    total = total1;
                }
                else if (shape is Square square)
                {
                    var total1 = total;
                    for (int i = 0; i < n; i++) total1 += square.Area();
                    total = total1;
                }
                else
                {
                    for (int i = 0; i < n; i++) total += shape.Area();
                }
        """);

    private const string Dsp002Code = """
        using System.Collections.Generic;

        class C
        {
            double Sum(int n)
            {
                var shapes = new List<IShape>();
                for (int i = 0; i < n; i++)
                {
                    shapes.Add(new Circle());
                    shapes.Add(new Square());
                }

                double total = 0;
                foreach (var shape in shapes)
                {
                    total += [|shape.Area|]();
                }

                return total;
            }
        }
        """ + Shapes;

    private static readonly string Dsp002Switched = Dsp002Code.Replace("total += [|shape.Area|]();", """
        total += shape switch
                    {
                        Circle circle => circle.Area(),
                        Square square => square.Area(),
                        _ => shape.Area(),
                    };
        """);

    [Theory]
    [InlineData("dispatch_analyzers.max_hoisted_types = 0\ndispatch_analyzers.DSP001.max_hoisted_types = 2")]
    [InlineData("dispatch_analyzers.DSP002.max_switch_arms = 0\ndispatch_analyzers.DSP002.max_split_types = 0")]
    [InlineData("dispatch_analyzers.DSP001.max_hoisted_types = many")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 2\ndispatch_analyzers.DSP001.max_hoisted_types = 9")]
    public Task Dsp001_HoistOffered(string editorConfig)
        => new VerifyDsp001.Test { TestCode = Dsp001Code, FixedCode = Dsp001Hoisted, EditorConfig = AllLoops + editorConfig }.RunAsync();

    [Theory]
    [InlineData("dispatch_analyzers.DSP001.max_hoisted_types = 1")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 8\ndispatch_analyzers.DSP001.max_hoisted_types = 0")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 1\ndispatch_analyzers.DSP002.max_switch_arms = 3")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 1\ndispatch_analyzers.DSP001.max_hoisted_types = 9")]
    public Task Dsp001_HoistNotOffered(string editorConfig)
        => new VerifyDsp001.Test { TestCode = Dsp001Code, FixedCode = Dsp001Code, EditorConfig = AllLoops + editorConfig }.RunAsync();

    [Theory]
    [InlineData("dispatch_analyzers.max_hoisted_types = 0\ndispatch_analyzers.DSP002.max_switch_arms = 2")]
    [InlineData("dispatch_analyzers.DSP001.max_hoisted_types = 0\ndispatch_analyzers.DSP002.max_split_types = 0")]
    [InlineData("dispatch_analyzers.DSP002.max_switch_arms = lots\ndispatch_analyzers.DSP002.max_split_types = 0")]
    public Task Dsp002_TypeSwitchOffered(string editorConfig)
        => new VerifyDsp002.Test { TestCode = Dsp002Code, FixedCode = Dsp002Switched, EditorConfig = AllLoops + editorConfig, GlobalConfig = NoPgo }.RunAsync();

    [Theory]
    [InlineData("dispatch_analyzers.DSP002.max_switch_arms = 1\ndispatch_analyzers.DSP002.max_split_types = 0")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 0\ndispatch_analyzers.DSP001.max_hoisted_types = 3")]
    [InlineData("dispatch_analyzers.max_hoisted_types = 0\ndispatch_analyzers.DSP002.max_switch_arms = x")]
    public Task Dsp002_NoFixOffered(string editorConfig)
        => new VerifyDsp002.Test { TestCode = Dsp002Code, FixedCode = Dsp002Code, EditorConfig = AllLoops + editorConfig, GlobalConfig = NoPgo }.RunAsync();

    /// <summary>DSP002's type switch is offered only without Dynamic PGO: a NativeAOT project.</summary>
    private const string NoPgo = "build_property.PublishAot = true";
}
