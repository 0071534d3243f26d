using System.Globalization;

namespace BelongingInsights.Etl.Common;

/// <summary>
/// The schools a file's rows may be for. A row for a school outside the sender's scope is held back, never loaded, so an
/// upload cannot replace another school's rows. A row for a school that is not on the school lists loaded so far still
/// loads (a new school's first export may arrive before the list is updated), but the file's report warns once per
/// unknown URN, so a mistyped URN is caught before it becomes a school of its own.
/// </summary>
/// <param name="listed">The schools on the school lists; null when none has been loaded (then every URN is welcome).</param>
/// <param name="inScope">The schools in the sender's scope; null when the sender sees every school.</param>
public sealed class SchoolRegister(IReadOnlySet<int>? listed, IReadOnlySet<int>? inScope)
{
    public const string NotInScope = "This school is not in your scope: the row was not loaded.";

    private readonly HashSet<int> _warned = [];

    /// <summary>Whether a row for the school loads without a problem: it is in the sender's scope and on the school list.</summary>
    public bool LoadsQuietly(int urn) => inScope?.Contains(urn) != false && listed?.Contains(urn) != false;

    /// <summary>False, holding the row back, when the school is outside the sender's scope; warns once about an unlisted school.</summary>
    public bool Check(int urn, int line, string column, ProblemLog problems)
    {
        var value = urn.ToString(CultureInfo.InvariantCulture);
        if (inScope?.Contains(urn) == false)
        {
            problems.Reject(line, column, value, NotInScope);
            return false;
        }
        if (listed?.Contains(urn) == false && _warned.Add(urn))
            problems.Warn(line, column, value, "This URN is not on the school list: check it is the right school, or load an updated school list (a schools export).");
        return true;
    }
}
