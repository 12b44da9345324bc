using System.Collections.Immutable;
using static DispatchAnalyzers.Tests.FixShapes.Context;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>
/// Every context of the corpus: statements around the call in the loop body, or kernels that change the method or the
/// loop. Outcomes are pinned where they matter: a fix must stay offered in contexts that add nothing a rewrite has to
/// understand (plain, trivia, nesting, directives, blocks), and must not be offered where it can never be right.
/// </summary>
internal static class Contexts
{
    public static readonly ImmutableArray<Context> All = ImmutableArray.Create(
        Body("Plain", "total += shape.Area();").Expect(Expected.Fixed, "*"),
        Body("CommentsAndTrivia", """
            // Leading comment on the statement.
            total += /* before */ shape . Area ( ) /* after */; // trailing
            #region Region
            total += 0;
            #endregion
            """).Expect(Expected.Fixed, "*"),
        Body("ExpressionStatement", "shape.Area();\ntotal += 1;"),
        Body("IfOutVarUsedAfter", "if (shape.TryArea(step, out var a)) total += a;\ntotal += a * 2;"),
        Body("IfOutVarReturn", "if (shape.TryArea(step, out var a)) return a;\ntotal += a;"),
        Body("OutDiscardAndNamedOut", "_ = shape.TryArea(step, out _);\nint b;\nif (!shape.TryArea(k: step, area: out b)) total += b;"),
        Body("PatternVarUsedAfter", "if (shape.Area() is not (> 2 and var v)) continue;\ntotal += v;"),
        Body("IsPattern", "total += shape.Area() is > 10 and < 100 ? 2 : 1;"),
        Body("UsingDeclaration", "using var lease = shape.Open();\ntotal += lease.Value;").Expect(Expected.Fixed, "*"),
        Body("UsingStatement", "using (var lease = shape.Open())\n{\n    total += lease.Value;\n}").Expect(Expected.Fixed, "*"),
        Body("RefLocal", "ref int slot = ref shape.Slot(Log.Cells);\nslot += step;\ntotal += slot;"),
        Kernel("RefReturn", """
                public static ref int Run($PARAMS)
                {
                    $PRE
                    int total = 0;
                    $LOOP
                    {
                        ref int slot = ref shape.Slot(Log.Cells);
                        slot += ++total;
                        if (total > 1) return ref slot;
                    }
                    return ref Log.Cells[0];
                }
            """),
        Async("Await", "await Task.Yield();\ntotal += await shape.AreaAsync();"),
        Async("AwaitOnCall", "total += await shape.AreaAsync();"),
        Kernel("AsyncMethodAwaitBeforeLoop", """
                public static async Task<int> Run($PARAMS)
                {
                    $PRE
                    await Task.Yield();
                    int total = 0;
                    $LOOP
                    {
                        total += shape.Area();
                    }
                    return total;
                }
            """, "await Kernel.Run($ARGS)"),
        Async("AwaitForeach", "await foreach (var x in shape.Parts())\n{\n    total += x;\n}"),
        Kernel("YieldReturn", """
                public static IEnumerable<int> Run($PARAMS)
                {
                    $PRE
                    $LOOP
                    {
                        yield return shape.Area();
                    }
                }
            """),
        Body("NullConditional", "total += shape?.Area() ?? -1;"),
        // A struct-typed local cannot take ?. : retyping the local can never compile here.
        Body("NullConditionalBesideCall", "total += (shape?.Area() ?? -1) + shape.Area();").Expect(Expected.NotOffered, "DSP003.RetypeLocal"),
        Body("NullForgiving", "total += shape!.Area();"),
        Kernel("EmbeddedStatement", """
                public static int Run($PARAMS)
                {
                    $PRE
                    int total = 0;
                    $LOOP
                        total += shape.Area();
                    return total;
                }
            """).Expect(Expected.Fixed, "*"),
        Body("LambdaInLoop", "Func<int> get = () => shape.Area();\ntotal += get();"),
        Body("StaticLambdaInLoop", "Func<IShape, int> get = static s => s.Area();\ntotal += get(shape);"),
        Body("LambdaBesideCall", "Func<int> get = () => shape.Area();\ntotal += get() + shape.Area();"),
        Body("StaticLambdaBesideCall", "Func<IShape, int> get = static s => s.Area();\ntotal += get(shape) + shape.Area();"),
        Body("LocalFunctionBesideCall", "int Get(int extra) => shape.Area() + extra;\ntotal += Get(step) + shape.Area();"),
        Body("LocalFunctionInLoop", "int Get(int extra)\n{\n    return shape.Area() + extra;\n}\n\ntotal += Get(step);"),
        Body("ExpressionBodiedLocalFunction", "int Twice() => shape.Area() * 2;\ntotal += Twice();"),
        Kernel("ExpressionBodiedMemberLoopInLambda", """
                public static int Run($PARAMS) => Log.Apply(() =>
                {
                    $PRE
                    int total = 0;
                    $LOOP
                    {
                        total += shape.Area();
                    }
                    return total;
                });
            """),
        Kernel("LoopInLocalFunction", """
                public static int Run($PARAMS)
                {
                    return Inner();

                    int Inner()
                    {
                        $PRE
                        int total = 0;
                        $LOOP
                        {
                            total += shape.Area();
                        }
                        return total;
                    }
                }
            """),
        Body("GotoOutOfLoop", "if (shape.Area() > 40) goto Done;\ntotal += 1;", after: "Done:"),
        Body("GotoAndLabelInBody", "if (step % 2 == 0) goto Skip;\ntotal += shape.Area();\nSkip:\ntotal += 100;"),
        Kernel("LabelledLoop", """
                public static int Run($PARAMS)
                {
                    $PRE
                    int total = 0;
                    bool again = true;
                L:  $LOOP
                    {
                        total += shape.Area();
                    }
                    if (again)
                    {
                        again = false;
                        goto L;
                    }
                    return total;
                }
            """),
        Body("SwitchStatementOnCall", "switch (shape.Area() % 3)\n{\n    case 0: total += 1; break;\n    case 1: total += 10; break;\n    default: total += 100; break;\n}"),
        Body("CallInSwitchSection", "switch (step % 2)\n{\n    case 0:\n        total += shape.Area();\n        break;\n    default:\n        shape.Area();\n        break;\n}"),
        Body("SwitchExpressionArm", "total += (step % 3) switch { 0 => shape.Area(), 1 => -shape.Area(), _ => 0 };"),
        Body("SwitchExpressionSubject", "total += shape.Area() switch { > 10 => 1, _ => 2 };"),
        Body("CheckedExpression", "total = checked(total + shape.Area() * 100000000);"),
        // An overflow check on a running sum depends on the order of the terms: the split must not be offered.
        Body("CheckedBlock", "checked\n{\n    total += shape.Area();\n}").Expect(Expected.Fixed, "*").Expect(Expected.NotOffered, "DSP002.SplitByType"),
        Body("TupleDeconstruction", "var (a, b) = (shape.Area(), step);\ntotal += a * b;"),
        Body("TupleAssignment", "(total, step) = (total + shape.Area(), step + 1);"),
        Body("Stackalloc", "Span<int> buffer = stackalloc int[2];\nbuffer[step % 2] = shape.Area();\ntotal += buffer[0] + buffer[1];"),
        Body("FixedInUnsafeBlock", "unsafe\n{\n    fixed (int* cell = Log.Cells)\n    {\n        *cell += shape.Area();\n        total += *cell;\n    }\n}"),
        Body("UnsafeMethodPointer", "int* local = stackalloc int[1];\n*local = shape.Area();\ntotal += *local;", modifiers: "unsafe "),
        Body("NestedInnerLoop", "for (int m = 0; m < 2; m++)\n{\n    total += shape.Area() * (m + 1);\n}").Expect(Expected.Fixed, "*"),
        Kernel("NestedOuterLoop", """
                public static int Run($PARAMS)
                {
                    $PRE
                    int total = 0;
                    for (int rep = 0; rep < 2; rep++)
                    {
                        $LOOP
                        {
                            total += shape.Area() + rep;
                        }
                    }
                    return total;
                }
            """).Expect(Expected.Fixed, "*"),
        Body("IfDirectiveInBody", "#if NEVER_DEFINED\ntotal -= shape.Area() * 1000;\n#else\ntotal += shape.Area();\n#endif").Expect(Expected.Fixed, "*"),
        Kernel("IfDirectiveAroundLoop", """
                public static int Run($PARAMS)
                {
                    $PRE
                    int total = 0;
            #if !NEVER_DEFINED
                    $LOOP
                    {
                        total += shape.Area();
                    }
            #endif
                    return total;
                }
            """).Expect(Expected.Fixed, "*"),
        // A break makes what is visited depend on the order: the split must not be offered.
        Body("BreakAndContinue", "if (step > 3) break;\nif (shape.Area() % 2 == 0) continue;\ntotal += 1;").Expect(Expected.NotOffered, "DSP002.SplitByType"),
        Body("ReturnInBody", "if (shape.Area() > 40) return -total;\ntotal += 1;"),
        Body("ThrowInBody", "if (shape.Area() > 40) throw new InvalidOperationException(\"big\");\ntotal += 1;"),
        Body("TryCatchFinally", "try\n{\n    total += shape.Area();\n}\ncatch (ArgumentException)\n{\n    total -= 1000;\n}\nfinally\n{\n    Log.Lines.Add(\"f\");\n}").Expect(Expected.Fixed, "*"),
        Body("RefStruct", "var view = new View(shape.Area());\ntotal += view.Value;"),
        Body("TargetTypedNew", "Holder holder = new(shape.Area());\ntotal += holder.Value;"),
        Body("ConditionalOperator", "total += step % 2 == 0 ? shape.Area() : -1;"),
        Body("ShortCircuit", "if (step > 1 && shape.Area() > 5) total += 1;"),
        Body("EvaluationOrder", "total += Log.Trace(step) * 0 + shape.Area() + Log.Trace(-step) * 0;"),
        Body("Lock", "lock (Log.Lines)\n{\n    total += shape.Area();\n}").Expect(Expected.Fixed, "*"),
        Body("InterpolatedString", "Log.Lines.Add($\"a{shape.Area()}\");\ntotal += 1;"),
        Body("WhileConditionInBody", "int guard = 0;\nwhile (guard++ < 2 && shape.Area() > 0) total += 1;"));
}
