namespace JuneBudget.Model;

/// <summary>One indicator row of a 自评表 (long format: one row per indicator).</summary>
public sealed record PerformanceIndicator(
    string Level1,
    string Level2,
    string Level3,
    string Target,
    string Actual,
    Quantity Weight,
    Quantity Score,
    string Deviation,
    SourceRef Source);
