using JuneBudget.Model;

namespace JuneBudget.Format;

/// <summary>
/// One year's 公开说明 format, read from templates/公开说明/⟨year⟩/format.yaml by
/// <see cref="FormatLibrary"/>: what differs by year (headings and their order, which table is
/// 公开07/08/09表, number style, 名词解释 numbering, the generic 主要原因 keys, the templates in
/// document order). C# keeps no year switch: every year-dependent choice is asked of this object.
/// </summary>
public sealed class ReportFormat
{
    private readonly Dictionary<TableKind, (int Number, string Title)> tables;
    private readonly Dictionary<string, FormatSection> sections;

    internal ReportFormat(int year, string file, string shownFile, bool groupsThousands, bool termsNumbered,
        IReadOnlyList<string> templateFiles, IReadOnlyList<FormatSection> sectionList,
        IReadOnlyList<(TableKind Kind, string Title)> tableList, IReadOnlyList<string> reasonKeys)
    {
        Year = year;
        File = file;
        ShownFile = shownFile;
        GroupsThousands = groupsThousands;
        TermsNumbered = termsNumbered;
        TemplateFiles = templateFiles;
        Sections = sectionList;
        sections = sectionList.ToDictionary(s => s.Key, StringComparer.Ordinal);
        tables = tableList.Select((t, i) => (t.Kind, Entry: (i + 1, t.Title))).ToDictionary(t => t.Kind, t => t.Entry);
        TablesInOrder = [.. tableList.Select(t => t.Kind)];
        GenericReasonKeys = reasonKeys;
    }

    /// <summary>The format's year (its folder name), e.g. 2024.</summary>
    public int Year { get; }
    /// <summary>The full path of the format file.</summary>
    public string File { get; }
    /// <summary>The format file as messages name it: templates/公开说明/2024/format.yaml.</summary>
    public string ShownFile { get; }
    /// <summary>Thousands separators in the narrative's money and the tables' cells (7,138.31).</summary>
    public bool GroupsThousands { get; }
    /// <summary>第三部分 名词解释 numbered 一、二、… (2023 and later) or not (2022).</summary>
    public bool TermsNumbered { get; }
    /// <summary>§一 compares 收入总计 and 支出总计 with last year in two sentences (2022) instead of one (2023+).</summary>
    public bool SeparateTotals { get; init; }
    /// <summary>§四 compares 财政拨款收入 and 财政拨款支出 each with last year and with its 年初预算数 (2021) instead of one sentence (2023+).</summary>
    public bool SeparateFiscal { get; init; }
    /// <summary>With <see cref="SeparateFiscal"/>: the 年初预算数 compared with 财政拨款收入总计/支出总计 (2022, “财政拨款收入总计年初预算数…决算数…”) instead of 本年 收入/支出 (2021).</summary>
    public bool FiscalBudgetAgainstTotals { get; init; }
    /// <summary>§五(一) states the 年初预算数 comparison (and needs its 主要原因); 2022 states only last year's.</summary>
    public bool GeneralBudgetVsBudget { get; init; } = true;
    /// <summary>§五 states its changes and their 主要原因 (2022+); 2021 only lists each 项 by code, so asks none.</summary>
    public bool GeneralBudgetReasons { get; init; } = true;
    /// <summary>The templates, full paths, in document order.</summary>
    public IReadOnlyList<string> TemplateFiles { get; }
    /// <summary>Every heading in document order.</summary>
    public IReadOnlyList<FormatSection> Sections { get; }
    /// <summary>The nine tables in their published order (第四部分, 公开01表 … 公开09表).</summary>
    public IReadOnlyList<TableKind> TablesInOrder { get; }
    /// <summary>The 主要原因 keys every document of this format may need, whatever its figures (init writes them).</summary>
    public IReadOnlyList<string> GenericReasonKeys { get; }

    /// <summary>1-based position in 第四部分 and the number in “公开0N表”.</summary>
    public int Number(TableKind kind) => tables[kind].Number;

    /// <summary>The table's title as published in this format.</summary>
    public string Title(TableKind kind) => tables[kind].Title;

    /// <summary>“公开07表” and so on.</summary>
    public string Code(TableKind kind) => $"公开{Number(kind):00}表";

    /// <summary>The heading of a section key.</summary>
    /// <exception cref="KeyNotFoundException">The format has no such section (the loader checks the keys C# asks for).</exception>
    public FormatSection Section(string key) => sections[key];

    /// <summary>
    /// Where a sentence stands, as C-01's message names it: “第二部分 九、财政拨款“三公”经费支出决算情况说明”,
    /// a subsection adding its own heading (“…情况说明（一）…总体情况”).
    /// </summary>
    public string Location(string key)
    {
        // An optional subsection the format lacks (2021 §五 has no (一)(二)(三)) is located at its section.
        if (!sections.ContainsKey(key) && key.StartsWith(SectionKeys.GeneralBudget + "_", StringComparison.Ordinal)) key = SectionKeys.GeneralBudget;
        var section = Section(key);
        return section.Level switch
        {
            1 => section.Number,
            2 => (section.Parent is { } p ? Section(p).Number + " " : "") + section.Text,
            _ => Location(section.Parent!) + section.Text,
        };
    }

    public override string ToString() => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
