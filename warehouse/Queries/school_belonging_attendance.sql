select
    school_name,
    wave,
    academic_year_label,
    suppressed,
    respondents,
    mean_score,
    attendance_rate,
    persistent_absence_rate
from mart_belonging_attendance
where instrument = $instrument
    and level = 'school'
order by school_name, wave_order, academic_year;
