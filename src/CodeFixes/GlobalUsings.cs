// The namespaces nearly every file of the code fixes imports (ImplicitUsings is off: these are the project's own choice).
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;
global using DispatchAnalyzers.CodeFixes.Rewriting;
global using DispatchAnalyzers.Model;
global using DispatchAnalyzers.Rules;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CodeActions;
global using Microsoft.CodeAnalysis.CodeFixes;
global using Microsoft.CodeAnalysis.CSharp;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
