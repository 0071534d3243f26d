-- Secondary suppression, run until it changes nothing: where a sibling set has exactly one suppressed cell, its
-- value could be recovered by subtracting the others from the parent, so the smallest other cell is suppressed too.
update work_attendance_group_cell
set suppressed = true
where cell_id in (
    select cell_id
    from (
        select
            s.cell_id,
            c.suppressed,
            count(*) filter (where c.suppressed) over sibling_set as hidden,
            count(*) over sibling_set as members,
            row_number() over (sibling_set order by c.suppressed, c.enrolments, s.cell_id) as rank_in_set
        from work_attendance_group_sibling as s
        inner join work_attendance_group_cell as c on c.cell_id = s.cell_id
        window sibling_set as (partition by s.academic_year, s.counting_window, s.period, s.set_key)
    )
    where hidden = 1 and members > 1 and not suppressed and rank_in_set = 1
);
