using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP003's "declare the local with the struct's type" fix, decided: <c>IShape s = dot;</c> becomes <c>Dot s = dot;</c>.
/// The analyzer offers the fix exactly when <see cref="Create"/> returns a plan; the fixer builds the same plan on the
/// current document and applies it without further checks.
/// </summary>
internal sealed class RetypeLocalPlan
{
    private RetypeLocalPlan(VariableDeclarationSyntax declaration, INamedTypeSymbol structType)
    {
        Declaration = declaration;
        StructType = structType;
    }

    public VariableDeclarationSyntax Declaration { get; }

    public INamedTypeSymbol StructType { get; }

    /// <summary>
    /// The plan, or null when retyping could change behaviour or would not compile: the declaration parses cleanly; the local is declared alone by a plain declaration statement with an explicit type; every value stored
    /// into it is the same named struct, implicitly boxed; it is used only as the receiver of interface members, and each
    /// such access binds to the same implementation when made on the struct (an implicit, public implementation that no
    /// other member of that name can outbid, called with positional arguments only).
    /// </summary>
    public static RetypeLocalPlan? Create(ILocalSymbol local, ImmutableArray<IOperation> storedValues, ReceiverUses uses, CancellationToken cancellationToken)
    {
        // Only a plain `IShape s = ...;` declaration, of a local used only as a receiver, can change its type alone.
        if (local.IsRef || local.IsConst || storedValues.IsEmpty || uses.Escapes
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax
            {
                Parent: VariableDeclarationSyntax { Variables.Count: 1, Type.IsVar: false, Parent: LocalDeclarationStatementSyntax statement } declaration,
            }
            || statement.UsingKeyword.IsKind(SyntaxKind.UsingKeyword) || statement.Modifiers.Count > 0 || !SyntaxGuard.ParsesCleanly(statement))
        {
            return null;
        }

        INamedTypeSymbol? structType = null;
        foreach (var value in storedValues)
        {
            if (value is not IConversionOperation { IsImplicit: true } conversion
                || !OperationFacts.IsBoxingToInterface(conversion, out var valueType)
                || valueType is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named
                || (structType is not null && !SymbolEqualityComparer.Default.Equals(structType, named)))
            {
                // A null, a class, an explicit cast or a second struct type: no one struct type holds every value.
                return null;
            }

            structType = named;
        }

        return structType is not null && uses.MemberAccesses.All(access => BindsToSameImplementation(access, structType))
            ? new RetypeLocalPlan(declaration, structType)
            : null;
    }

    private static bool BindsToSameImplementation(IOperation access, INamedTypeSymbol structType)
    {
        var (member, arguments) = access switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod.ConstructedFrom, invocation.Arguments),
            IPropertyReferenceOperation property => ((ISymbol)property.Property, property.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        // Object's members, extension-like shapes and events: not worth the risk.
        if (member is null || member.ContainingType?.TypeKind != TypeKind.Interface)
        {
            return false;
        }

        // Omitted optionals take the interface's defaults, names the interface's parameter names: both may differ on the struct.
        if (arguments.Any(a => a.ArgumentKind != ArgumentKind.Explicit || a.Syntax is ArgumentSyntax { NameColon: not null }))
        {
            return false;
        }

        var implementation = structType.FindImplementationForInterfaceMember(member);
        // A default interface member, an explicit implementation or one of another name is not what `s.M()` binds to.
        if (implementation is null || implementation.ContainingType.TypeKind == TypeKind.Interface
            || implementation.DeclaredAccessibility != Accessibility.Public || implementation.Name != member.Name)
        {
            return false;
        }

        // Another member of that name (an overload, a property hiding it) could win overload resolution on the struct.
        for (var type = (ITypeSymbol?)structType; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(member.Name).Any(m => !SymbolEqualityComparer.Default.Equals(m, implementation)))
            {
                return false;
            }
        }

        return true;
    }
}
