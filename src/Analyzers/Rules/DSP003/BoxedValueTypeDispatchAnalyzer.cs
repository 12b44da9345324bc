using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>DSP003: a value type converted to an interface whose members are then dispatched in a hot loop.</summary>
/// <remarks>
/// For every implicit conversion that boxes a value type into an interface it looks at where the box goes. Into an
/// argument: the callee (an ordinary, non-virtual method in source, <see cref="ParameterDispatchIndex"/>) must use the
/// parameter only to call interface members on it, and either the conversion is in a hot loop (one allocation per
/// iteration) or the callee makes such a call in a hot loop of its own. Into a local of interface type: every value
/// stored into the local is a boxed value type, the local is used only as a receiver, and one of its interface calls
/// is in a hot loop; a dispatch profile that measured those calls cold silences it, and measured calls add their
/// shares to the message (<see cref="MeasuredVerdict"/>). Conversions in cold code (catch, finally, throw, static constructors) are left alone even when
/// the callee loops. A parameter of generic type is never boxed by this conversion's kind (inference picks the struct),
/// and boxes that are stored, passed on or compared are needed: neither is reported. The fixes offered are
/// the plans that hold: making the callee generic (<see cref="GenericParameterPlan"/>) or declaring the local with the
/// struct's type (<see cref="RetypeLocalPlan"/>), written by <see cref="Dsp003Properties"/>.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class BoxedValueTypeDispatchAnalyzer : DispatchRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(
        DiagnosticIds.BoxedValueTypeDispatch,
        title: "Value type boxed to an interface and dispatched in a hot loop",
        messageFormat: "'{0}' is boxed to '{1}' {2}",
        DiagnosticSeverity.Warning,
        description: "Converting a struct to an interface allocates a box, and every call through the interface is a dispatch "
            + "the JIT cannot inline. Passed to a method generic over a type parameter constrained to the interface, the "
            + "struct gets code of its own: no allocation, direct calls, inlining. Make the callee generic, or declare the "
            + "local with the struct's own type.");

    public BoxedValueTypeDispatchAnalyzer()
        : base(Rule)
    {
    }

    /// <summary>
    /// One callback per conversion: the driver walks each block's operations once for every operation action, while a
    /// block callback walking them again costs more than the callbacks it saves (Markdig: 0.30 s against 0.13 s).
    /// </summary>
    private protected override void Register(CompilationStartAnalysisContext start, DispatchModel model)
        => start.RegisterOperationAction(
            c => Analyze((IConversionOperation)c.Operation, new BlockContext(c.ContainingSymbol, c.ReportDiagnostic, c.CancellationToken), model),
            OperationKind.Conversion);

    private static void Analyze(IConversionOperation conversion, BlockContext context, DispatchModel model)
    {
        // An explicit cast is deliberate, and a generic callee would still receive the interface.
        if (!conversion.IsImplicit || !OperationFacts.IsBoxingToInterface(conversion, out var valueType))
        {
            return;
        }

        // Error paths and static constructors, even when what they call loops.
        if (HotLoopModel.IsInColdCode(conversion, context.ContainingSymbol))
        {
            return;
        }

        var options = model.GetOptions(conversion.Syntax.SyntaxTree, context.CancellationToken);
        var makeGeneric = false;
        RetypeLocalPlan? retypeLocal = null;
        MeasuredVerdict measured = default;
        var where = conversion.Parent switch
        {
            IArgumentOperation { Parameter: { } parameter } argument when argument.Value == conversion
                => DescribeArgument(conversion, parameter, context, model, options, out makeGeneric),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } declared } }
                => DescribeLocal(declared, context, model, model.GetFacts(conversion), options, out retypeLocal, out measured),
            ISimpleAssignmentOperation { IsRef: false, Target: ILocalReferenceOperation { Local: { } assigned } } assignment when assignment.Value == conversion
                => DescribeLocal(assigned, context, model, model.GetFacts(conversion), options, out retypeLocal, out measured),
            // Returned, stored in a field or collection, passed to a method we cannot read: the box is needed or unknown.
            _ => null,
        };
        if (where is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            conversion.Operand.Syntax.GetLocation(),
            measured.Severity(Rule.DefaultSeverity),
            additionalLocations: null,
            Dsp003Properties.Write(makeGeneric, retypeLocal),
            valueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            conversion.Type!.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            where));
    }

    /// <summary>What the analysis of one conversion needs from its callback.</summary>
    private readonly struct BlockContext
    {
        public BlockContext(ISymbol containingSymbol, Action<Diagnostic> reportDiagnostic, CancellationToken cancellationToken)
        {
            ContainingSymbol = containingSymbol;
            ReportDiagnostic = reportDiagnostic;
            CancellationToken = cancellationToken;
        }

        public ISymbol ContainingSymbol { get; }

        public Action<Diagnostic> ReportDiagnostic { get; }

        public CancellationToken CancellationToken { get; }
    }
}
