using System.Reflection.Metadata;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>Full names of type definitions and references, with the caller's separator between nested types.</summary>
internal static class TypeNames
{
    /// <summary>The runtime's rendering: <c>Ns.Outer+Inner`1</c>.</summary>
    public const char RuntimeNestedSeparator = '+';

    /// <summary>Documentation-comment IDs: <c>Ns.Outer.Inner`1</c>.</summary>
    public const char DocIdNestedSeparator = '.';

    public static string Of(MetadataReader reader, TypeDefinitionHandle handle, char nestedSeparator)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return Of(reader, declaring, nestedSeparator) + nestedSeparator + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle, char nestedSeparator)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return Of(reader, (TypeReferenceHandle)type.ResolutionScope, nestedSeparator) + nestedSeparator + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Whether a type definition or reference is <c>System.MulticastDelegate</c>'s subclass by its base type.</summary>
    public static bool IsDelegate(MetadataReader reader, EntityHandle type)
    {
        if (type.Kind != HandleKind.TypeDefinition)
        {
            return false;
        }

        var baseType = reader.GetTypeDefinition((TypeDefinitionHandle)type).BaseType;
        return baseType.Kind == HandleKind.TypeReference &&
            Of(reader, (TypeReferenceHandle)baseType, '.') == "System.MulticastDelegate";
    }

    /// <summary>Whether a type definition is an interface.</summary>
    public static bool IsInterface(MetadataReader reader, EntityHandle type) =>
        type.Kind == HandleKind.TypeDefinition &&
        (reader.GetTypeDefinition((TypeDefinitionHandle)type).Attributes & System.Reflection.TypeAttributes.Interface) != 0;
}
