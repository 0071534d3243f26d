using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SchoolsLoadTests
{
    private const string Gias = "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),Trusts (name)\n";

    private static string Attributes(WarehouseHarness warehouse, int urn) => warehouse.Scalar<string>(
        $"select concat_ws(' | ', name, laestab, phase, coalesce(trust, '-'), local_authority) from dim_school where urn = {urn}")!;

    [Fact]
    public void A_school_list_fills_in_a_school_first_seen_in_an_attendance_export_and_keeps_its_key()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12, school: "Brook Primary Sch"), "attendance.csv");
        var key = warehouse.Scalar<int>("select school_key from dim_school where urn = 100001");

        var list = warehouse.Import(Gias + "100001,202,Camden,2019,Brook Primary School,Academy converter,Primary,North Star Schools\n", "gias.csv");

        Assert.Equal((ImportStatus.Succeeded, "schools", 1), (list.Status, list.DetectedKind, list.RowsLoaded));
        Assert.Equal("Brook Primary School | 2022019 | primary | North Star Schools | Camden", Attributes(warehouse, 100001));
        Assert.Equal(key, warehouse.Scalar<int>("select school_key from dim_school where urn = 100001"));
        Assert.Equal(12, warehouse.Scalar<long>("select count(*) from fact_attendance as f inner join dim_school as s on s.school_key = f.school_key where s.phase = 'primary'"));
    }

    [Fact]
    public void A_school_list_adds_schools_not_seen_before()
    {
        using var warehouse = new WarehouseHarness();

        warehouse.Import(Gias
            + "100001,202,Camden,2019,Brook Primary School,Academy converter,Primary,North Star Schools\n"
            + "100002,202,Camden,7001,Heath School,Community special school,Not applicable,\n", "gias.csv");

        Assert.Equal("Heath School | 2027001 | special | - | Camden", Attributes(warehouse, 100002));
        Assert.Equal(2, warehouse.Scalar<long>("select count(distinct school_key) from dim_school"));
    }

    [Fact]
    public void Attributes_from_a_school_list_survive_later_attendance_and_census_loads()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(Gias + "100001,202,Camden,2019,Brook Primary School,Academy converter,Primary,North Star Schools\n", "gias.csv");

        warehouse.Import(AttendanceCsv.For(100001, 12, school: "BROOK PRIMARY"), "attendance.csv");
        warehouse.Import(CensusCsv.For(100001, "03/10/2024", (1, "F", "N")), "census.csv");

        Assert.Equal("Brook Primary School | 2022019 | primary | North Star Schools | Camden", Attributes(warehouse, 100001));
        Assert.Equal(1, warehouse.Scalar<long>("select count(*) from dim_school"));
    }

    [Fact]
    public void A_list_without_a_trust_column_keeps_the_known_trust_and_an_empty_trust_cell_clears_it()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(Gias + "100001,202,Camden,2019,Brook Primary School,Academy converter,Primary,North Star Schools\n", "gias.csv");

        warehouse.Import("URN,School name,Phase\n100001,Brook Primary,Primary\n", "names.csv");
        Assert.Equal("Brook Primary | 2022019 | primary | North Star Schools | Camden", Attributes(warehouse, 100001));

        warehouse.Import("URN,School name,Phase,Trust\n100001,Brook Primary,Primary,\n", "left-the-trust.csv");
        Assert.Equal("Brook Primary | 2022019 | primary | - | Camden", Attributes(warehouse, 100001));
    }
}
