using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// The numbering part, made on the first list: one bullet and one decimal definition, and one
/// numbering instance per ordered list so each list restarts at its own start number.
/// </summary>
internal sealed class WordLists(MainDocumentPart main)
{
    private const int BulletId = 1;
    private const int DecimalId = 2;
    private Numbering? numbering;
    private int lastNumId;

    public int Create(bool ordered, int start)
    {
        numbering ??= CreatePart();
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? DecimalId : BulletId }) { NumberID = ++lastNumId };
        if (ordered)
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        numbering.Append(instance);
        return lastNumId;
    }

    private Numbering CreatePart()
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        part.Numbering = new Numbering(Abstract(BulletId, false), Abstract(DecimalId, true));
        return part.Numbering;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 3; level++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = $"{640 * (level + 1) + 420}", Hanging = "420" }))
            { LevelIndex = level });
        }
        return abstractNum;
    }
}
