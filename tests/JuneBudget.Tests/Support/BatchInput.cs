using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Input folders for whole-batch tests, written as real .xlsx files the way a department would
/// drop them: the bundled sample (2024 with its 2023 workbook), other units, broken files.
/// </summary>
internal sealed class BatchInput : IDisposable
{
    private readonly TempFolder _root = new();

    public BatchInput() => Directory.CreateDirectory(Input);

    public string Input => Path.Combine(_root.Path, "input");
    public string Output => Path.Combine(_root.Path, "output");

    /// <summary>The two committed sample workbooks (seed 004's unit, 2024 and 2023).</summary>
    public BatchInput WithSample()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "input"), "*.xlsx"))
            File.Copy(file, Path.Combine(Input, Path.GetFileName(file)));
        return this;
    }

    /// <summary>The sample 2024 workbook with one 主要原因 left out (so the draft needs input), plus 2023.</summary>
    public BatchInput WithSampleMissingReason(string key)
    {
        var reasons = Seed004Sample.Workbook2024().Reasons.ByKey.Where(r => r.Key != key).ToDictionary(r => r.Key, r => r.Value);
        return With("sample2024.xlsx", Seed004Sample.Workbook2024() with { Reasons = new ReasonBook(reasons) })
            .With("sample2023.xlsx", Seed004Sample.Workbook2023());
    }

    /// <summary>A second, different unit (a 部门 with a subordinate unit, a 基金 table, a vehicle purchase).</summary>
    public BatchInput WithSecondUnit(string fileName = "测试局2024.xlsx", string? unitName = null)
    {
        var workbook = SecondUnitSample.Workbook() with { PriorYearSheet = SecondUnitSample.Prior() };
        if (unitName is not null) workbook = workbook with { Unit = workbook.Unit with { Name = unitName } };
        return With(fileName, workbook);
    }

    public BatchInput With(string fileName, BudgetWorkbook workbook)
    {
        WorkbookWriter.Write(workbook, Path.Combine(Input, fileName));
        return this;
    }

    public BatchInput WithFile(string fileName, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(Input, fileName), content);
        return this;
    }

    public void Dispose() => _root.Dispose();
}
