using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata.Ecma335;
using System.Threading;
using DispatchAnalyzers.Model.Profile;
using DispatchAnalyzers.Tool.Mapping;
using DispatchAnalyzers.Tool.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace DispatchAnalyzers.Tests.Model.Profile;

/// <summary>
/// The analyzer numbers calls from source (<see cref="CallOrdinals"/>) the way the tool numbers them from IL and the
/// PDB (<see cref="CallSites"/>): a program with every shape the format names is compiled with a portable PDB, and for
/// every dispatched call (interface, virtual, delegate) the tool's (member, callee, ordinal) must name a call whose
/// syntax and sequence point overlap on the analyzer's side.
/// </summary>
public sealed class CallOrdinalsPdbTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public interface IShape { double Area(); double Scale { get; set; } event Action Changed; double this[int i] { get; } }
        public abstract class Node { public abstract int Visit(int depth); public virtual string Label => "node"; }
        public sealed class Leaf : Node { public override int Visit(int depth) => depth; }

        public class Scene
        {
            private readonly IShape _first;
            private readonly Func<int, int> _twice = x => x * 2;

            public Scene(IShape first, Node node) : this(first, node.Visit(1)) { _first.Scale = node.Visit(2); }

            private Scene(IShape first, int depth) { _first = first; }

            public double Render(IShape[] shapes, List<IShape> list, IEnumerable<IShape> all, Node node)
            {
                double total = _first.Area() + shapes[0].Area(), other = shapes[1].Area();
                for (var i = 0; i < node.Visit(i) && list[i].Area() > 0; i += node.Visit(0))
                {
                    total += list[i].Area() * list[i].Scale;
                    list[i].Scale += _first.Area();
                    list[i].Scale = list[i].Scale * 2;
                }

                foreach (var s in all) { total += s.Area() + s[0]; }
                foreach (var s in list) { total += s.Area(); }
                foreach (var s in shapes) { total += s.Area(); }

                do { total -= node.Visit(3); } while (node.Visit(4) > total);
                while (node.Visit(5) < 0) { total++; }
                if (node.Visit(6) > 0 && _first.Area() > 0) { total += Local(node); } else if (node.Label.Length > 0) { total--; }

                Func<IShape, double> area = s => s.Area() + _twice(1);
                Func<IShape, double> scaled = s =>
                {
                    var a = s.Area();
                    return a * s.Scale;
                };
                total += all.Sum(s => s.Area()) + area(_first) + scaled(_first) + _twice(node.Visit(7));
                total += node switch { Leaf leaf => leaf.Visit(8), _ => node.Visit(9) + node.Visit(10) };
                switch (node.Visit(11))
                {
                    case 1 when node.Visit(12) > 0:
                        total += node.Visit(13);
                        break;
                }

                Action handler = () => { };
                _first.Changed += handler;
                _first.Changed -= handler;
                using (var e = all.GetEnumerator()) { total += e.MoveNext() ? e.Current.Area() : 0; }
                return total + other + Math.Max(node.Visit(14), node.Visit(node.Visit(15)));

                double Local(Node n) => n.Visit(16) + _first.Area();
            }

            public double Total => _first.Area() + _first.Area();

            public void Grow(IShape s, int n)
            {
                for (var i = 0; i < n; i++) { s.Scale *= 2; }
            }

            public double Pick(Node node, IShape s)
            {
                if (node.Visit(0) > 0) { return s.Area(); }
                else { return s.Scale; }
            }

            public double Guarded(IShape s)
            {
                try { return s.Area(); }
                finally { s.Scale = 0; }
            }

            public void Each(List<IShape> shapes)
            {
                foreach (var s in shapes)
                {
                    s.Scale = s.Area();
                }
            }

            public IEnumerable<double> Areas(IEnumerable<IShape> all)
            {
                foreach (var s in all)
                {
                    yield return s.Area();
                }
            }

            public async Task<double> LaterAsync(IShape s, Func<Task<double>> next)
            {
                var a = s.Area();
                a += await next();
                return a + s.Area();
            }
        }
        """;

    [Fact]
    public void DispatchedCalls_AreNumberedAsThePdbNumbersThem()
    {
        using var built = Built.Compile(Source);
        var tool = ToolSites(built.Assembly, built.Compilation);
        var analyzer = AnalyzerSites(built.Compilation, built.Tree);

        Assert.True(tool.Count > 60, $"only {tool.Count} dispatched calls in the PDB");
        var lines = built.Tree.GetText().Lines;
        foreach (var (key, span) in tool)
        {
            Assert.True(analyzer.TryGetValue(key, out var syntax), $"the analyzer has no call {key} (tool: line {span.Start.Line + 1})");
            Assert.True(syntax.Span.IntersectsWith(lines.GetTextSpan(span)) || syntax.Span.Contains(lines.GetTextSpan(span)), $"{key}: analyzer at line {syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1} '{syntax}', tool at line {span.Start.Line + 1}");
        }

        // The one call the tool files elsewhere: the Dispose of a foreach in an iterator runs in the state machine's
        // generated <>m__Finally method, which names no user member.
        Assert.Equal(
            new[] { ("M:Scene.Areas(System.Collections.Generic.IEnumerable{IShape})", "M:System.IDisposable.Dispose", 0) },
            analyzer.Keys.Where(k => IsDispatched(k.Callee, built.Compilation) && !tool.ContainsKey(k)));
    }

    [Fact]
    public void MemberSourceHashesAndDocumentChecksum_AreTheTools()
    {
        using var built = Built.Compile(Source);
        var pdb = built.Assembly.Pdb!;
        var reader = built.Assembly.Reader;
        var sources = new DispatchAnalyzers.Tool.Mapping.SourceText();
        var compared = 0;
        foreach (var method in reader.MethodDefinitions)
        {
            var id = DocIds.Method(reader, method)!;
            if (UserMembers.Of(built.Assembly, method) != method || DocumentationCommentId.GetFirstSymbolForDeclarationId(id, built.Compilation) is not IMethodSymbol member
                || pdb.BodySpan(method) is not { } body)
            {
                continue;
            }

            // A constructor that runs field initializers starts at the first initializer, in another declaration: its hash
            // covers text the analyzer does not take as the member's (such entries are trusted by document checksum only).
            if (body.StartLine < member.DeclaringSyntaxReferences[0].GetSyntax().GetLocation().GetLineSpan().StartLinePosition.Line + 1)
            {
                continue;
            }

            var document = pdb.Document(body.Document);
            var entry = new ProfileEntry("OrdinalProgram", "Scene.cs", document.ChecksumAlgorithm, document.Checksum, id, sources.Hash(document, body), "M:IShape.Area", 0, 1, null, 0, 0, []);
            Assert.True(SourceHashes.DocumentMatches(built.Tree.GetText(), entry), $"document checksum {document.ChecksumAlgorithm} {document.Checksum}");
            Assert.NotNull(entry.MemberSourceHash);
            Assert.True(SourceHashes.MemberHashes(member, CancellationToken.None).Contains(entry.MemberSourceHash!), $"{id}: the tool hashes lines {body.StartLine}:{body.StartColumn}-{body.EndLine}:{body.EndColumn}");
            compared++;
        }

        Assert.True(compared >= 9, $"only {compared} member hashes compared");
    }

    /// <summary>The program compiled with a portable PDB, beside its source file, and opened as the tool opens it.</summary>
    private sealed class Built : System.IDisposable
    {
        private readonly DirectoryInfo _directory;

        private Built(DirectoryInfo directory, SyntaxTree tree, Compilation compilation, AssemblyIndex assembly)
        {
            _directory = directory;
            Tree = tree;
            Compilation = compilation;
            Assembly = assembly;
        }

        public SyntaxTree Tree { get; }

        public Compilation Compilation { get; }

        public AssemblyIndex Assembly { get; }

        public static Built Compile(string source)
        {
            var directory = Directory.CreateTempSubdirectory("ordinals");
            var path = Path.Combine(directory.FullName, "Scene.cs");
            File.WriteAllText(path, source.Replace("\r\n", "\n"));
            using var stream = File.OpenRead(path);
            var text = Microsoft.CodeAnalysis.Text.SourceText.From(stream, System.Text.Encoding.UTF8, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm.Sha256);
            var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path);
            var compilation = CSharpCompilation.Create(
                "OrdinalProgram",
                new[] { tree },
                Basic.Reference.Assemblies.Net100.References.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
            var dll = Path.Combine(directory.FullName, "OrdinalProgram.dll");
            using (var pe = File.Create(dll))
            using (var pdb = File.Create(Path.ChangeExtension(dll, ".pdb")))
            {
                var emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: "OrdinalProgram.pdb"));
                Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            }

            return new Built(directory, tree, compilation, AssemblyIndex.TryOpen(dll)!);
        }

        public void Dispose()
        {
            Assembly.Dispose();
            _directory.Delete(recursive: true);
        }
    }

    /// <summary>The tool's key of every dispatched call in the IL, with the span of its sequence point.</summary>
    private static Dictionary<(string Member, string Callee, int Ordinal), Microsoft.CodeAnalysis.Text.LinePositionSpan> ToolSites(AssemblyIndex assembly, Compilation compilation)
    {
        var reader = assembly.Reader;
        var callSites = new CallSites();
        var sites = new Dictionary<(string, string, int), Microsoft.CodeAnalysis.Text.LinePositionSpan>();
        foreach (var method in reader.MethodDefinitions)
        {
            foreach (var instruction in assembly.Instructions(method) ?? [])
            {
                if (instruction.OpCode is not (IlInstructions.Call or IlInstructions.Callvirt)
                    || DocIds.Method(reader, MetadataTokens.EntityHandle(instruction.Operand)) is not { } callee
                    || !IsDispatched(callee, compilation)
                    || assembly.Pdb!.At(method, instruction.Offset) is not { } span)
                {
                    continue;
                }

                var member = UserMembers.Of(assembly, method);
                var ordinal = callSites.Ordinal(assembly, member, method, instruction.Offset, new CallSite("virtual", callee, IsCast: false));
                sites[(DocIds.Method(reader, member)!, callee, ordinal)] = new(new(span.StartLine - 1, span.StartColumn - 1), new(span.EndLine - 1, span.EndColumn - 1));
            }
        }

        return sites;
    }

    /// <summary>The analyzer's key of every call it numbers, in every member of the tree.</summary>
    private static Dictionary<(string Member, string Callee, int Ordinal), SyntaxNode> AnalyzerSites(Compilation compilation, SyntaxTree tree)
    {
        var semanticModel = compilation.GetSemanticModel(tree);
        var sites = new Dictionary<(string, string, int), SyntaxNode>();
        var bodies = tree.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax || n is ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax });
        foreach (var body in bodies)
        {
            var member = (IMethodSymbol?)semanticModel.GetDeclaredSymbol(body) ?? ((IPropertySymbol)semanticModel.GetDeclaredSymbol(body.Parent!)!).GetMethod!;
            if (semanticModel.GetOperation(body) is not { } root)
            {
                continue;
            }

            foreach (var (callee, ordinal, syntax) in CallOrdinals.For(root, CancellationToken.None).All)
            {
                sites[(member.GetDocumentationCommentId()!, callee.GetDocumentationCommentId()!, ordinal)] = syntax;
            }
        }

        return sites;
    }

    /// <summary>Interface, virtual and delegate members: the calls the runtime samples.</summary>
    private static bool IsDispatched(string calleeId, Compilation compilation)
        => DocumentationCommentId.GetFirstSymbolForDeclarationId(calleeId, compilation) is IMethodSymbol method
            && (method.ContainingType.TypeKind is TypeKind.Interface or TypeKind.Delegate || method.IsVirtual || method.IsAbstract || method.IsOverride)
            && method.ContainingType.SpecialType != SpecialType.System_Object;
}
