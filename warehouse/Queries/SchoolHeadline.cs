namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One of a school's headline measures (the questionnaire's named with its questionnaire): the school's own figure at
/// its first and its latest period, with the change and their 95% intervals and n (<see cref="School"/>: the overview's
/// tiles for the school alone, one or two of them), and beside it the same for its trust (<see cref="Trust"/>) and for
/// every school the caller may see (<see cref="Programme"/>), each null when the caller may not see every school of it.
/// </summary>
public sealed record SchoolHeadline(string Measure, IReadOnlyList<OverviewTile> School, HeadlineView? Trust, HeadlineView? Programme);

/// <summary>
/// A view beside a school's headline, <see cref="Area"/> in words ("All schools", "All schools of …"): the overview's
/// tiles for that view's own aggregate figure (none when it has no figure for the measure). A hidden figure has no
/// value and its reason.
/// </summary>
public sealed record HeadlineView(string Area, IReadOnlyList<OverviewTile> Tiles);
