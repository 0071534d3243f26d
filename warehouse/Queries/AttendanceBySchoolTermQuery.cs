namespace BelongingInsights.Warehouse.Queries;

/// <summary>Attendance rate by school and term, from <c>mart_attendance_school</c>.</summary>
public sealed class AttendanceBySchoolTermQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SchoolTermAttendance> Run()
    {
        using var connection = database.Open();
        using var command = connection.Command(SqlScripts.Get("Queries/attendance_by_school_term.sql"));
        using var reader = command.ExecuteReader();
        var rows = new List<SchoolTermAttendance>();
        while (reader.Read())
        {
            rows.Add(new SchoolTermAttendance(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4),
                reader.IsDBNull(5) ? null : (int)reader.GetInt64(5),
                reader.NullableDouble(6), reader.NullableDouble(7)));
        }
        return rows;
    }
}
