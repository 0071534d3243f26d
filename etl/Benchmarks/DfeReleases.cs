using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Benchmarks;

/// <summary>The DfE statistics files loaded as national, regional and local-authority benchmarks.</summary>
public static class DfeReleases
{
    public static readonly ColumnSpec TimePeriod = new("time_period", true, "year");
    public static readonly ColumnSpec TimeIdentifier = new("time_identifier", false, "term");

    /// <summary>Optional: the older national tables have no level column, and every row of them is England's.</summary>
    public static readonly ColumnSpec Level = new("geographic_level", false, "level");
    public static readonly ColumnSpec CountryCode = new("country_code", false);
    public static readonly ColumnSpec CountryName = new("country_name", false, "country");
    public static readonly ColumnSpec RegionCode = new("region_code", false);
    public static readonly ColumnSpec RegionName = new("region_name", false);
    public static readonly ColumnSpec NewLaCode = new("new_la_code", false);
    public static readonly ColumnSpec OldLaCode = new("old_la_code", false, "la_code");
    public static readonly ColumnSpec LaName = new("la_name", false);
    public static readonly ColumnSpec Phase = new("phase", true, "school_type", "education_phase");

    /// <summary>The characteristic's group: <c>characteristic_group</c> (EES), <c>breakdown_topic</c>, or <c>characteristic_desc</c> (statistical first releases).</summary>
    public static readonly ColumnSpec CharacteristicGroup = new("characteristic_group", false, "breakdown_topic", "characteristic_desc");

    /// <summary>The characteristic itself; the first releases split a crossing over <c>characteristic_1</c> and <c>characteristic_2</c>.</summary>
    public static readonly ColumnSpec Characteristic = new("characteristic", false, "breakdown", "characteristic_1");

    public static readonly ColumnSpec CharacteristicDetail = new("characteristic_2", false);

    /// <summary>
    /// The current termly absence releases by characteristic name the group <c>characteristic</c> (SEN provision) and
    /// the value <c>characteristic_breakdown</c> (EHC plan).
    /// </summary>
    public static readonly ColumnSpec CharacteristicBreakdown = new("characteristic_breakdown", false);

    /// <summary>
    /// Columns some current releases break down by instead of one characteristic column, one column per characteristic
    /// (<c>fsm</c>, <c>sen_status</c>, <c>sex</c>, <c>nc_year</c>, <c>ethnicity_minor</c>...): a row's characteristic is
    /// the crossing of those that are not <c>Total</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> FilterColumns = new HashSet<string>(
        new[]
        {
            "fsm", "fsm_eligibility", "fsm_status", "disadvantage", "disadvantage_status", "sen_status", "sen_provision", "sex",
            "gender", "nc_year", "year_group", "ethnicity_major", "ethnicity_minor", "first_language", "language",
        }.Select(HeaderName.Normalise));

    /// <summary>Columns that describe a row rather than measure it; never stored as measures.</summary>
    public static readonly IReadOnlySet<string> DescriptiveColumns = new HashSet<string>(
        new[]
        {
            "time_period", "year", "time_identifier", "geographic_level", "level", "country_code", "country_name",
            "region_code", "region_name", "new_la_code", "old_la_code", "la_code", "la_name", "school_type",
            "education_phase", "estab", "school_laestab", "school_urn", "school_name", "trust_name", "academy_type",
            "academy_open_date", "term", "country", "characteristic_group", "characteristic", "breakdown_topic", "breakdown",
            "characteristic_desc", "characteristic_1", "characteristic_2", "characteristic_breakdown",
        }.Select(HeaderName.Normalise).Concat(FilterColumns));

    private static readonly ColumnSpec[] Identity =
        [
            TimePeriod, TimeIdentifier, Level, CountryCode, CountryName, RegionCode, RegionName, NewLaCode, OldLaCode, LaName, Phase,
            CharacteristicGroup, Characteristic, CharacteristicDetail, CharacteristicBreakdown,
        ];

    public static readonly DfeRelease Attendance = new(
        new ExportLayout(ExportKind.DfeAttendance, "dfe-attendance",
            [.. Identity, new ColumnSpec("possible_sessions", true, "sess_possible"), new ColumnSpec("overall_absence", true, "sess_overall")]),
        new Dictionary<string, string>
        {
            ["sesspossible"] = "possible_sessions",
            ["sessoverall"] = "overall_absence",
            ["sessauthorised"] = "authorised_absence",
            ["sessunauthorised"] = "unauthorised_absence",
            ["sessoverallpercent"] = "overall_absence_perc",
            ["sessauthorisedpercent"] = "authorised_absence_perc",
            ["sessunauthorisedpercent"] = "unauthorised_absence_perc",
            ["enrolmentspa10exact"] = "persistent_absentees",
            ["enrolmentspa10exactpercent"] = "pa_perc",
        },
        [
            new RateRule("attendance_perc", "overall_attendance", "possible_sessions"),
            new RateRule("overall_absence_perc", "overall_absence", "possible_sessions"),
            new RateRule("authorised_absence_perc", "authorised_absence", "possible_sessions"),
            new RateRule("unauthorised_absence_perc", "unauthorised_absence", "possible_sessions"),
            new RateRule("pa_perc", "persistent_absentees", "enrolments"),
        ],
        ["possible_sessions", "overall_attendance", "overall_absence", "authorised_absence", "unauthorised_absence", "enrolments", "persistent_absentees"]);

    public static readonly DfeRelease Exclusions = new(
        new ExportLayout(ExportKind.DfeExclusions, "dfe-exclusions",
            [.. Identity, new ColumnSpec("headcount", true), new ColumnSpec("perm_excl", true)]),
        new Dictionary<string, string>
        {
            ["permexcl"] = "permanent_exclusions",
            ["permexclrate"] = "permanent_exclusion_rate",
            ["fixedexcl"] = "suspensions",
            ["suspension"] = "suspensions",
            ["fixedexclrate"] = "suspension_rate",
            ["susprate"] = "suspension_rate",
            ["oneplusfixed"] = "one_plus_suspensions",
            ["oneplussusp"] = "one_plus_suspensions",
            ["oneormorefixedexcl"] = "one_plus_suspensions",
            ["oneplusfixedrate"] = "one_plus_suspension_rate",
            ["oneormorefixedexclrate"] = "one_plus_suspension_rate",
            ["oneplussusprate"] = "one_plus_suspension_rate",
            ["oneplussuspensionrate"] = "one_plus_suspension_rate",
        },
        [
            new RateRule("permanent_exclusion_rate", "permanent_exclusions", "headcount"),
            new RateRule("suspension_rate", "suspensions", "headcount"),
            new RateRule("one_plus_suspension_rate", "one_plus_suspensions", "headcount"),
        ],
        ["headcount", "permanent_exclusions", "suspensions", "one_plus_suspensions"]);

    public static DfeRelease For(ExportKind kind) => kind == ExportKind.DfeAttendance ? Attendance : Exclusions;
}
