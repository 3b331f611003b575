using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.SampleInput;

/// <summary>
/// Writes a sample model with <see cref="WorkbookWriter"/> and adds the notes of
/// <see cref="Seed004Notes"/> and the transcriber's 备注 as cell comments (comments are never read
/// as data).
/// </summary>
internal static class SampleWorkbookWriter
{
    public static void Write(BudgetWorkbook model, string path)
    {
        using var workbook = WorkbookWriter.Build(model, blankZeros: false);
        // The seed 004 samples predate the 整体自评 sheets and have no 自评报告: the committed inputs carry
        // none, and a regeneration must give the same workbooks (not three blank sheets more).
        if (model.SelfReport is null)
            foreach (var name in new[] { SheetNames.整体自评, SheetNames.整体自评项目, SheetNames.整体自评指标 })
                workbook.Worksheet(name).Delete();
        foreach (var note in Seed004Notes.For(model.Unit.Year))
            Comment(workbook.Worksheet(note.Sheet).Cell(note.Cell), note.Text);
        if (model.Projects.Count > 0)
        {
            var notes = Seed004SelfEvaluations.Notes();
            var sheet = workbook.Worksheet(SheetNames.绩效自评项目);
            foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > 3))
                if (notes.TryGetValue(row.Cell(1).GetString(), out var text)) Comment(row.Cell(1), "转录备注：" + text);
        }
        workbook.SaveAs(path);
    }

    private static void Comment(IXLCell cell, string text)
    {
        cell.Comment.Author = "JuneBudget 样例";
        cell.Comment.AddText(text);
    }
}
