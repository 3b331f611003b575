using JuneBudget.Cli;
using JuneBudget.Discovery;
using JuneBudget.Publishing;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>What one unit of `validate` or `check` left behind: errors in what it found, files it could not write.</summary>
/// <param name="Errors">An error finding (or an unreadable workbook, an unchecked draft).</param>
/// <param name="WriteProblems">A result file was locked or could not be written: the run failed as a tool (exit 1, as `build`).</param>
internal readonly record struct UnitTally(bool Errors, bool WriteProblems)
{
    public static UnitTally operator |(UnitTally a, UnitTally b) => new(a.Errors || b.Errors, a.WriteProblems || b.WriteProblems);

    public int ExitCode => WriteProblems ? ExitCodes.Failure : Errors ? ExitCodes.ValidationErrors : ExitCodes.Ok;
}

/// <summary>
/// The loop of the commands that take the units one after another (`validate`, `check`; `build`
/// runs them in parallel through <see cref="BatchRunner"/>): each unit read when its turn comes
/// (memory does not grow with the folder), and one unit's defect is that unit's failure, named
/// with the log file; the others still run.
/// </summary>
internal static class UnitByUnit
{
    public static UnitTally Run(IEnumerable<PlannedUnit> units, OutputSession session, Func<PlannedUnit, UnitTally> one)
    {
        var tally = default(UnitTally);
        foreach (var unit in units)
        {
            try
            {
                tally |= one(unit);
            }
            catch (Exception ex)
            {
                session.Log.Error(ex, "处理“{Unit}”时出错：{Message}（详细信息见日志 {Log}）", unit.Unit.Name, ex.Message, session.LogFile);
                tally |= new UnitTally(true, false);
            }
        }
        return tally;
    }

    /// <summary>
    /// Logs each file of <paramref name="published"/> that was not written (locked by Word, a failed write; the
    /// message names the file) and the folder's notes; the tally says whether there was one.
    /// </summary>
    public static UnitTally Published(ILogger log, PublishResult published)
    {
        foreach (var file in published.Files.Where(f => f.IsProblem)) log.Error("{Message}", file.Message);
        foreach (var note in published.Notes) log.Warning("{Message}", note);
        return new UnitTally(false, published.HasProblems);
    }
}
