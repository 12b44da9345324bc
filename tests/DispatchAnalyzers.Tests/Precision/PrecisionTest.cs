using System.Collections.Generic;
using System.Collections.Immutable;
using DispatchAnalyzers.Rules;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Precision;

/// <summary>
/// An analyzer test that runs every dispatch rule (DSP001, DSP002, DSP003, DSP005) together on one source, at the
/// options the test gives (none: the defaults a new user gets).
/// </summary>
internal sealed class PrecisionTest : CSharpAnalyzerVerifier<DispatchOnLoopInvariantReceiverAnalyzer>.Test
{
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
        => ImmutableArray.Create<DiagnosticAnalyzer>(
            new DispatchOnLoopInvariantReceiverAnalyzer(),
            new DispatchOnMixedCollectionElementAnalyzer(),
            new BoxedValueTypeDispatchAnalyzer(),
            new InterfaceCollectionEnumerationAnalyzer());
}
