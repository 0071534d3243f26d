-- Attendance by special educational needs provision and academic year, from every pupil week
with pupil_groups as (
    select pupil_key, arg_max(sen_provision, valid_from) as sen_provision
    from dim_pupil_characteristics
    group by pupil_key
)
select w.academic_year, coalesce(g.sen_provision, 'Not recorded') as sen_provision,
    count(distinct w.pupil_key) as pupils,
    round(100 * sum(w.present_sessions + w.aea_sessions) / sum(w.possible_sessions), 1) as attendance_rate
from fact_attendance_week as w
left join pupil_groups as g using (pupil_key)
group by all
order by all;
