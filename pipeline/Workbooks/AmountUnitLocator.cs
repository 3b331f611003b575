namespace JuneBudget.Workbooks;

/// <summary>
/// Finds a stated amount unit (“金额单位：元”, “单位：万元”) in the first rows of a sheet or table.
/// A stated unit overrides the cover's 金额单位 for that sheet or table.
/// </summary>
internal static class AmountUnitLocator
{
    public const decimal Wan = 1m;
    public const decimal Yuan = 10000m;

    /// <summary>The divisor to 万元 stated between the rows (inclusive), or null when none is stated.</summary>
    public static decimal? Find(SheetReader sheet, int fromRow, int toRow)
    {
        for (var r = Math.Max(fromRow, sheet.FirstRow); r <= Math.Min(toRow, sheet.LastRow); r++)
            for (var c = sheet.FirstColumn; c <= sheet.LastColumn; c++)
            {
                var text = LabelNormalizer.Normalize(sheet.Text(r, c));
                // Only a cell that states the unit (“金额单位：元”, or “部门：… 金额单位：元” in one
                // cell), never an instruction that merely mentions one.
                var stated = text.StartsWith("金额单位:", StringComparison.Ordinal) || text.StartsWith("单位:", StringComparison.Ordinal)
                    || text.StartsWith("部门:", StringComparison.Ordinal) && text.Contains("金额单位:", StringComparison.Ordinal);
                var at = text.LastIndexOf("单位:", StringComparison.Ordinal);
                if (!stated || at < 0)
                    continue;
                var unit = text[(at + 3)..];
                if (unit.StartsWith("万元", StringComparison.Ordinal)) return Wan;
                if (unit.StartsWith('元')) return Yuan;
            }
        return null;
    }

    /// <summary>The divisor of a cover's 金额单位 value (万元 when blank or unknown).</summary>
    public static decimal FromName(string unit) => LabelNormalizer.Normalize(unit) == "元" ? Yuan : Wan;
}
