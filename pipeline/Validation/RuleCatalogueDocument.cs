using System.Text;
using JuneBudget.Validation.Reports;

namespace JuneBudget.Validation;

/// <summary>
/// docs/validation-rules-catalogue.md as generated from <see cref="RuleCatalogue"/>: a test fails
/// when the committed document and the catalogue differ.
/// </summary>
public static class RuleCatalogueDocument
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Validation rule catalogue\n\n")
            .Append("Generated from `pipeline/Validation/RuleCatalogue.cs` (the test `RuleCatalogueTests` keeps this file in\n")
            .Append("step; copy `validation-rules-catalogue.received.md` over it after reading the diff). The rules\n")
            .Append("implement [the rule design](reference/validation-rules.md) §B1, §B2 and §B4 plus the cross-year, 自评表 and\n")
            .Append("key–value-sheet checks. Ids are stable. A money difference within max(0.01, n × 0.005) 万元 (n\n")
            .Append("parts; at the figures' own precision when they carry more decimals) is reported as a rounding note\n")
            .Append("under the same id. Besides the rules: `V-MAX` (too many findings, the rest cut) and `V-ERR` (a rule\n")
            .Append("failed; its findings are missing).\n\n")
            .Append("| id | severity | description |\n|---|---|---|\n");
        foreach (var rule in RuleCatalogue.All)
        {
            text.Append("| ").Append(rule.Info.Id).Append(" | ").Append(FindingsReport.Name(rule.Info.Severity)).Append(" | ")
                .Append(rule.Info.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }
        return text.ToString();
    }
}
