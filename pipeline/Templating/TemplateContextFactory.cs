using System.Globalization;
using System.Reflection;
using JuneBudget.Templating.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace JuneBudget.Templating;

/// <summary>
/// The only place a Scriban context is made (style.md §5): a fresh context per render, strict
/// variables, no relaxed access, limits, properties only, no include, no clock, invariant culture.
/// Globals, bottom to top: builtins, template functions (read-only), the view model (read-only),
/// and a scratch object where the templates' own assignments and functions land.
/// </summary>
internal static class TemplateContextFactory
{
    public static ParserOptions ParserOptions { get; } = new() { ExpressionDepthLimit = 100 };

    /// <summary>
    /// Scriban reads a model through <see cref="PropertyInfo.GetValue(object)"/> and calls our
    /// template functions through <see cref="MethodBase.Invoke(object, object[])"/>, for which .NET
    /// emits and JIT-compiles an invoke stub per method, cached on the MethodInfo. The runtime
    /// holds a type's reflection cache only weakly, so after a garbage collection the next render
    /// got new PropertyInfo objects and compiled every stub again, and the finalizer thread
    /// destroyed the old ones: in a 100-unit batch the finalizer thread alone took half as much
    /// time as the workers (a dotnet-trace profile, docs/performance.md), and 20 builds of the
    /// sample compiled ~15 stubs per property. Holding the properties of our own types (a few
    /// hundred, with their methods) keeps their caches, and so the stubs, alive for the run.
    /// </summary>
    private static readonly MemberInfo[][] ModelMembers = [.. typeof(TemplateContextFactory).Assembly.GetTypes()
        .Select(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))];

    /// <summary>A new context over <paramref name="viewModel"/> (a template-facing record).</summary>
    public static TemplateContext Create(object viewModel, CancellationToken token = default)
    {
        GC.KeepAlive(ModelMembers);
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins["date"] is ScriptObject date) date.Remove("now");
        if (builtins["math"] is ScriptObject math) { math.Remove("random"); math.Remove("uuid"); }
        builtins.Remove("include");
        builtins.Remove("include_join");
        builtins.Remove("html");   // one HTML escaping function: html_escape (HtmlFunctions)

        var context = new TemplateContext(builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableNullIndexer = false,
            LoopLimit = 100_000,
            RecursiveLimit = 20,
            LimitToString = 1_000_000,
            OutputLimit = 5_000_000,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = 10,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            MemberFilter = member => member is PropertyInfo,
            TemplateLoader = null,
            CancellationToken = token,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(Functions);
        var model = new ScriptObject();
        model.Import(viewModel, filter: member => member is PropertyInfo);
        model.IsReadOnly = true;
        context.PushGlobal(model);
        context.PushGlobal(new ScriptObject());
        return context;
    }

    private static ScriptObject Functions
    {
        get
        {
            var functions = new ScriptObject();
            functions.Import(typeof(FormatFunctions));
            functions.Import(typeof(MarkdownFunctions));
            functions.Import(typeof(HtmlFunctions));
            functions.IsReadOnly = true;
            return functions;
        }
    }
}
