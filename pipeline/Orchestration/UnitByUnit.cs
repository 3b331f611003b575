using JuneBudget.Cli;
using JuneBudget.Discovery;
using JuneBudget.Model;
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
    /// <param name="one">The work on a unit whose workbooks were read (the planned unit, what reading found, the unit read); a unit that could
    /// not be read counts by its reading's errors and <paramref name="one"/> is not called.</param>
    public static UnitTally Run(IEnumerable<PlannedUnit> units, OutputSession session, Format.FormatLibrary formats, Func<PlannedUnit, LoadedUnit, UnitYear, UnitTally> one)
    {
        var tally = default(UnitTally);
        foreach (var unit in units)
        {
            try
            {
                var loaded = Load(session.Log, unit, formats);
                tally |= loaded.Unit is { } read ? one(unit, loaded, read) : new UnitTally(loaded.Findings.Any(f => f.Severity == Severity.Error), false);
            }
            catch (Exception ex)
            {
                session.Log.Error(ex, "处理“{Unit}”时出错：{Message}（详细信息见日志 {Log}）", unit.Unit.Name, ex.Message, session.LogFile);
                tally |= new UnitTally(true, false);
            }
        }
        return tally;
    }

    /// <summary>The unit's workbooks read when its turn comes, and what reading found logged.</summary>
    public static LoadedUnit Load(ILogger log, PlannedUnit planned, Format.FormatLibrary formats)
    {
        var loaded = UnitLoader.Load(planned, formats);
        RunLog.Read(log, planned.Current.FileName, loaded);
        return loaded;
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
