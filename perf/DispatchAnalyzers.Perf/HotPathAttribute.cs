using System;

namespace DispatchAnalyzers.Perf;

/// <summary>
/// Marks a method whose loops are hot. DispatchAnalyzers recognises it by its simple name (its default
/// <c>dispatch_analyzers.hot_path_attributes</c> list contains <c>HotPath</c>), as it would in user code.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class HotPathAttribute : Attribute;
