namespace JuneBudget.Model;

/// <summary>How much a finding matters. Only <see cref="Error"/> makes a draft unpublishable.</summary>
public enum Severity
{
    Error,
    Warning,
    /// <summary>A difference explained by rounding n parts to 2 decimals (≤ max(0.01, n × 0.005) 万元).</summary>
    RoundingNote,
    /// <summary>A 主要原因 the document needs is missing; <see cref="Finding.Key"/> says which.</summary>
    NeedsReason,
}
