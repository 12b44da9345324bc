using System;

namespace DispatchDemo;

/// <summary>
/// Marks a method whose loops are hot. DSP001 matches attributes by simple name (<c>HotPath</c> or
/// <c>HotPathAttribute</c>, see <c>dispatch_analyzers.hot_path_attributes</c>), so any project can declare its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class HotPathAttribute : Attribute
{
}
