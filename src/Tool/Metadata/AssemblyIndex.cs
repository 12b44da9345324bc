using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DispatchAnalyzers.Tool.Metadata;

/// <summary>
/// One assembly opened for mapping: its methods by the name the runtime prints (<c>Ns.Type+Nested.Method</c>), their
/// IL and runtime-format signatures, and its PDB.
/// </summary>
internal sealed class AssemblyIndex : IDisposable
{
    private readonly PEReader pe;
    private readonly Dictionary<string, List<MethodDefinitionHandle>> methodsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<MethodDefinitionHandle, List<IlInstruction>?> instructions = [];

    private AssemblyIndex(string path, PEReader pe, MetadataReader reader)
    {
        Path = path;
        this.pe = pe;
        Reader = reader;
        var definition = reader.GetAssemblyDefinition();
        Name = reader.GetString(definition.Name);
        Mvid = reader.GetGuid(reader.GetModuleDefinition().Mvid);
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var typeName = TypeNames.Of(reader, typeHandle, TypeNames.RuntimeNestedSeparator);
            foreach (var methodHandle in reader.GetTypeDefinition(typeHandle).GetMethods())
            {
                var key = typeName + "." + reader.GetString(reader.GetMethodDefinition(methodHandle).Name);
                if (!methodsByName.TryGetValue(key, out var list))
                {
                    methodsByName[key] = list = [];
                }

                list.Add(methodHandle);
            }
        }

        Pdb = PdbSource.Open(pe, path);
    }

    public string Path { get; }

    public string Name { get; }

    public Guid Mvid { get; }

    public MetadataReader Reader { get; }

    /// <summary>The portable PDB, or <see langword="null"/> when the assembly has none the tool can read.</summary>
    public PdbSource? Pdb { get; }

    /// <summary>Opens a managed assembly; <see langword="null"/> for a native DLL or a reference assembly without IL.</summary>
    public static AssemblyIndex? TryOpen(string path)
    {
        var pe = new PEReader(File.OpenRead(path));
        try
        {
            if (pe.HasMetadata && pe.GetMetadataReader() is { IsAssembly: true } reader)
            {
                return new AssemblyIndex(path, pe, reader);
            }
        }
        catch (BadImageFormatException)
        {
            // Not a .NET assembly after all: nothing to map into it.
        }

        pe.Dispose();
        return null;
    }

    /// <summary>Methods named <paramref name="runtimeName"/> once the runtime's instantiation (<c>[System.__Canon]</c>) is removed.</summary>
    public IReadOnlyList<MethodDefinitionHandle> Find(string runtimeName) =>
        methodsByName.TryGetValue(RemoveInstantiations(runtimeName), out var list) ? list : [];

    public string RuntimeSignature(MethodDefinitionHandle method) =>
        RuntimeSignatureProvider.Render(Reader.GetMethodDefinition(method).DecodeSignature(RuntimeSignatureProvider.Instance, null));

    public MethodBodyBlock? Body(MethodDefinitionHandle method)
    {
        var rva = Reader.GetMethodDefinition(method).RelativeVirtualAddress;
        return rva == 0 ? null : pe.GetMethodBody(rva);
    }

    /// <summary>The method's decoded IL, cached; <see langword="null"/> when it has none or it does not decode.</summary>
    public IReadOnlyList<IlInstruction>? Instructions(MethodDefinitionHandle method)
    {
        if (!instructions.TryGetValue(method, out var list))
        {
            list = Body(method) is { } body ? IlInstructions.Decode(IlInstructions.Bytes(body)) : null;
            instructions[method] = list;
        }

        return list;
    }

    public void Dispose()
    {
        Pdb?.Dispose();
        pe.Dispose();
    }

    /// <summary><c>Holder`1[System.__Canon].Count</c> becomes <c>Holder`1.Count</c>: brackets hold instantiations only.</summary>
    public static string RemoveInstantiations(string name)
    {
        if (!name.Contains('['))
        {
            return name;
        }

        var result = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
