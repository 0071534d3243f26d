-- Grain: one row per pupil on a school's roll per academic year: every pupil a census, an attendance record or a
-- roll change places at the school that year. Leavers carry where they went and how the exit counts: moving to
-- another school and permanent exclusion are explained; every other exit (elective home education, alternative
-- provision, unknown or missing education, other) is unexplained. Groups are the characteristics valid when the
-- pupil left, or at the end of the year for pupils who stayed; the trust and phase are the school's.
create or replace table work_roll_pupil as
with on_roll as (
    select school_key, pupil_key, academic_year
    from work_attendance_enrolment
    where counting_window = 'year to date'
    union
    select c.school_key, c.pupil_key, d.academic_year
    from dim_pupil_characteristics as c
    inner join dim_date as d on d.date_key = c.valid_from
    union
    select r.school_key, r.pupil_key, d.academic_year
    from fact_roll_change as r
    inner join dim_date as d on d.date_key = r.change_date
),

leavers as (
    select
        r.school_key,
        r.pupil_key,
        d.academic_year,
        max(r.change_date) as left_on,
        arg_max(coalesce(r.destination, 'unknown or missing education'), r.change_date) as destination
    from fact_roll_change as r
    inner join dim_date as d on d.date_key = r.change_date
    where r.change = 'left'
    group by all
),

pupils as (
    select
        o.school_key,
        o.pupil_key,
        o.academic_year,
        l.left_on,
        l.destination,
        coalesce(l.left_on, make_date(o.academic_year + 1, 8, 31)) as characteristics_on
    from on_roll as o
    left join leavers as l
        on l.school_key = o.school_key
        and l.pupil_key = o.pupil_key
        and l.academic_year = o.academic_year
),

characterised as (
    select
        p.*,
        c.gender,
        c.sen_provision,
        c.fsm_eligible,
        c.disadvantaged,
        c.eal,
        c.ethnicity_major_group,
        c.nc_year
    from pupils as p
    left join dim_pupil_characteristics as c
        on c.pupil_key = p.pupil_key
        and p.characteristics_on between c.applies_from and coalesce(c.valid_to, date '9999-12-31')
    qualify row_number() over (
        partition by p.school_key, p.pupil_key, p.academic_year
        order by c.school_key = p.school_key desc, c.valid_from desc
    ) = 1
)

select
    p.school_key,
    s.trust,
    p.pupil_key,
    p.academic_year,
    d.academic_year_label,
    p.left_on,
    p.destination,
    case
        when p.left_on is null then null
        when p.destination = 'another school' then 'moved school'
        when p.destination = 'permanent exclusion' then 'permanent exclusion'
        else 'unexplained'
    end as exit_type,
    gender_group(p.gender) as gender,
    send_group(p.sen_provision) as send,
    flag_group(p.fsm_eligible, 'FSM', 'Not FSM') as fsm,
    flag_group(p.disadvantaged, 'Disadvantaged', 'Not disadvantaged') as disadvantaged,
    flag_group(p.eal, 'EAL', 'Not EAL') as eal,
    coalesce(p.ethnicity_major_group, 'Unknown') as ethnicity,
    year_group(p.nc_year) as year_group,
    school_phase(s.phase) as phase
from characterised as p
inner join dim_school as s on s.school_key = p.school_key
inner join dim_date as d on d.date_key = p.characteristics_on;
