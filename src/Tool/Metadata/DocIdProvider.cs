using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>
/// Renders signature types as in C# documentation-comment IDs (<c>System.Collections.Generic.List{`0}</c>,
/// <c>System.Int32@</c>, <c>``0[]</c>), the form Roslyn's <c>ISymbol.GetDocumentationCommentId()</c> produces.
/// </summary>
/// <param name="definitionsOnly">Render a generic instantiation as its definition (<c>IEnumerable`1</c>): how the
/// declaring type of a member is named in the member's ID.</param>
internal sealed class DocIdProvider(bool definitionsOnly) : ISignatureTypeProvider<string, object?>
{
    public static readonly DocIdProvider Types = new(definitionsOnly: false);

    public static readonly DocIdProvider Definitions = new(definitionsOnly: true);

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        _ => "System." + typeCode,
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        TypeNames.Of(reader, handle, TypeNames.DocIdNestedSeparator);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        TypeNames.Of(reader, handle, TypeNames.DocIdNestedSeparator);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
    {
        if (definitionsOnly)
        {
            return genericType;
        }

        // List`1 with arguments is written List{...}; a nested type's own arity marker is the last one.
        var tick = genericType.LastIndexOf('`');
        var name = tick < 0 ? genericType : genericType[..tick];
        return $"{name}{{{string.Join(",", typeArguments)}}}";
    }

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape)
    {
        var dimensions = new string[shape.Rank];
        for (var i = 0; i < shape.Rank; i++)
        {
            var lower = i < shape.LowerBounds.Length ? shape.LowerBounds[i] : 0;
            var size = i < shape.Sizes.Length ? shape.Sizes[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            dimensions[i] = lower.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + size;
        }

        return elementType + "[" + string.Join(",", dimensions) + "]";
    }

    public string GetByReferenceType(string elementType) => elementType + "@";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "=FUNC:" + signature.ReturnType;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;
}
