using JuneBudget.Model;

namespace JuneBudget.Tests.Workbooks;

/// <summary>
/// Compares two models by what a reader can recover (amounts, counts, texts, keys), never by
/// SourceRefs: the in-memory sample has none, a read model has one for every value. Unlisted
/// table cells and a blank 上年数 sheet count as zero.
/// </summary>
internal static class ModelDifferences
{
    public static List<string> Between(BudgetWorkbook expected, BudgetWorkbook actual)
    {
        var d = new List<string>();
        void Same<T>(string what, T a, T b)
        {
            if (EqualityComparer<T>.Default.Equals(a, b)) return;
            // Name only the differing parts of a flattened record or list.
            var (x, y) = ($"{a}".Split(';', '|'), $"{b}".Split(';', '|'));
            var parts = Enumerable.Range(0, Math.Max(x.Length, y.Length))
                .Select(i => (A: i < x.Length ? x[i] : "∅", B: i < y.Length ? y[i] : "∅")).Where(p => p.A != p.B).Take(3);
            d.Add($"{what}: " + string.Join("；", parts.Select(p => $"应为 {p.A}，读回 {p.B}")));
        }
        void Texts(string what, IEnumerable<string> a, IEnumerable<string> b) => Same(what, string.Join("|", a), string.Join("|", b));

        var (u, v) = (expected.Unit, actual.Unit);
        Same("单位", (u.Name, u.Year, u.Format, u.HasSubordinateUnits, u.SelfReference, u.Nature), (v.Name, v.Year, v.Format, v.HasSubordinateUnits, v.SelfReference, v.Nature));
        Texts("主要职能", expected.Profile.Functions.Select(t => t.Value), actual.Profile.Functions.Select(t => t.Value));
        Texts("内设机构", expected.Profile.Departments.Select(t => t.Value), actual.Profile.Departments.Select(t => t.Value));
        Texts("决算单位构成", expected.Profile.MemberUnits.Select(m => $"{m.Number}{m.Name}{m.Nature}"), actual.Profile.MemberUnits.Select(m => $"{m.Number}{m.Name}{m.Nature}"));
        Same("人员", Staff(expected.Profile.Staff), Staff(actual.Profile.Staff));
        Same("上年人员", Staff(expected.Profile.PriorStaff), Staff(actual.Profile.PriorStaff));

        foreach (var kind in Format.TableCatalog.All) Table(d, kind, expected.Tables[kind], actual.Tables[kind]);
        Same("预算数", Flat(expected.Budgets), Flat(actual.Budgets));
        Same("三公统计", Flat(expected.ThreePublic), Flat(actual.ThreePublic));
        Same("其他事项", Flat(expected.Other), Flat(actual.Other));
        Texts("车辆分类", expected.Other.VehiclesByCategory.Select(c => $"{c.Category}{N(c.Count.Value)}"), actual.Other.VehiclesByCategory.Select(c => $"{c.Category}{N(c.Count.Value)}"));
        Same("预算绩效", Flat(expected.Performance), Flat(actual.Performance));
        Texts("自评表", expected.Projects.Select(Flat), actual.Projects.Select(Flat));
        Texts("主要原因", Reasons(expected.Reasons), Reasons(actual.Reasons));
        Texts("上年数", Prior(expected.PriorYearSheet), Prior(actual.PriorYearSheet));
        return d;
    }

    private static void Table(List<string> d, TableKind kind, StatutoryTable expected, StatutoryTable actual)
    {
        var keys = expected.Rows.Select(r => r.Key).Union(actual.Rows.Select(r => r.Key));
        foreach (var key in keys)
        {
            var (a, b) = (expected.Row(key), actual.Row(key));
            if (a?.Code is not null && b is null) { d.Add($"{kind} 缺行 {key}"); continue; }
            if (a is null && b?.Code is not null) { d.Add($"{kind} 多出行 {key}"); continue; }
            if (a?.Code is not null && a.Label != b!.Label) d.Add($"{kind} {key} 名称：{a.Label} / {b.Label}");
            var columns = (a?.Values.Keys ?? []).Union(b?.Values.Keys ?? []);
            foreach (var column in columns)
            {
                var (x, y) = (a?[column].Value ?? 0m, b?[column].Value ?? 0m);
                if (x != y) d.Add($"{kind} {key}/{column}: 应为 {x}，读回 {y}");
            }
        }
    }

    /// <summary>A decimal without its scale: 2,356.40 read back is 2,356.4, the same value.</summary>
    private static string N(decimal value) => value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    private static string Staff(StaffCounts? s) => s is null ? "" :
        $"{s.Total.Value}/{s.Active.Value}/{s.Administrative?.Value}/{s.Institutional?.Value}/{s.Veteran.Value}/{s.Retired.Value}";

    /// <summary>Every Amount, Quantity, TextValue and string property, by name, in declaration order.</summary>
    private static string Flat(object record) => string.Join(";", record.GetType().GetProperties()
        .Where(p => p.GetIndexParameters().Length == 0)
        .Select(p => (p.Name, Value: p.GetValue(record)))
        .Select(p => p.Value switch
        {
            Amount a => $"{p.Name}={N(a.Value)}",
            Quantity q => $"{p.Name}={N(q.Value)}",
            TextValue t => $"{p.Name}={t.Value}",
            FundingLine f => $"{p.Name}={N(f.InitialBudget.Value)}/{N(f.FullYearBudget.Value)}/{N(f.Executed.Value)}",
            string s => $"{p.Name}={s}",
            IEnumerable<PerformanceIndicator> list => $"{p.Name}=" + string.Join(",", list.Select(i =>
                $"{i.Level1}/{i.Level2}/{i.Level3}/{i.Target}/{i.Actual}/{N(i.Weight.Value)}/{N(i.Score.Value)}/{i.Deviation}")),
            _ => null,
        })
        .Where(s => s is not null));

    private static IEnumerable<string> Reasons(ReasonBook book) =>
        book.ByKey.Where(e => !e.Value.IsBlank).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value.Value}");

    private static IEnumerable<string> Prior(PriorYearFigures? prior) => prior is null ? [] :
        prior.Figures.Where(f => f.Value.Value != 0m).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={N(f.Value.Value)}")
            .Concat(prior.GeneralBudgetItems.Concat(prior.GovernmentFundItems).Concat(prior.StateCapitalItems)
                .Select(i => $"{i.Code}{i.Name}={N(i.Amount.Value)}"));
}
