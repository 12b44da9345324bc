namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>One source file of a generated codebase: a relative path (with <c>/</c> separators) and its text.</summary>
public sealed record GeneratedFile(string Path, string Text, int Module);
