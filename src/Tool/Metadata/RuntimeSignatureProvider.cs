using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>
/// Renders a method signature the way the runtime's PGO dump does (<c>instance int32  (class Ns.IShape,!0[,],int32&amp;)</c>),
/// so overloads of a dumped method can be told apart by comparing strings.
/// </summary>
internal sealed class RuntimeSignatureProvider : ISignatureTypeProvider<string, object?>
{
    public static readonly RuntimeSignatureProvider Instance = new();

    public static string Render(MethodSignature<string> signature)
    {
        var prefix = (signature.Header.IsInstance ? "instance " : string.Empty) + (signature.Header.IsGeneric ? "generic " : string.Empty);
        return $"{prefix}{signature.ReturnType}  ({string.Join(",", signature.ParameterTypes)})";
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Boolean => "bool",
        PrimitiveTypeCode.Char => "wchar",
        PrimitiveTypeCode.SByte => "int8",
        PrimitiveTypeCode.Byte => "uint8",
        PrimitiveTypeCode.Int16 => "int16",
        PrimitiveTypeCode.UInt16 => "uint16",
        PrimitiveTypeCode.Int32 => "int32",
        PrimitiveTypeCode.UInt32 => "uint32",
        PrimitiveTypeCode.Int64 => "int64",
        PrimitiveTypeCode.UInt64 => "uint64",
        PrimitiveTypeCode.Single => "float32",
        PrimitiveTypeCode.Double => "float64",
        PrimitiveTypeCode.IntPtr => "native int",
        PrimitiveTypeCode.UIntPtr => "native uint",
        PrimitiveTypeCode.String => "class System.String",
        PrimitiveTypeCode.Object => "class System.Object",
        PrimitiveTypeCode.TypedReference => "typedbyref",
        _ => "void",
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        Kind(rawTypeKind) + TypeNames.Of(reader, handle, TypeNames.RuntimeNestedSeparator);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        Kind(rawTypeKind) + TypeNames.Of(reader, handle, TypeNames.RuntimeNestedSeparator);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        $"{genericType}<{string.Join(",", typeArguments)}>";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) =>
        elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr " + Render(signature);

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    private static string Kind(byte rawTypeKind) =>
        rawTypeKind == (byte)SignatureTypeKind.ValueType ? "value class " : "class ";

    /// <summary>Whether two renderings agree once runs of spaces are ignored (the runtime pads after the return type).</summary>
    public static bool SameSignature(string a, string b) =>
        a.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).SequenceEqual(b.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
}
