using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace DispatchAnalyzers.Tests.Precision;

/// <summary>
/// Code shaped like the real-library cases a user would not act on (issue 9), run through every dispatch rule at the
/// default options: what a new user sees. Cases marked "was reported" were wrong before this corpus existed.
/// </summary>
public sealed class PrecisionCorpusTests
{
    private const string Filters = """
        public interface IFilter { float Apply(float x); }
        public sealed class Gain : IFilter { public float Apply(float x) => x * 2; }
        public sealed class Clip : IFilter { public float Apply(float x) => x > 1 ? 1 : x; }
        """;

    private const string OneFilter = Filters + """

        public static class Mixer
        {
            public static void Process(IFilter filter, float[][] channels)
            {
                foreach (var channel in channels)
                    for (int i = 0; i < channel.Length; i++)
                        channel[i] = {|#0:filter.Apply|}(channel[i]);
            }

            public static void Run(float[][] channels) => Process(new Gain(), channels);
        }
        """;

    private const string Tokens = """
        public abstract class Token { public int Kind; public abstract int Value { get; } }
        public sealed class Num : Token { public override int Value => 1; }
        public sealed class Str : Token { public override int Value => 2; }
        """;

    /// <summary>Was reported (Info): one type reaches a public parameter; Dynamic PGO guards it.</summary>
    [Fact]
    public Task OneTypeReceiver_Quiet()
        => Verify(OneFilter);

    [Theory]
    [InlineData("build_property.TargetFramework = net48")]
    [InlineData("build_property.TargetFrameworkIdentifier = .NETCoreApp\nbuild_property.TargetFrameworkVersion = v7.0")]
    [InlineData("build_property.TieredPGO = false")]
    [InlineData("build_property.TieredCompilation = false")]
    public Task OneTypeReceiver_RuntimeWithoutDynamicPgo_ReportsInfo(string globalConfig)
        => Verify(OneFilter, globalConfig: globalConfig, expected: Dsp001(DiagnosticSeverity.Info, "IFilter.Apply", "filter", "Gain"));

    [Fact]
    public Task OneTypeReceiver_PublishAot_ReportsWarning()
        => Verify(OneFilter, globalConfig: "build_property.PublishAot = true", expected: Dsp001(DiagnosticSeverity.Warning, "IFilter.Apply", "filter", "Gain"));

    [Theory]
    [InlineData("build_property.TargetFramework = net8.0")]
    [InlineData("build_property.TargetFramework = netstandard2.0")]
    [InlineData("build_property.TargetFramework = net7.0\nbuild_property.TieredPGO = true")]
    public Task OneTypeReceiver_RuntimeWithDynamicPgo_Quiet(string globalConfig)
        => Verify(OneFilter, globalConfig: globalConfig);

    [Fact]
    public Task OneTypeReceiver_OptedIn_ReportsInfo()
        => Verify(OneFilter, editorConfig: "dispatch_analyzers.report_single_type_sites = true", expected: Dsp001(DiagnosticSeverity.Info, "IFilter.Apply", "filter", "Gain"));

    [Fact]
    public Task OneTypeReceiver_AggressiveOptimization_ReportsInfo()
        => Verify("using System.Runtime.CompilerServices;\n" + Filters + """

            public static class Mixer
            {
                [MethodImpl(MethodImplOptions.AggressiveOptimization)]
                public static void Process(IFilter filter, float[] channel)
                {
                    for (int i = 0; i < channel.Length; i++)
                        channel[i] = {|#0:filter.Apply|}(channel[i]);
                }

                public static void Run(float[] channel) => Process(new Gain(), channel);
            }
            """, expected: Dsp001(DiagnosticSeverity.Info, "IFilter.Apply", "filter", "Gain"));

    /// <summary>The case worth acting on: two types, whatever the runtime.</summary>
    [Fact]
    public Task TwoTypesReceiver_ReportsWarning()
        => Verify(OneFilter.Replace("Process(new Gain(), channels);", "Process(new Gain(), channels); public static void Both(float[][] c) => Process(new Clip(), c);"),
            expected: Dsp001(DiagnosticSeverity.Warning, "IFilter.Apply", "filter", "Clip, Gain"));

    /// <summary>
    /// Not a precision case but its guard: a generic interface's implementations are generic types, so the
    /// implementations filed under the instantiation cannot bound the targets (DSP001 must still search).
    /// </summary>
    [Fact]
    public Task GenericInterfaceReceiver_TwoGenericImplementations_ReportsWarning()
        => Verify("""
            public interface IShape<T> { T Area(); }
            public sealed class Box<T> : IShape<T> { public T Area() => default!; }
            public sealed class Ring<T> : IShape<T> { public T Area() => default!; }

            public static class Kernel
            {
                public static int Sum(IShape<int> shape, int[][] rows)
                {
                    int total = 0;
                    foreach (var row in rows)
                        for (int i = 0; i < row.Length; i++)
                            total += {|#0:shape.Area|}();
                    return total;
                }

                public static int Both(int[][] rows) => Sum(new Box<int>(), rows) + Sum(new Ring<int>(), rows);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IShape.Area", "shape", "Box<int>, Ring<int>"));

    /// <summary>
    /// Every form of a call reaches the search (the finder skips names called with an argument count the method cannot
    /// take): on its receiver as an extension, optional and params arguments left out, params expanded, named arguments.
    /// </summary>
    [Fact]
    public Task CallSitesOfEveryForm_AllTypesFound_ReportsWarning()
        => Verify(Filters + """
            public sealed class Twice : IFilter { public float Apply(float x) => x + x; }

            public static class Mixer
            {
                public static void Process(this IFilter filter, float[][] channels, int from = 0, params int[] skip)
                {
                    foreach (var channel in channels)
                        for (int i = from; i < channel.Length; i++)
                            channel[i] = {|#0:filter.Apply|}(channel[i]);
                }

                public static void Run(float[][] c)
                {
                    new Gain().Process(c);
                    Process(new Clip(), c, 1, 2, 3, 4);
                    Process(channels: c, filter: new Twice());
                }
            }

            public static class Other
            {
                public static void Process(IFilter filter, float[][] channels, int from, int to, string name, object tag) { }

                public static void Use(float[][] c) => Process(new Gain(), c, 0, 1, "x", new object());
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IFilter.Apply", "filter", "Clip, Gain, Twice"));

    /// <summary>A call spelled with a unicode escape is still a call site (the word index hashes escaped words as their characters).</summary>
    [Fact]
    public Task CallSiteSpelledWithEscape_ItsTypeFound_ReportsWarning()
        => Verify(OneFilter + """

            public static class Caller
            {
                public const string Note = "\u0041 string with an escape";

                public static void Both(float[][] c) => Mixer.Proc\u0065ss(new Clip(), c);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IFilter.Apply", "filter", "Clip, Gain"));

    /// <summary>Was reported (Warning): every decoder loops over its row; the dispatch is noise next to it.</summary>
    [Fact]
    public Task CalleeLoops_Quiet()
        => Verify("""
            public interface IRowDecoder { int Decode(byte[] row); }
            public sealed class RleDecoder : IRowDecoder { public int Decode(byte[] row) { int n = 0; for (int i = 0; i < row.Length; i++) n += row[i]; return n; } }
            public sealed class RawDecoder : IRowDecoder { public int Decode(byte[] row) { int n = 0; foreach (var b in row) n ^= b; return n; } }
            public static class Image
            {
                public static int DecodeAll(IRowDecoder decoder, byte[][][] planes)
                {
                    int total = 0;
                    foreach (var plane in planes)
                        foreach (var row in plane)
                            total += decoder.Decode(row);
                    return total;
                }

                public static int Both(byte[][][] p) => DecodeAll(new RleDecoder(), p) + DecodeAll(new RawDecoder(), p);
            }
            """);

    [Fact]
    public Task CalleeLoopsInOneImplementationOnly_ReportsWarning()
        => Verify("""
            public interface IRowDecoder { int Decode(byte[] row); }
            public sealed class RleDecoder : IRowDecoder { public int Decode(byte[] row) { int n = 0; for (int i = 0; i < row.Length; i++) n += row[i]; return n; } }
            public sealed class FirstByte : IRowDecoder { public int Decode(byte[] row) => row[0]; }
            public static class Image
            {
                public static int DecodeAll(IRowDecoder decoder, byte[][][] planes)
                {
                    int total = 0;
                    foreach (var plane in planes)
                        foreach (var row in plane)
                            total += {|#0:decoder.Decode|}(row);
                    return total;
                }

                public static int Both(byte[][][] p) => DecodeAll(new RleDecoder(), p) + DecodeAll(new FirstByte(), p);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IRowDecoder.Decode", "decoder", "FirstByte, RleDecoder"));

    private const string Visitor = """
        using System.Collections.Generic;
        public abstract class Node { public abstract Node Accept(AstVisitor visitor); }
        public sealed class Leaf : Node { public override Node Accept(AstVisitor visitor) => visitor.VisitLeaf(this); }
        public sealed class Case : Node
        {
            public List<List<Node>> Branches = new();
            public override Node Accept(AstVisitor visitor) => visitor.VisitCase(this);
        }
        public class AstVisitor
        {
            public virtual Node Visit(Node node) => VISIT;
            public virtual Node VisitLeaf(Leaf leaf) => leaf;
            public virtual Node VisitCase(Case node)
            {
                foreach (var branch in node.Branches)
                    foreach (var option in branch)
                        {|#0:Visit|}(option);
                return node;
            }
        }
        public class AstRewriter : AstVisitor { public override Node VisitLeaf(Leaf leaf) => new Leaf(); }
        public sealed class DependencyVisitor : AstVisitor { public int Count; public override Node Visit(Node node) { Count++; return VISIT; } }
        """;

    /// <summary>Was reported (Warning, Fluid's AstVisitor): <c>Visit</c> double-dispatches back into the visitor and walks the subtree.</summary>
    [Fact]
    public Task RecursiveVisitor_Quiet()
        => Verify(Visitor.Replace("{|#0:Visit|}", "Visit").Replace("VISIT", "node.Accept(this)"));

    /// <summary>The same visitor passing itself through a cast and parentheses: still double dispatch.</summary>
    [Fact]
    public Task RecursiveVisitor_ThisCast_Quiet()
        => Verify(Visitor.Replace("{|#0:Visit|}", "Visit").Replace("VISIT", "node.Accept(((AstVisitor)this)!)"));

    /// <summary>The callee calls itself on each child (Scriban's GetChildren shape); an override adds to <c>base.Count()</c>.</summary>
    [Fact]
    public Task SelfRecursiveCallee_Quiet()
        => Verify("""
            public abstract class Tree { public Tree? Left, Right; public virtual int Count() => 1 + (Left?.Count() ?? 0) + (Right?.Count() ?? 0); }
            public sealed class Red : Tree { public override int Count() => base.Count() + 1; }
            public sealed class Black : Tree { }
            public static class Forest
            {
                public static int Total(Tree tree, int[][] rounds)
                {
                    int total = 0;
                    foreach (var round in rounds)
                        foreach (var weight in round)
                            total += tree.Count() * weight;
                    return total;
                }

                public static int Both(int[][] r) => Total(new Red(), r) + Total(new Black(), r);
            }
            """);

    /// <summary>Control: a small callee that neither loops nor recurses keeps the finding.</summary>
    [Fact]
    public Task NonRecursiveVisitor_ReportsWarning()
        => Verify(Visitor.Replace("VISIT", "node"), expected: Dsp001(DiagnosticSeverity.Warning, "AstVisitor.Visit", "this", "AstRewriter, AstVisitor, DependencyVisitor"));

    /// <summary>Control: a decorator forwarding to another implementation of the member is not recursion.</summary>
    [Fact]
    public Task ForwardingDecorator_ReportsWarning()
        => Verify(Filters + """

            public sealed class Twice : IFilter
            {
                private readonly IFilter _inner;
                public Twice(IFilter inner) => _inner = inner;
                public float Apply(float x) => _inner.Apply(x) * 2;
            }
            public static class Mixer
            {
                public static void Process(IFilter filter, float[][] channels)
                {
                    foreach (var channel in channels)
                        for (int i = 0; i < channel.Length; i++)
                            channel[i] = {|#0:filter.Apply|}(channel[i]);
                }

                public static void Run(float[][] c) => Process(new Twice(new Gain()), c);
                public static void Both(float[][] c) => Process(new Clip(), c);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IFilter.Apply", "filter", "Clip, Twice"));

    /// <summary>Was reported (Warning): a serializer's converter writes JSON; its dispatch is noise.</summary>
    [Fact]
    public Task SerializationBoundary_Quiet()
        => Verify("""
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;

            public sealed class Point { public int X; }
            public sealed class PointAsNumber : JsonConverter<Point>
            {
                public override Point Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) => new Point();
                public override void Write(Utf8JsonWriter writer, Point value, JsonSerializerOptions options) => writer.WriteNumberValue(value.X);
            }
            public sealed class PointAsObject : JsonConverter<Point>
            {
                public override Point Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) => new Point();
                public override void Write(Utf8JsonWriter writer, Point value, JsonSerializerOptions options) { writer.WriteStartObject(); writer.WriteNumber("x", value.X); writer.WriteEndObject(); }
            }
            public static class Writer
            {
                public static void WriteAll(JsonConverter<Point> converter, Utf8JsonWriter writer, Point[][] batches, JsonSerializerOptions options)
                {
                    foreach (var batch in batches)
                        foreach (var point in batch)
                            converter.Write(writer, point, options);
                }

                public static void Both(Utf8JsonWriter w, Point[][] b, JsonSerializerOptions o)
                {
                    WriteAll(new PointAsNumber(), w, b, o);
                    WriteAll(new PointAsObject(), w, b, o);
                }
            }
            """);

    /// <summary>Was reported (Warning, twice): each call runs once, on the way out of the loops.</summary>
    [Fact]
    public Task CallInsideReturnOrBeforeReturnInSwitchSection_Quiet()
        => Verify(Tokens + """

            public static class Parser
            {
                public static int First(Token t, int[] kinds)
                {
                    foreach (var k in kinds)
                    {
                        while (true)
                        {
                            switch (t.Kind)
                            {
                                case 1:
                                    return t.Value;
                                case 2:
                                    Touch(t.Value);
                                    return 0;
                            }

                            if (k > 0) break;
                        }
                    }

                    return -1;
                }

                static void Touch(int value) { }

                public static int Both(int[] k) => First(new Num(), k) + First(new Str(), k);
            }
            """);

    /// <summary>Was reported (Warning): a debug-only check's loops are not in the builds that are measured.</summary>
    [Fact]
    public Task ConditionalDebugMethod_Quiet()
        => Verify("using System.Diagnostics;\n" + Tokens + """

            public static class Checks
            {
                [Conditional("DEBUG")]
                public static void Validate(Token t, int[][] grid)
                {
                    foreach (var row in grid)
                        foreach (var cell in row)
                            Debug.Assert(t.Value >= cell);
                }

                public static void Both(int[][] g) { Validate(new Num(), g); Validate(new Str(), g); }
            }
            """);

    /// <summary>Was reported as "unknown" and Info: an internal interface (friends aside) has two implementations.</summary>
    [Fact]
    public Task InternalInterfaceWithFriendAssembly_ListsItsImplementations_ReportsWarning()
        => Verify("""
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Tests")]

            internal interface IShape { double Area(); }
            internal sealed class Circle : IShape { public double Area() => 3.14; }
            internal sealed class Square : IShape { public double Area() => 1; }
            internal static class Registry { public static IShape Lookup(int id) => id == 0 ? new Circle() : new Square(); }
            internal static class Kernel
            {
                internal static double Sum(IShape shape, int[][] grid)
                {
                    double total = 0;
                    foreach (var row in grid)
                        foreach (var x in row)
                            total += {|#0:shape.Area|}() * x;
                    return total;
                }

                internal static double Run(int id, int[][] g) => Sum(Registry.Lookup(id), g);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IShape.Area", "shape", "Circle, Square"));

    private const string Frames = """
        public abstract class FrameBase { public abstract int Width { get; } }
        public class Frame<TPixel> : FrameBase where TPixel : struct { public override int Width => 1; }
        public static class Codec
        {
            static int Measure(FrameBase frame, int[][] rows)
            {
                int n = 0;
                foreach (var row in rows)
                    foreach (var x in row)
                        n += {|#0:frame.Width|} * x;
                return n;
            }

            public static int Encode<TPixel>(Frame<TPixel>? frame, int[][] rows) where TPixel : struct => frame is null ? 0 : Measure(frame, rows);
        }
        """;

    /// <summary>Was reported (Info, "Frame&lt;TPixel&gt;?"): a static type open over a type parameter is no concrete type.</summary>
    [Fact]
    public Task OpenGenericNullableArgument_Quiet()
        => Verify(Frames);

    [Fact]
    public Task OpenGenericNullableArgument_OptedIn_SaysWhyNothingIsKnown()
        => Verify(Frames, editorConfig: "dispatch_analyzers.report_single_type_sites = true",
            expected: Dsp001(DiagnosticSeverity.Info, "FrameBase.Width", "frame", "not known from source (the values its callers pass have no known concrete type)"));

    private const string Json = """
        public abstract class JToken { public abstract JToken? this[object key] { get; } }
        public sealed class JObject : JToken { public override JToken? this[object key] => null; }
        public sealed class JArray : JToken { public override JToken? this[object key] => this; }
        """;

    /// <summary>Was "JToken[]", which reads like an array type.</summary>
    [Fact]
    public Task Indexer_NamedThisInMessage()
        => Verify(Json + """

            public static class Walker
            {
                public static int CountNulls(JToken token, string[][] paths)
                {
                    int n = 0;
                    foreach (var path in paths)
                        foreach (var key in path)
                            if ({|#0:token[key]|} is null) n++;
                    return n;
                }

                public static int Both(string[][] p) => CountNulls(new JObject(), p) + CountNulls(new JArray(), p);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "JToken.this[]", "token", "JArray, JObject"));

    /// <summary>Was "this", which reads like the instance.</summary>
    [Fact]
    public Task VerbatimParameter_NamedAsWritten()
        => Verify(Json + """

            public static class Walker
            {
                public static int CountNulls(JToken @this, string[][] paths)
                {
                    int n = 0;
                    foreach (var path in paths)
                        foreach (var key in path)
                            if ({|#0:@this[key]|} is null) n++;
                    return n;
                }

                public static int Both(string[][] p) => CountNulls(new JObject(), p) + CountNulls(new JArray(), p);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "JToken.this[]", "@this", "JArray, JObject"));

    /// <summary>Was two diagnostics on one line.</summary>
    [Fact]
    public Task TwoMembersOfOneReceiverOnOneLine_ReportOnce()
        => Verify("""
            public abstract class Shape { public abstract double Width { get; } public abstract double Height { get; } }
            public sealed class Rect : Shape { public override double Width => 2; public override double Height => 3; }
            public sealed class Square : Shape { public override double Width => 2; public override double Height => 2; }
            public static class Areas
            {
                public static double Total(Shape s, int[][] grid)
                {
                    double total = 0;
                    foreach (var row in grid)
                        foreach (var x in row)
                            total += {|#0:s.Width|} * s.Height * x;
                    return total;
                }

                public static double Both(int[][] g) => Total(new Rect(), g) + Total(new Square(), g);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "Shape.Width, Shape.Height", "s", "Rect, Square"));

    /// <summary>Was reported (Info): one collection type reaches the foreach; Dynamic PGO guards its enumerator.</summary>
    [Fact]
    public Task OneCollectionTypeEnumerated_Quiet()
        => Verify("""
            using System.Collections.Generic;

            public static class Stats
            {
                public static int Sum(IEnumerable<int> values, int rounds)
                {
                    int total = 0;
                    for (int r = 0; r < rounds; r++)
                        foreach (var v in values)
                            total += v;
                    return total;
                }

                public static int Run() => Sum(new List<int> { 1, 2, 3 }, 100);
            }
            """);

    private const string Kernels = """
        public interface IKernel { float Apply(float x); }
        public sealed class GaussKernel : IKernel { public float Apply(float x) => x * 0.5f; }
        public sealed class Blur
        {
            private readonly IKernel _kernel = new GaussKernel();

            public void Run(float[][] rows)
            {
                foreach (var row in rows)
                    for (int i = 0; i < row.Length; i++)
                        row[i] = {|#0:_kernel.Apply|}(row[i]);
            }
        }
        """;

    /// <summary>CA1859 reports the one-type private field itself, with the better fix: DSP001 does not repeat it.</summary>
    [Fact]
    public Task OneTypePrivateField_Ca1859On_LeftToCa1859()
        => Verify(Kernels, editorConfig: "dispatch_analyzers.report_single_type_sites = true\ndotnet_diagnostic.CA1859.severity = warning");

    [Fact]
    public Task OneTypePrivateField_Ca1859Off_ReportsInfoWhenOptedIn()
        => Verify(Kernels, editorConfig: "dispatch_analyzers.report_single_type_sites = true\ndotnet_diagnostic.CA1859.severity = none",
            expected: Dsp001(DiagnosticSeverity.Info, "IKernel.Apply", "_kernel", "GaussKernel"));

    /// <summary>Each call runs once, on the way out of the loops: before a goto to a label outside them, before a yield break.</summary>
    [Fact]
    public Task CallBeforeGotoOutOrYieldBreak_Quiet()
        => Verify("using System.Collections.Generic;\n" + Tokens + """

            public static class Scanner
            {
                public static int Find(Token t, int[][] grid)
                {
                    int found = -1;
                    foreach (var row in grid)
                        foreach (var x in row)
                        {
                            if (x == 0)
                            {
                                found = t.Value;
                                goto done;
                            }
                        }

                    done:
                    return found;
                }

                public static IEnumerable<int> Until(Token t, int[][] grid)
                {
                    foreach (var row in grid)
                        foreach (var x in row)
                        {
                            if (x < 0)
                            {
                                Touch(t.Value);
                                yield break;
                            }

                            yield return x;
                        }
                }

                static void Touch(int value) { }

                public static int Both(int[][] g) => Find(new Num(), g) + Find(new Str(), g);

                public static IEnumerable<int> BothUntil(int[][] g) => Until(new Num(), g);

                public static IEnumerable<int> OtherUntil(int[][] g) => Until(new Str(), g);
            }
            """);

    /// <summary>A goto to a label inside the loop keeps the call in it.</summary>
    [Fact]
    public Task CallBeforeGotoInsideTheLoop_ReportsWarning()
        => Verify(Tokens + """

            public static class Scanner
            {
                public static int Sum(Token t, int[][] grid)
                {
                    int total = 0;
                    foreach (var row in grid)
                        foreach (var x in row)
                        {
                            again:
                            total += {|#0:t.Value|};
                            if (total < x) goto again;
                        }

                    return total;
                }

                public static int Both(int[][] g) => Sum(new Num(), g) + Sum(new Str(), g);
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "Token.Value", "t", "Num, Str"));

    /// <summary>
    /// Was reported with the cast's operand type among the reaching types: `(IFilter)animal` passes some subclass of
    /// Animal that implements IFilter, never an Animal.
    /// </summary>
    [Fact]
    public Task CastFromUnrelatedClass_NotAReachingType()
        => Verify(Filters + """

            public class Animal { }
            public sealed class Dog : Animal, IFilter { public float Apply(float x) => x; }
            public static class Mixer
            {
                private static void Process(IFilter filter, float[][] channels)
                {
                    foreach (var channel in channels)
                        for (int i = 0; i < channel.Length; i++)
                            channel[i] = {|#0:filter.Apply|}(channel[i]);
                }

                public static void Run(float[][] channels, Animal animal)
                {
                    Process(new Gain(), channels);
                    Process(new Clip(), channels);
                    Process((IFilter)animal, channels);
                }
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IFilter.Apply", "filter", "Clip, Gain"));

    /// <summary>A cast to an interface the operand's class implements: that class reaches.</summary>
    [Fact]
    public Task CastToImplementedInterface_OperandTypeReaches()
        => Verify(Filters + """

            public static class Mixer
            {
                private static void Process(IFilter filter, float[][] channels)
                {
                    foreach (var channel in channels)
                        for (int i = 0; i < channel.Length; i++)
                            channel[i] = {|#0:filter.Apply|}(channel[i]);
                }

                public static void Run(float[][] channels)
                {
                    Process((IFilter)new Clip(), channels);
                    Process((IFilter)(object)new Gain(), channels);
                }
            }
            """, expected: Dsp001(DiagnosticSeverity.Warning, "IFilter.Apply", "filter", "Clip, Gain"));

    /// <summary>DSP002 keeps one finding per call, even on one line: its type-switch fix rewrites one call at a time.</summary>
    [Fact]
    public Task TwoMembersOfOneElementOnOneLine_ReportEach()
        => Verify("""
            using System.Collections.Generic;

            public abstract class Shape { public abstract double Width { get; } public abstract double Height { get; } }
            public sealed class Rect : Shape { public override double Width => 2; public override double Height => 3; }
            public sealed class Square : Shape { public override double Width => 2; public override double Height => 2; }
            public sealed class Scene
            {
                private readonly List<Shape> _shapes = new() { new Rect(), new Square() };

                public double Total(int frames)
                {
                    double total = 0;
                    for (int f = 0; f < frames; f++)
                        foreach (var s in _shapes)
                            total += {|#0:s.Width|} * {|#1:s.Height|};
                    return total;
                }
            }
            """, expected: new[] { Dsp002(0, "Shape.Width"), Dsp002(1, "Shape.Height") });

    private static DiagnosticResult Dsp002(int location, string member)
        => new DiagnosticResult(DiagnosticIds.DispatchOnMixedCollectionElement, DiagnosticSeverity.Warning)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithLocation(location)
            .WithArguments(member, "_shapes", "Shape", "Rect, Square");

    private static DiagnosticResult Dsp001(DiagnosticSeverity severity, string member, string receiver, string types)
        => new DiagnosticResult(DiagnosticIds.DispatchOnLoopInvariantReceiver, severity)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithLocation(0)
            .WithArguments(member, receiver, types);

    private static Task Verify(string source, string? editorConfig = null, string? globalConfig = null, params DiagnosticResult[] expected)
    {
        var test = new PrecisionTest { TestCode = source, EditorConfig = editorConfig, GlobalConfig = globalConfig };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
