using BelongingInsights.Warehouse.Queries;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void A_second_start_applies_no_migration_and_keeps_the_data()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));

        var applied = warehouse.Get<WarehouseMigrator>().Migrate();

        Assert.Empty(applied);
        Assert.Equal(12, warehouse.Scalar<long>("select count(*) from fact_attendance"));
        Assert.True(warehouse.Scalar<long>("select count(*) from ops_schema_migration") >= 3);
    }

    [Fact]
    public void Marks_stored_one_row_per_session_move_into_their_weeks_as_mark_keys_and_read_back_the_same()
    {
        var directory = Directory.CreateTempSubdirectory("bi-migration-").FullName;
        using (var connection = new DuckDBConnection($"Data Source={Path.Combine(directory, "warehouse.duckdb")}"))
        {
            connection.Open();
            connection.Execute(SqlScripts.Get("MigrationLedger/create.sql"));
            foreach (var script in SqlScripts.Under("Migrations").Where(s => string.CompareOrdinal(Path.GetFileName(s), "0080") < 0))
            {
                connection.Execute(SqlScripts.Get(script));
                connection.Execute(SqlScripts.Get("MigrationLedger/record.sql"),
                    ("version", Path.GetFileNameWithoutExtension(script)), ("applied_at", DateTime.UtcNow));
            }
            connection.Execute("""
                insert into dim_school (school_key, urn, name) values (1, 100001, 'Oak');
                insert into dim_pupil (pupil_key, pupil_hash) values (1, 'a'), (2, 'b');
                insert into fact_attendance_mark
                select 1, pupil_key, session_date, session, attendance_code_key, raw_mark, '00000000-0000-0000-0000-000000000001'
                from (values
                    (1, date '2024-09-02', 'AM', '/'), (1, date '2024-09-02', 'PM', 'I'), (1, date '2024-09-06', 'PM', 'X01'),
                    (1, date '2024-09-09', 'AM', '/'), (2, date '2024-09-03', 'AM', 'L')) as m(pupil_key, session_date, session, raw_mark)
                inner join dim_attendance_code as c on c.code_set = '2024' and c.code = if(m.raw_mark = 'X01', 'X', m.raw_mark);
                insert into fact_attendance_week
                select 1, pupil_key, week_start, 2024, min(session_date), max(session_date), 0, 0, 0, 0, 0, 0
                from (select pupil_key, session_date, date_trunc('week', session_date)::date as week_start from fact_attendance_mark)
                group by all;
                """);
        }

        using var warehouse = new WarehouseHarness(("DataDirectory", directory));

        Assert.Equal(
            "1 2024-09-02 AM / /, 1 2024-09-02 PM I I, 1 2024-09-06 PM X01 X, 1 2024-09-09 AM / /, 2 2024-09-03 AM L L",
            warehouse.Scalar<string>("""
                select string_agg(concat_ws(' ', f.pupil_key, f.session_date, f.session, f.raw_mark, c.code), ', ' order by f.pupil_key, f.session_date, f.session)
                from fact_attendance_mark as f
                inner join dim_attendance_code as c using (attendance_code_key)
                """));
        Assert.Equal("/ I L X01", warehouse.Scalar<string>("select string_agg(raw_mark, ' ' order by attendance_mark_key) from dim_attendance_mark"));
        Assert.Equal("513 262144", warehouse.Scalar<string>(
            "select concat_ws(' ', first_sessions, last_sessions) from fact_attendance_week where pupil_key = 1 and week_start = date '2024-09-02'"));
    }

    [Fact]
    public void Every_table_and_fact_column_has_a_comment_for_the_data_dictionary()
    {
        using var warehouse = new WarehouseHarness();

        var uncommented = warehouse.Scalar<string>(
            "select string_agg(table_name, ', ') from duckdb_tables() where comment is null and table_name not like 'stg_%' and table_name not like 'mart_%' and table_name <> 'ops_schema_migration'");

        Assert.Null(uncommented);
    }

    [Fact]
    public void Every_dimension_and_fact_column_has_a_comment_unless_it_is_a_key()
    {
        using var warehouse = new WarehouseHarness();

        var uncommented = warehouse.Scalar<string>("""
            select string_agg(table_name || '.' || column_name, ', ' order by table_name, column_index)
            from duckdb_columns()
            where comment is null
                and (table_name like 'dim\_%' escape '\' or table_name like 'fact\_%' escape '\')
                and column_name not like '%\_key' escape '\'
                and column_name <> 'import_id'
            """);

        Assert.Null(uncommented);
    }

    [Fact]
    public void Every_mart_column_has_a_meaning_in_the_data_dictionary()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));

        var unexplained = warehouse.Get<DataDictionaryQuery>().Run()
            .Where(c => c.TableKind == "Mart" && c.Comment.Length == 0)
            .Select(c => $"{c.Table}.{c.Column}");

        Assert.Empty(unexplained);
    }
}
