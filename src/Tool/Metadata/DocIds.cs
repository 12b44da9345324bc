using System.Reflection.Metadata;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>
/// Documentation-comment IDs (<c>M:Ns.Type.Method(System.Int32)</c>, <c>T:Ns.Outer.Inner`1</c>) for members and types
/// found in metadata, always of the definition: a call to <c>IEnumerable&lt;int&gt;.GetEnumerator</c> is
/// <c>M:System.Collections.Generic.IEnumerable`1.GetEnumerator</c>.
/// </summary>
internal static class DocIds
{
    /// <summary>The ID of a method definition, reference or instantiation; <see langword="null"/> for other handles.</summary>
    public static string? Method(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return Compose(
                    Type(reader, definition.GetDeclaringType())!,
                    reader.GetString(definition.Name),
                    definition.GetGenericParameters().Count,
                    definition.DecodeSignature(DocIdProvider.Types, null));
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)handle);
                if (reference.GetKind() != MemberReferenceKind.Method)
                {
                    return null;
                }

                var signature = reference.DecodeMethodSignature(DocIdProvider.Types, null);
                var parent = Type(reader, reference.Parent);
                return parent is null ? null : Compose(parent, reader.GetString(reference.Name), signature.GenericParameterCount, signature);
            case HandleKind.MethodSpecification:
                return Method(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                return null;
        }
    }

    /// <summary>The name of a type definition, reference or specification without the <c>T:</c> prefix.</summary>
    public static string? Type(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => TypeNames.Of(reader, (TypeDefinitionHandle)handle, TypeNames.DocIdNestedSeparator),
        HandleKind.TypeReference => TypeNames.Of(reader, (TypeReferenceHandle)handle, TypeNames.DocIdNestedSeparator),
        HandleKind.TypeSpecification =>
            reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(DocIdProvider.Definitions, null),
        _ => null,
    };

    /// <summary>A method's name as it appears in an ID: dots (<c>.ctor</c>, explicit implementations) become <c>#</c>.</summary>
    public static string EscapeName(string name) =>
        name.Replace('.', '#').Replace('<', '{').Replace('>', '}').Replace(',', '@');

    private static string Compose(string type, string name, int genericArity, MethodSignature<string> signature)
    {
        var id = "M:" + type + "." + EscapeName(name);
        if (genericArity > 0)
        {
            id += "``" + genericArity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (signature.ParameterTypes.Length > 0)
        {
            id += "(" + string.Join(",", signature.ParameterTypes) + ")";
        }

        // Conversion operators are overloaded on their return type, so their IDs carry it.
        if (name is "op_Implicit" or "op_Explicit")
        {
            id += "~" + signature.ReturnType;
        }

        return id;
    }
}
