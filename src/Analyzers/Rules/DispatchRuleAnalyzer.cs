using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// What every rule's analyzer does the same way: one descriptor, no generated code, concurrent execution, and a
/// compilation-start action that hands the rule the compilation's shared <see cref="DispatchModel"/>.
/// </summary>
public abstract class DispatchRuleAnalyzer : DiagnosticAnalyzer
{
    private protected DispatchRuleAnalyzer(DiagnosticDescriptor rule)
    {
        SupportedDiagnostics = ImmutableArray.Create(rule);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        // Generated code is not analyzed. Diagnostics are not filtered by location afterwards: a rule reports only inside
        // the code it analyzed, and the filter would scan every token of each reported tree for [GeneratedCode].
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => Register(start, DispatchModel.For(start.Compilation, start.Options, ProfileSource.Cached(start.TryGetValue))));
    }

    /// <summary>Registers the rule's actions for one compilation.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext start, DispatchModel model);

    /// <summary>
    /// Calls <paramref name="analyze"/> for every dispatch site (<see cref="DispatchSite"/>) in a loop. Code outside loops
    /// is never hot, so only loops are visited; each operation once, from its nearest loop. A large loop body is many
    /// operations and each site may search the compilation: the token is checked before each one. After an edit, the
    /// searches bind the loop's own file with the driver's model of it (<see cref="Model.NullableFreeModels.Share"/>).
    /// </summary>
    private protected static void RegisterDispatchSitesInLoops(
        CompilationStartAnalysisContext start, DispatchModel model, Action<OperationAnalysisContext, DispatchSite, DispatchModel> analyze)
        => start.RegisterOperationAction(
            context =>
            {
                if (context.Operation.SemanticModel is { } semanticModel)
                {
                    model.References.ShareDriverModel(semanticModel, context.CancellationToken);
                }

                foreach (var operation in HotLoopModel.OperationsDirectlyInside((ILoopOperation)context.Operation))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (operation.Kind is OperationKind.Invocation or OperationKind.PropertyReference && DispatchSite.TryCreate(operation, out var site))
                    {
                        analyze(context, site, model);
                    }
                }
            },
            OperationKind.Loop);

    /// <summary><c>IShape.Area</c>, or <c>JToken.this[]</c> for an indexer: how messages name a dispatched member.</summary>
    private protected static string MemberDisplay(ISymbol member)
        => member is IPropertySymbol { IsIndexer: true }
            ? member.ContainingType.Name + ".this[]"
            : member.ContainingType.Name + "." + member.Name;

    /// <summary>The members of one line's finding (<see cref="SameLineSites"/>): <c>Shape.Width, Shape.Height</c>.</summary>
    private protected static string MemberDisplay(ImmutableArray<ISymbol> members) => string.Join(", ", members.Select(MemberDisplay));

    /// <summary>A local, parameter or field name as C# writes it: <c>@this</c> for a keyword.</summary>
    private protected static string NameDisplay(ISymbol symbol)
        => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(symbol.Name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + symbol.Name : symbol.Name;
}
