namespace JuneBudget.Model;

/// <summary>
/// The nine public tables, by what they are rather than by their code: the codes of
/// 07/08/09 changed in 2024 (see <see cref="JuneBudget.Format.TableCatalog"/>).
/// </summary>
public enum TableKind
{
    /// <summary>收入支出决算总表 (公开01表).</summary>
    IncomeExpenditureSummary,
    /// <summary>收入决算表 (公开02表).</summary>
    Income,
    /// <summary>支出决算表 (公开03表).</summary>
    Expenditure,
    /// <summary>财政拨款收入支出决算总表 (公开04表).</summary>
    FiscalSummary,
    /// <summary>一般公共预算财政拨款支出决算表 (公开05表).</summary>
    GeneralBudget,
    /// <summary>一般公共预算财政拨款基本支出决算表 (公开06表).</summary>
    GeneralBudgetBasic,
    /// <summary>政府性基金预算财政拨款收入支出决算表 (公开07表 from 2024, 08 before).</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算财政拨款收入支出决算表 (公开08表 from 2024, 09 before).</summary>
    StateCapital,
    /// <summary>财政拨款“三公”经费支出决算表 (公开09表 from 2024, 07 before).</summary>
    ThreePublic,
}
