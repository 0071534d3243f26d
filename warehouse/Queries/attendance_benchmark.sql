select
    academic_year_label(academic_year) as academic_year_label,
    phase,
    value as attendance_rate
from benchmark_newest()
where release = 'dfe-attendance'
    and pupil_group = 'All pupils'
    and geographic_level = 'National'
    and measure = 'attendance_perc'
    and cell_status = 'published'
order by academic_year, phase;
