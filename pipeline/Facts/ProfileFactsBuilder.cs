using System.Text.RegularExpressions;
using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>第一部分 单位概况.</summary>
internal static partial class ProfileFactsBuilder
{
    public static ProfileFacts Build(FactsContext ctx)
    {
        var profile = ctx.Current.Profile;
        var departments = profile.Departments.Where(d => !d.IsBlank).ToList();
        return new ProfileFacts
        {
            // The template numbers the paragraphs; a number typed in the cell is dropped to avoid “（1）(1)”.
            Functions = [.. profile.Functions.Where(f => !f.IsBlank).Select(f => LeadingNumber().Replace(f.Value.Trim(), ""))],
            Departments = [.. departments.Select(d => d.Value.Trim())],
            DepartmentCount = ctx.Count(new Sourced(departments.Count, [.. departments.Where(d => d.Source is not null).Select(d => d.Source!)])),
            MemberUnits = [.. profile.MemberUnits.Select(m => new MemberUnitFacts(m.Number, m.Name.Trim(), m.Nature.Trim()))],
            Subordinates = [.. profile.MemberUnits.Select(m => m.Name.Trim()).Where(n => n != ctx.Current.Unit.Name.Trim())],
            Staff = Staff(ctx, profile.Staff, profile.PriorStaff),
        };
    }

    private static StaffFacts Staff(FactsContext ctx, StaffCounts now, StaffCounts? before) => new()
    {
        Total = ctx.Count(now.Total),
        Active = ctx.Count(now.Active),
        Administrative = now.Administrative is null ? null : ctx.Count(now.Administrative),
        Institutional = now.Institutional is null ? null : ctx.Count(now.Institutional),
        ActiveChange = before is null ? null : ctx.Change(now.Active, before.Active, FigureKind.Count),
        Veteran = ctx.Count(now.Veteran),
        VeteranChange = before is null ? null : ctx.Change(now.Veteran, before.Veteran, FigureKind.Count),
        Retired = ctx.Count(now.Retired),
        RetiredChange = before is null ? null : ctx.Change(now.Retired, before.Retired, FigureKind.Count),
    };

    [GeneratedRegex(@"^\s*(?:[（(]\s*\d+\s*[)）]|\d+\s*[.、．])\s*")]
    private static partial Regex LeadingNumber();
}
