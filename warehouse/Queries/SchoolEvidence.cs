namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One school's evidence pack, every figure as the caller may see it: its profile; attendance
/// over each year to date beside its trust, local authority and England, and by the pupil groups inspectors ask about;
/// each questionnaire's scale score by wave and each question's change from the first wave to the last; the pupils'
/// scale score by wave for the same pupil groups; suspensions
/// and leavers by year; and the 360 audit by area and round.
/// </summary>
public sealed record SchoolEvidence(
    SchoolProfile School,
    IReadOnlyList<AttendanceComparison> Attendance,
    IReadOnlyList<GroupingAttendance> AttendanceByGroup,
    IReadOnlyList<QuestionnaireEvidence> Questionnaires,
    IReadOnlyList<GroupingScale> BelongingByGroup,
    IReadOnlyList<SchoolExclusions> Suspensions,
    IReadOnlyList<RollExits> Leavers,
    IReadOnlyList<AuditArea> Audit);

/// <summary>Attendance by the groups of one grouping (Disadvantaged, SEND...) at the school.</summary>
public sealed record GroupingAttendance(string Grouping, IReadOnlyList<GroupAttendance> Rows);

/// <summary>One questionnaire answered at the school: its scale score by wave, each question's change between its first and last wave, and each question's answers (negative, unanswered, positive) by wave.</summary>
public sealed record QuestionnaireEvidence(string Name, IReadOnlyList<ScaleResult> Scale, IReadOnlyList<ItemChange> Changes, IReadOnlyList<ItemResult> Items);

/// <summary>The pupils' questionnaire's scale score by wave for the groups of one grouping (Disadvantaged, SEND...) at the school.</summary>
public sealed record GroupingScale(string Grouping, string Questionnaire, IReadOnlyList<ScaleResult> Rows);
