namespace BelongingInsights.Warehouse.Queries;

/// <summary>National attendance rates from the loaded DfE attendance releases, to set beside a school's own.</summary>
public sealed class AttendanceBenchmarkQuery(WarehouseDatabase database)
{
    public IReadOnlyList<AttendanceBenchmark> Run()
    {
        using var connection = database.Open();
        using var command = connection.Command(SqlScripts.Get("Queries/attendance_benchmark.sql"));
        using var reader = command.ExecuteReader();
        var rows = new List<AttendanceBenchmark>();
        while (reader.Read())
            rows.Add(new AttendanceBenchmark(reader.GetString(0), reader.GetString(1), reader.GetDouble(2)));
        return rows;
    }
}
