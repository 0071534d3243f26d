namespace BelongingInsights.Warehouse.Queries;

/// <summary>Each school's attendance, absence, persistent and severe absence over the year to date, newest year first.</summary>
public sealed class AttendanceYearToDateQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SchoolYearAttendance> Run()
    {
        using var connection = database.Open();
        using var command = connection.Command(SqlScripts.Get("Queries/attendance_year_to_date.sql"));
        using var reader = command.ExecuteReader();
        var rows = new List<SchoolYearAttendance>();
        while (reader.Read())
        {
            rows.Add(new SchoolYearAttendance(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3),
                reader.IsDBNull(4) ? null : (int)reader.GetInt64(4),
                reader.NullableDouble(5), reader.NullableDouble(6), reader.NullableDouble(7),
                reader.NullableDouble(8), reader.NullableDouble(9), reader.NullableDouble(10)));
        }
        return rows;
    }
}
