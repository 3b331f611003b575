namespace JuneBudget.Publishing;

/// <summary>What publishing did with one draft.</summary>
internal enum DraftOutcomeKind
{
    /// <summary>已写入: the file was new, or JuneBudget's own unedited earlier draft was replaced.</summary>
    Written,
    /// <summary>未变: the file already held exactly these bytes; nothing was rewritten.</summary>
    Unchanged,
    /// <summary>已另存: a reviewer had edited the file; it was kept and the new draft written beside it.</summary>
    KeptEditedWroteBeside,
    /// <summary>被占用: another program holds the file open (e.g. Word); nothing was written.</summary>
    Locked,
    /// <summary>失败: the file could not be written; the message says why.</summary>
    Failed,
}
