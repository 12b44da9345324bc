using System.Collections.Immutable;
using DispatchAnalyzers.CodeFixes;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>
/// What makes one rule report and one fix apply, with the receiver always named <c>shape</c>: the kernel's parameters,
/// the statements before the loop, the loop header, and the argument lists Main runs the kernel with (several concrete
/// types, null, an unexpected type, a call that throws).
/// </summary>
/// <param name="OrderFree">The fix is documented to change iteration order: Main prints logs and sequences sorted.</param>
/// <param name="GlobalConfig">Lines of the global analyzer config: build properties such as <c>build_property.PublishAot</c>.</param>
internal sealed record Scenario(
    string Name,
    string Parameters,
    string Preamble,
    string Loop,
    ImmutableArray<string> Cases,
    string EditorConfig = Scenario.AllLoopsHot,
    bool OrderFree = false,
    string GlobalConfig = "")
{
    /// <summary>A NativeAOT project: no Dynamic PGO, where DSP002's type switch is offered.</summary>
    public const string NoPgo = "build_property.PublishAot = true";

    /// <summary>Every loop hot, and one-type sites reported too (Dynamic PGO guards them; the fixes apply all the same).</summary>
    public const string AllLoopsHot = "dispatch_analyzers.hot_loop_scope = all\ndispatch_analyzers.report_single_type_sites = true";

    /// <summary>DSP001 and DSP003: an interface parameter dispatched in the loop; structs, classes, null and an unsealed type reach it.</summary>
    public static readonly Scenario ParameterReceiver = new(
        "ParameterReceiver",
        "IShape shape, int n",
        "",
        "for (int i = 0; i < n; i++)",
        ImmutableArray.Create("new Circle(2), 3", "new Square(3), 2", "new Dot(4), 3", "new Circle(-1), 1", "null!, 0", "null!, 2", "new Blob2(), 2"),
        AllLoopsHot + "\ndispatch_analyzers.max_hoisted_types = 8");

    /// <summary>DSP001: a local assigned two sealed types and null before the loop.</summary>
    public static readonly Scenario LocalReceiver = new(
        "LocalReceiver",
        "int k, int n",
        "IShape shape = new Circle(k);\nif (k > 2) shape = new Square(k);\nif (k == 0) shape = null!;",
        "for (int i = 0; i < n; i++)",
        ImmutableArray.Create("1, 3", "3, 2", "0, 2", "0, 0", "-1, 1"));

    /// <summary>DSP002 type switch (offered without Dynamic PGO only): elements of a list of several implementations, including a struct, null and unsealed types.</summary>
    public static readonly Scenario MixedElements = new(
        "MixedElements",
        "List<IShape> shapes",
        "",
        "foreach (var shape in shapes)",
        ImmutableArray.Create(
            "new List<IShape> { new Circle(1), new Square(2), new Circle(3) }",
            "new List<IShape> { new Square(1), new Dot(2), new Square(4) }",
            "new List<IShape> { new Circle(1), null! }",
            "new List<IShape> { new Blob2(), new Blob(), new Circle(1) }",
            "new List<IShape> { new Square(2), new Circle(-1) }",
            "new List<IShape>()"),
        AllLoopsHot + "\ndispatch_analyzers.mixed_collection_evidence = implementations\ndispatch_analyzers.max_hoisted_types = 8",
        GlobalConfig: NoPgo);

    /// <summary>DSP002 split: a local list filled with two sealed types, then iterated.</summary>
    public static readonly Scenario FilledLocalList = new(
        "FilledLocalList",
        "int k",
        "var shapes = new List<IShape>();\nfor (int j = 1; j <= k; j++)\n{\n    shapes.Add(new Circle(j));\n    if (j % 2 == 0) shapes.Add(new Square(j));\n}",
        "foreach (var shape in shapes)",
        ImmutableArray.Create("0", "1", "4"),
        OrderFree: true);

    /// <summary>
    /// DSP005: an interface-typed collection parameter enumerated in the loop; lists, a set, an array (tested after the
    /// others, so past the bound of two types it takes the original loop), null and an empty list reach it.
    /// </summary>
    public static readonly Scenario EnumeratedCollection = new(
        "EnumeratedCollection",
        "IEnumerable<IShape> shapes",
        "",
        "foreach (var shape in shapes)",
        ImmutableArray.Create(
            "new List<IShape> { new Circle(1), new Square(2), new Circle(3) }",
            "new List<IShape> { new Circle(2) }",
            "new IShape[] { new Square(1), new Dot(2), new Blob2() }",
            "new HashSet<IShape> { new Square(3), new Circle(-1) }",
            "new List<IShape>()",
            "null!"),
        AllLoopsHot + "\ndispatch_analyzers.DSP005.max_types = 2");

    /// <summary>DSP003 retype: a local holding a boxed mutable struct, dispatched in the loop.</summary>
    public static readonly Scenario BoxedLocal = new(
        "BoxedLocal",
        "int w, int n",
        "IShape shape = new Tally(w);",
        "for (int i = 0; i < n; i++)",
        ImmutableArray.Create("1, 3", "2, 0", "3, 2"));
}

/// <summary>One code action of one rule, tried on one scenario.</summary>
internal sealed record FixAction(string Name, string RuleId, string EquivalenceKey, Scenario Scenario)
{
    public static readonly ImmutableArray<FixAction> All = ImmutableArray.Create(
        new FixAction("DSP001.Hoist(parameter)", DiagnosticIds.DispatchOnLoopInvariantReceiver, DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey, Scenario.ParameterReceiver),
        new FixAction("DSP001.Hoist(local)", DiagnosticIds.DispatchOnLoopInvariantReceiver, DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey, Scenario.LocalReceiver),
        new FixAction("DSP001.MakeGeneric", DiagnosticIds.DispatchOnLoopInvariantReceiver, DispatchOnLoopInvariantReceiverCodeFixProvider.MakeGenericEquivalenceKey, Scenario.ParameterReceiver),
        new FixAction("DSP002.TypeSwitch", DiagnosticIds.DispatchOnMixedCollectionElement, DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchEquivalenceKey, Scenario.MixedElements),
        new FixAction("DSP002.SplitByType", DiagnosticIds.DispatchOnMixedCollectionElement, DispatchOnMixedCollectionElementCodeFixProvider.SplitByTypeEquivalenceKey, Scenario.FilledLocalList),
        new FixAction("DSP005.EnumerateConcrete", DiagnosticIds.InterfaceCollectionEnumeration, InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey, Scenario.EnumeratedCollection),
        new FixAction("DSP003.MakeGeneric", DiagnosticIds.BoxedValueTypeDispatch, BoxedValueTypeDispatchCodeFixProvider.MakeGenericEquivalenceKey, Scenario.ParameterReceiver),
        new FixAction("DSP003.RetypeLocal", DiagnosticIds.BoxedValueTypeDispatch, BoxedValueTypeDispatchCodeFixProvider.RetypeLocalEquivalenceKey, Scenario.BoxedLocal));
}
