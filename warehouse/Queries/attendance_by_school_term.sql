select
    urn,
    school_name,
    academic_year_label,
    period,
    suppressed,
    enrolments,
    attendance_rate,
    absence_rate
from mart_attendance_school
where counting_window = 'term'
order by academic_year, period_order, school_name;
