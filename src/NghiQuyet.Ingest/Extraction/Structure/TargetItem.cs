using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Structure;

/// <summary>One piece of text of an item: a source line (without its marker) and whether it opens a sub-line ("+", "-").</summary>
public sealed record ItemLine(int Number, string Text, bool OpensSubLine);

/// <summary>
/// A numbered item of the targets section ("(7) …" with its continuation and "+"/"-" sub-lines), or unnumbered text
/// (Label null), with the groups named by the heading it stands under.
/// </summary>
public sealed record TargetItem(string? Label, IReadOnlyList<TargetGroup> HeadingGroups, IReadOnlyList<ItemLine> Lines);
