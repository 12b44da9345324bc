// The namespaces nearly every file of the analyzers imports (ImplicitUsings is off: these are the project's own choice).
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using System.Linq;
global using System.Threading;
global using DispatchAnalyzers.Model;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
global using Microsoft.CodeAnalysis.Operations;
