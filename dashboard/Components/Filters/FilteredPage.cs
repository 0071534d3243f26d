using BelongingInsights.Dashboard.Access;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using Microsoft.AspNetCore.Components;

namespace BelongingInsights.Dashboard.Components.Filters;

/// <summary>
/// A page whose figures follow the filter bar: the filters come from the URL's query (so a bookmark, a pasted link and
/// the back button restore them) and the page loads again whenever they change.
/// </summary>
public abstract class FilteredPage : ComponentBase
{
    [Inject]
    private CallerScope Caller { get; set; } = default!;

    [SupplyParameterFromQuery(Name = FilterQuery.Trust)]
    public string? Trust { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.School)]
    public int? School { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Phase)]
    public string? Phase { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Year)]
    public string? Year { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Term)]
    public string? Term { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Wave)]
    public string? Wave { get; set; }

    [SupplyParameterFromQuery(Name = FilterQuery.Group)]
    public string? Group { get; set; }

    protected AccessScope Scope { get; private set; } = AccessScope.Nothing;

    protected DashboardFilter Filter { get; private set; } = DashboardFilter.None;

    private bool _loaded;
    private object? _loadedRoute;

    /// <summary>What the page's route names beyond the filters (a school's URN), so a new one loads the page again.</summary>
    protected virtual object? Route => null;

    protected override async Task OnParametersSetAsync()
    {
        var filter = new DashboardFilter(Blank(Trust), School, Blank(Phase), Blank(Year), Blank(Term), Blank(Wave), Blank(Group));
        if (_loaded && filter == Filter && Equals(Route, _loadedRoute))
            return;
        Filter = filter;
        _loadedRoute = Route;
        Scope = await Caller.GetAsync();
        _loaded = true;
        Load();
    }

    /// <summary>Runs the page's queries for <see cref="Scope"/> and <see cref="Filter"/>.</summary>
    protected abstract void Load();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
