namespace JuneBudget.Publishing;

/// <summary>
/// Runs one function per unit over a batch, in parallel up to the processor count. A unit that
/// throws becomes a failed result with a Chinese message and the others go on; results come
/// back in input order whatever order the units finished in, so everything downstream (index
/// page, exit code, log summary) is deterministic.
/// </summary>
internal static class BatchRunner
{
    /// <summary>
    /// Processes <paramref name="units"/> with <paramref name="process"/>. Only cancellation of
    /// <paramref name="cancellationToken"/> ends the batch early (with <see cref="OperationCanceledException"/>).
    /// </summary>
    /// <param name="units">The units, in the order results are wanted.</param>
    /// <param name="nameOf">The unit's name for progress and messages.</param>
    /// <param name="process">The per-unit work; it receives the batch's cancellation token.</param>
    /// <param name="progress">Told after each unit finishes, with n of N increasing.</param>
    /// <param name="maxParallelism">At most this many units at once; 0 means <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops starting new units.</param>
    public static async Task<IReadOnlyList<BatchItemResult<TResult>>> RunAsync<TUnit, TResult>(
        IReadOnlyList<TUnit> units,
        Func<TUnit, string> nameOf,
        Func<TUnit, CancellationToken, TResult> process,
        IProgress<BatchProgress>? progress = null,
        int maxParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(nameOf);
        ArgumentNullException.ThrowIfNull(process);
        var results = new BatchItemResult<TResult>[units.Count];
        var completed = 0;
        var gate = new Lock();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        await Parallel.ForEachAsync(Enumerable.Range(0, units.Count), options, (index, token) =>
        {
            var result = RunOne(index, units[index], nameOf, process, token);
            results[index] = result;
            lock (gate)
            {
                // Counting and reporting under one lock keeps "n of N" increasing for the reporter.
                completed++;
                progress?.Report(new BatchProgress(completed, units.Count, result.UnitName, !result.Succeeded, result.ErrorMessage));
            }

            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        return results;
    }

    /// <summary>Blocking form of <see cref="RunAsync"/> for the command line.</summary>
    public static IReadOnlyList<BatchItemResult<TResult>> Run<TUnit, TResult>(
        IReadOnlyList<TUnit> units,
        Func<TUnit, string> nameOf,
        Func<TUnit, CancellationToken, TResult> process,
        IProgress<BatchProgress>? progress = null,
        int maxParallelism = 0,
        CancellationToken cancellationToken = default) =>
        RunAsync(units, nameOf, process, progress, maxParallelism, cancellationToken).GetAwaiter().GetResult();

    private static BatchItemResult<TResult> RunOne<TUnit, TResult>(
        int index, TUnit unit, Func<TUnit, string> nameOf, Func<TUnit, CancellationToken, TResult> process, CancellationToken token)
    {
        var name = $"第 {index + 1} 个单位";
        try
        {
            name = nameOf(unit);
            return new BatchItemResult<TResult>(index, name, process(unit, token), null, null);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new BatchItemResult<TResult>(index, name, default, $"处理“{name}”时出错：{ex.Message}", ex);
        }
    }
}
