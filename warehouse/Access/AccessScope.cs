namespace BelongingInsights.Warehouse.Access;

/// <summary>
/// The schools a caller may see: every school, or the schools of some trusts (by <c>dim_school.trust</c>, read when the
/// query runs, so a school that joins a trust is seen at once) and some schools by URN. Every query a caller's request
/// runs filters by it in its SQL, through <see cref="Parameters"/> and the macros of <c>Functions/access_scope.sql</c>.
/// </summary>
public sealed record AccessScope
{
    private AccessScope(bool allSchools, IReadOnlyList<string> trusts, IReadOnlyList<int> urns)
    {
        AllSchools = allSchools;
        Trusts = trusts;
        Urns = urns;
    }

    public static AccessScope Everything { get; } = new(true, [], []);

    public static AccessScope Nothing { get; } = new(false, [], []);

    public bool AllSchools { get; }

    public IReadOnlyList<string> Trusts { get; }

    public IReadOnlyList<int> Urns { get; }

    public static AccessScope Of(IEnumerable<string> trusts, IEnumerable<int> urns) =>
        new(false, trusts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), urns.Distinct().Order().ToList());

    /// <summary>The SQL parameters <c>$scope_all</c>, <c>$scope_trusts</c> and <c>$scope_urns</c> the scope macros take.</summary>
    public (string Name, object? Value)[] Parameters =>
        [("scope_all", AllSchools), ("scope_trusts", Trusts.ToList()), ("scope_urns", Urns.ToList())];
}
