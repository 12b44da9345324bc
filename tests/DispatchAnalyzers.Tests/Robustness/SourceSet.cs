using System.Collections.Immutable;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Source files that compile together (a generated module, the sample, one rule-test input); the documents at
/// <see cref="Targets"/> are the ones variants break, the others stay as context.
/// </summary>
/// <param name="Weights">How often each target is picked, relative to the others (same length as <see cref="Targets"/>).</param>
internal sealed record SourceSet(string Name, ImmutableArray<(string Path, string Text)> Documents, ImmutableArray<int> Targets, ImmutableArray<int> Weights);
