using System.Collections.Generic;
using System.Reflection.Metadata;
using DispatchAnalyzers.Tool.Metadata;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>
/// Attributes compiler-generated methods (lambdas <c>&lt;Main&gt;b__7_0</c>, local functions <c>&lt;Main&gt;g__Sum|7_0</c>,
/// iterator and async <c>MoveNext</c> of <c>&lt;Run&gt;d__3</c>) to the member the user wrote, which is what the
/// analyzers see: the containing member of a site is always a member that exists in source.
/// </summary>
internal static class UserMembers
{
    /// <summary>The user member <paramref name="method"/> belongs to (itself when it is not generated).</summary>
    public static MethodDefinitionHandle Of(AssemblyIndex assembly, MethodDefinitionHandle method)
    {
        var reader = assembly.Reader;
        var definition = reader.GetMethodDefinition(method);
        var name = reader.GetString(definition.Name);
        var type = definition.GetDeclaringType();
        var userName = GeneratedFrom(name);
        while (IsGenerated(reader, type))
        {
            userName ??= GeneratedFrom(reader.GetString(reader.GetTypeDefinition(type).Name));
            type = reader.GetTypeDefinition(type).GetDeclaringType();
        }

        // Not generated, or generated without a recognisable owner: the method stands for itself.
        if (userName is null || type.IsNil)
        {
            return method;
        }

        var candidates = new List<MethodDefinitionHandle>();
        foreach (var candidate in reader.GetTypeDefinition(type).GetMethods())
        {
            if (reader.GetString(reader.GetMethodDefinition(candidate).Name) == userName)
            {
                candidates.Add(candidate);
            }
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        // Overloads: the one whose body encloses the generated method's code in the source.
        var inner = assembly.Pdb?.BodySpan(method);
        foreach (var candidate in candidates)
        {
            if (inner is { } i && assembly.Pdb!.BodySpan(candidate) is { } outer && Encloses(outer, i))
            {
                return candidate;
            }
        }

        return method;
    }

    /// <summary>The methods whose calls count as the user member's own: it and everything generated from it.</summary>
    public static List<MethodDefinitionHandle> Family(AssemblyIndex assembly, MethodDefinitionHandle member)
    {
        var reader = assembly.Reader;
        var family = new List<MethodDefinitionHandle> { member };
        var pending = new Stack<TypeDefinitionHandle>();
        pending.Push(reader.GetMethodDefinition(member).GetDeclaringType());
        while (pending.Count > 0)
        {
            var type = reader.GetTypeDefinition(pending.Pop());
            foreach (var method in type.GetMethods())
            {
                if (method != member && IsGeneratedMethod(reader, method) && Of(assembly, method) == member)
                {
                    family.Add(method);
                }
            }

            foreach (var nested in type.GetNestedTypes())
            {
                if (IsGenerated(reader, nested))
                {
                    pending.Push(nested);
                }
            }
        }

        return family;
    }

    private static bool IsGeneratedMethod(MetadataReader reader, MethodDefinitionHandle method)
    {
        var definition = reader.GetMethodDefinition(method);
        return reader.GetString(definition.Name).StartsWith('<') || IsGenerated(reader, definition.GetDeclaringType());
    }

    private static bool IsGenerated(MetadataReader reader, TypeDefinitionHandle type) =>
        !type.IsNil && reader.GetString(reader.GetTypeDefinition(type).Name).StartsWith('<');

    /// <summary><c>&lt;Main&gt;b__7_0</c> gives <c>Main</c>; names without an owner (<c>&lt;&gt;c</c>) give null.</summary>
    private static string? GeneratedFrom(string name)
    {
        var close = name.IndexOf('>');
        return name.StartsWith('<') && close > 1 ? name[1..close] : null;
    }

    private static bool Encloses(SourceSpan outer, SourceSpan inner) =>
        outer.Document == inner.Document &&
        (outer.StartLine, outer.StartColumn).CompareTo((inner.StartLine, inner.StartColumn)) <= 0 &&
        (outer.EndLine, outer.EndColumn).CompareTo((inner.EndLine, inner.EndColumn)) >= 0;
}
