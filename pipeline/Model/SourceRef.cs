namespace JuneBudget.Model;

/// <summary>Where a value came from: workbook file name, sheet and A1 cell. Every amount carries one.</summary>
public sealed record SourceRef(string File, string Sheet, string Cell)
{
    /// <summary>Chinese form used in every message: 《文件》工作表“表”单元格 A1.</summary>
    public override string ToString() => $"{File}，工作表“{Sheet}”，单元格 {Cell}";
}
