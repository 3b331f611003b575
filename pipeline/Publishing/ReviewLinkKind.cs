namespace JuneBudget.Publishing;

/// <summary>What a link on a review page points to; templates/审核/共用.sbn names each kind.</summary>
internal enum ReviewLinkKind
{
    /// <summary>The Word draft.</summary>
    Word,
    /// <summary>The public HTML draft.</summary>
    Html,
    /// <summary>The review HTML (every number traced to its cells).</summary>
    ReviewHtml,
    /// <summary>审核清单.html.</summary>
    Checklist,
    /// <summary>校验结果.html.</summary>
    Findings,
    /// <summary>Any other draft, named by its extension.</summary>
    Other,
}
