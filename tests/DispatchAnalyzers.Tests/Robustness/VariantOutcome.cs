namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>What running one variant did: DSP diagnostics reported, code actions offered and applied, Fix All runs applied.</summary>
internal readonly record struct VariantOutcome(int Diagnostics, int ActionsOffered, int ActionsApplied, int FixAllsApplied);
