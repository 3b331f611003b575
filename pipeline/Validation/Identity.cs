namespace JuneBudget.Validation;

/// <summary>
/// A relation between two sums of figures, e.g. 公开05表 基本支出合计 = 人员经费合计 + 公用经费合计.
/// <see cref="Key"/> identifies the checked figure (table/row/column) in the finding.
/// </summary>
public sealed record Identity(IReadOnlyList<Term> Left, Relation Relation, IReadOnlyList<Term> Right, string Key)
{
    public static Identity Equal(Term total, IEnumerable<Term> parts, string key) => new([total], Relation.Equal, [.. parts], key);

    public static Identity Equal(Term left, Term right, string key) => new([left], Relation.Equal, [right], key);

    public static Identity AtMost(Term smaller, Term bound, string key) => new([smaller], Relation.AtMost, [bound], key);

    public IEnumerable<Term> Terms => Left.Concat(Right);
}
