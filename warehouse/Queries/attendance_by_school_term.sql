select
    urn,
    school_name,
    academic_year_label,
    term,
    suppressed,
    pupils,
    attendance_rate,
    absence_rate
from mart_attendance_school_term
order by academic_year, term_order, school_name;
