namespace BelongingInsights.Etl.Common;

/// <summary>
/// The schools of the school lists loaded so far. A row for a school that is not on them still loads (a new school's
/// first export may arrive before the list is updated), but the file's report warns once per unknown URN, so a
/// mistyped URN is caught before it becomes a school of its own.
/// </summary>
public sealed class SchoolRegister(IReadOnlySet<int> listed)
{
    private readonly HashSet<int> _warned = [];

    public bool Lists(int urn) => listed.Contains(urn);

    public void Check(int urn, int line, string column, ProblemLog problems)
    {
        if (listed.Contains(urn) || !_warned.Add(urn))
            return;
        problems.Warn(line, column, urn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "This URN is not on the school list: check it is the right school, or load an updated school list (a schools export).");
    }
}
