namespace JuneBudget.Templating;

/// <summary>
/// A template could not be parsed or rendered. The message starts with Scriban's own
/// “file(line,column) : error : …” and ends with one sentence on what to fix.
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message) : base(message) { }

    public TemplateException(string message, Exception inner) : base(message, inner) { }

    public TemplateException() { }

    internal const string FixParse = "请按行号和列号修改该模板文件的语法（例如未闭合的 {{ 或缺少 end），再重新生成。";
    internal const string FixRuntime = "请检查该位置引用的变量或函数名是否拼写正确、是否为模板数据中存在的字段，再重新生成。";
}
