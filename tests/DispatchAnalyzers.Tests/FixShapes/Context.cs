using System.Collections.Immutable;
using System.Linq;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>What a cell must end in, when it matters which of the two allowed outcomes it is.</summary>
internal enum Expected
{
    /// <summary>Either outcome: a fix that compiles and prints the same, or no action with the key at all.</summary>
    Either,

    /// <summary>The action must be offered (and then compile and print the same): a disappearing fix fails.</summary>
    Fixed,

    /// <summary>The action must not be registered.</summary>
    NotOffered,
}

/// <summary>
/// A place C# allows the flagged call in a loop: a kernel template (<c>$PARAMS</c>, <c>$PRE</c>, <c>$LOOP</c> come from
/// the scenario, the receiver is <c>shape</c>) and how Main turns the kernel's result into a value (<c>$ARGS</c>).
/// </summary>
internal sealed record Context(string Name, string Template, string Result, ImmutableDictionary<string, Expected> Expectations)
{
    private const string RunCall = "Kernel.Run($ARGS)";

    public string Kernel(Scenario scenario) => CellSource.Fill(Template, scenario);

    public Expected ExpectationFor(FixAction action) => Expectations.TryGetValue(action.Name, out var expected) ? expected : Expected.Either;

    /// <summary>Pins outcomes: <c>"*"</c> for every action, else action names.</summary>
    public Context Expect(Expected expected, params string[] actions)
    {
        var names = actions.Length == 1 && actions[0] == "*" ? FixAction.All.Select(action => action.Name).ToArray() : actions;
        return this with { Expectations = names.Aggregate(Expectations, (map, name) => map.SetItem(name, expected)) };
    }

    /// <summary>The call in the body of the loop of an ordinary method returning <c>total</c>; <paramref name="after"/> follows the loop.</summary>
    public static Context Body(string name, string body, string after = "", string modifiers = "")
        => Kernel(name, SyncKernel.Replace("MODIFIERS", modifiers).Replace("BODY", CellSource.Indent(body, 12)).Replace("AFTER", CellSource.Indent(after, 8)));

    /// <summary>The call in the loop of an <c>async Task&lt;int&gt;</c> method.</summary>
    public static Context Async(string name, string body)
        => Kernel(name, AsyncKernel.Replace("BODY", CellSource.Indent(body, 12)), "await " + RunCall);

    private const string SyncKernel = """
            public static MODIFIERSint Run($PARAMS)
            {
                $PRE
                int total = 0, step = 0;
                $LOOP
                {
                    step++;
        BODY
                }
        AFTER
                return total;
            }
        """;

    private const string AsyncKernel = """
            public static async Task<int> Run($PARAMS)
            {
                $PRE
                int total = 0, step = 0;
                $LOOP
                {
                    step++;
        BODY
                }
                return total;
            }
        """;

    /// <summary>A whole kernel, for contexts that change the method or the loop statement itself.</summary>
    public static Context Kernel(string name, string template, string result = RunCall)
        => new(name, template, result, ImmutableDictionary<string, Expected>.Empty);
}
