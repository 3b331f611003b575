namespace JuneBudget.Checking;

/// <summary>What kind of difference a finding reports.</summary>
public enum CheckKind
{
    /// <summary>A computed number differs from what the workbook gives now.</summary>
    WrongNumber,
    /// <summary>A number the template writes itself (a year) or a unit (万元) was changed.</summary>
    ChangedFixed,
    /// <summary>A computed number of a sentence is no longer there.</summary>
    MissingNumber,
    /// <summary>A number the generator did not write, and it equals nothing it could come from.</summary>
    AddedNumberWrong,
    /// <summary>A number the generator did not write and the checker cannot verify: for a person.</summary>
    AddedNumberUnchecked,
    /// <summary>A 【待补充…】 placeholder is still in the text.</summary>
    Placeholder,
    /// <summary>A sentence the generator writes is missing.</summary>
    MissingSentence,
    /// <summary>A section (heading) the generator writes is missing.</summary>
    MissingSection,
    /// <summary>The title, unit name or year differs from the workbook's.</summary>
    Identity,
    /// <summary>A statutory table or 自评表 differs from the workbook's (or is missing).</summary>
    Table,
    /// <summary>Inside a document without a workbook: a sentence disagrees with its own tables or arithmetic.</summary>
    Inconsistent,
}

/// <summary>How a finding counts: an error blocks publication; the rest is for a person to look at.</summary>
public enum CheckSeverity
{
    Error,
    Review,
}

/// <summary>One difference between a draft and the workbook.</summary>
/// <param name="Kind">What kind.</param>
/// <param name="Severity">Error or for review.</param>
/// <param name="Place">Where in the draft: 第二部分 五（三）第 4 项, or a table and cell.</param>
/// <param name="Message">The whole finding in one line, e.g. “…：文中 24.33%，按工作簿应为 27.03%（公开05表 D12）”.</param>
/// <param name="Sentence">The draft's sentence (or the expected one when it is missing from the draft).</param>
/// <param name="MarkStart">Offset in <paramref name="Sentence"/> of the text to mark; -1 when none.</param>
/// <param name="MarkLength">Length of the marked text.</param>
/// <param name="DraftValue">The draft's value as written; null when none.</param>
/// <param name="ExpectedValue">The value the workbook gives; null when none.</param>
/// <param name="Cells">The cells behind the expected value (full names).</param>
/// <param name="Page">PDF page; null for Word.</param>
public sealed record CheckFinding(
    CheckKind Kind,
    CheckSeverity Severity,
    string Place,
    string Message,
    string Sentence,
    int MarkStart,
    int MarkLength,
    string? DraftValue,
    string? ExpectedValue,
    IReadOnlyList<string> Cells,
    int? Page = null);
