namespace JuneBudget.Format;

/// <summary>
/// The shape of format.yaml as YamlDotNet reads it (underscored names). Checked and turned into a
/// <see cref="ReportFormat"/> by <see cref="FormatLibrary"/>; an unknown key is an error, so a
/// misspelt key is refused instead of silently ignored.
/// </summary>
internal sealed class FormatFile
{
    /// <summary>The format's year; must equal the folder name.</summary>
    public int Year { get; set; }
    /// <summary>A sibling folder under 公开说明 whose templates serve where this folder has none (shared wording lives once).</summary>
    public string? Shared { get; set; }
    public NumberStyle Numbers { get; set; } = new();
    public TermStyle Terms { get; set; } = new();
    public ComparisonStyle Comparisons { get; set; } = new();
    /// <summary>Template file names in document order.</summary>
    public List<string> Templates { get; set; } = [];
    public List<SectionEntry> Sections { get; set; } = [];
    /// <summary>The nine tables in published order: the first is 公开01表.</summary>
    public List<TableEntry> Tables { get; set; } = [];
    public List<string> ReasonKeys { get; set; } = [];

    internal sealed class NumberStyle
    {
        public bool Thousands { get; set; }
    }

    internal sealed class ComparisonStyle
    {
        /// <summary>§一: “combined” (one 收入支出总体 sentence, 2023+) or “separate” (收入总计 and 支出总计 each, 2022).</summary>
        public string Totals { get; set; } = "combined";
        /// <summary>§四: “combined” (one 财政拨款收入支出总体 sentence and the 支出 budget, 2023+) or “separate”
        /// (财政拨款收入 and 财政拨款支出 each against last year and each against its 年初预算数, 2021).</summary>
        public string Fiscal { get; set; } = "combined";
        /// <summary>§四 separate: the 年初预算数 against “this_year” (本年财政拨款收入/支出, 2021) or “totals” (收入总计/支出总计, 2022).</summary>
        public string FiscalBudget { get; set; } = "this_year";
        /// <summary>§五(一) compares 一般公共预算财政拨款支出 with its 年初预算数 too (2023+), or only with last year (2022).</summary>
        public bool GeneralBudgetVsBudget { get; set; } = true;
        /// <summary>§五 states its changes with their 主要原因 (2022+), or only lists its 项 by code (2021).</summary>
        public bool GeneralBudgetReasons { get; set; } = true;
    }

    internal sealed class TermStyle
    {
        public bool Numbered { get; set; }
    }

    internal sealed class SectionEntry
    {
        public string Key { get; set; } = "";
        public string Id { get; set; } = "";
        public int Level { get; set; }
        public string Number { get; set; } = "";
        public string Title { get; set; } = "";
    }

    internal sealed class TableEntry
    {
        public string Kind { get; set; } = "";
        public string Title { get; set; } = "";
    }
}
