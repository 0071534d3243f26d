-- Grain: one row per academic year, school (or all schools) and combination of groups, as work_roll_exit_cell less
-- its exits. The area is the school, else the trust the row is for, else all schools; the grouping names the pupil
-- groups and, away from a school, the phase (a trust's rows are its area, not a grouping). Leavers by how their exit
-- counts (for all pupils and single groups: by_exit_type) and by destination (for all pupils: by_destination), each
-- hidden one with its reason (small, complement), and the unexplained-exit rate: pupils who left the roll without
-- moving to another school and without a permanent exclusion, per 100 pupils on roll. A count is null when suppressed (some leavers but fewer than the
-- threshold, or needed to protect one that is) or not published for the row's grouping (a pair's exit types, a pupil
-- group's destinations), with no reason then; no leavers at all is a true 0.
create or replace table mart_roll_exit as
-- Each row's pupils on roll, protected in sets of their own (2_cells/work_roll_exit_on_roll_cell.sql).
with rolls as (
    select o.cell_id, s.suppressed, s.hidden_pass
    from work_roll_exit_on_roll_cell as o
    inner join work_suppression_cell as s on s.mart = 'roll_exit_on_roll' and s.cell_id = o.cell_id
),

cells as (
    select
        c.*,
        case when not s.suppressed then c.leavers end as shown,
        case when s.suppressed then if(s.hidden_pass is null, 'small', 'complement') end as reason,
        case when not r.suppressed then c.pupils end as roll_shown,
        case when r.suppressed then if(r.hidden_pass is null, 'small', 'complement') end as roll_reason
    from work_roll_exit_cell as c
    inner join work_suppression_cell as s on s.mart = 'roll_exit' and s.cell_id = c.cell_id
    left join rolls as r on r.cell_id = c.cell_id
),

-- A row's exits are the cells of its groups: all pupils on roll (exit level 0, which every row has), each exit type
-- and each destination, as far as its grouping's exit_detail goes (roll_exit_group_masks: exit types for all pupils
-- and single groups, destinations for all pupils). A breakdown count is 0 when no cell exists (no leaver of that
-- kind), null when its cell is suppressed or its grouping does not break down that far.
exits as (
    select
        academic_year,
        academic_year_label,
        school,
        gender,
        send,
        fsm,
        disadvantaged,
        eal,
        ethnicity,
        year_group,
        trust,
        phase,
        max(exit_detail) >= 1 as by_exit_type,
        max(exit_detail) >= 2 as by_destination,
        max(roll_shown) filter (where exit_level = 0) as on_roll,
        max(roll_reason) filter (where exit_level = 0) as on_roll_reason,
        max(shown) filter (where exit_level = 0) as leavers,
        case when max(exit_detail) < 1 then null
            when count(*) filter (where exit_type = 'moved school' and exit_level = 1) = 0 then 0
            else max(shown) filter (where exit_type = 'moved school' and exit_level = 1) end as moved_school,
        case when max(exit_detail) < 1 then null
            when count(*) filter (where exit_type = 'permanent exclusion' and exit_level = 1) = 0 then 0
            else max(shown) filter (where exit_type = 'permanent exclusion' and exit_level = 1) end as permanent_exclusion,
        case when max(exit_detail) < 1 then null
            when count(*) filter (where exit_type = 'unexplained' and exit_level = 1) = 0 then 0
            else max(shown) filter (where exit_type = 'unexplained' and exit_level = 1) end as unexplained,
        case when max(exit_detail) < 2 then null
            when count(*) filter (where destination = 'elective home education') = 0 then 0
            else max(shown) filter (where destination = 'elective home education') end as elective_home_education,
        case when max(exit_detail) < 2 then null
            when count(*) filter (where destination = 'alternative provision') = 0 then 0
            else max(shown) filter (where destination = 'alternative provision') end as alternative_provision,
        case when max(exit_detail) < 2 then null
            when count(*) filter (where destination = 'unknown or missing education') = 0 then 0
            else max(shown) filter (where destination = 'unknown or missing education') end as unknown_or_missing_education,
        case when max(exit_detail) < 2 then null
            when count(*) filter (where destination = 'other') = 0 then 0
            else max(shown) filter (where destination = 'other') end as other_destination,
        max(reason) filter (where exit_level = 0) as leavers_reason,
        max(reason) filter (where exit_type = 'moved school' and exit_level = 1) as moved_school_reason,
        max(reason) filter (where exit_type = 'permanent exclusion' and exit_level = 1) as permanent_exclusion_reason,
        max(reason) filter (where exit_type = 'unexplained' and exit_level = 1) as unexplained_reason,
        max(reason) filter (where destination = 'elective home education') as elective_home_education_reason,
        max(reason) filter (where destination = 'alternative provision') as alternative_provision_reason,
        max(reason) filter (where destination = 'unknown or missing education') as unknown_or_missing_education_reason,
        max(reason) filter (where destination = 'other') as other_destination_reason
    from cells
    group by all
)

select
    e.academic_year,
    e.academic_year_label,
    'year to date' as counting_window,
    case when e.school is not null then 'School' when e.trust is not null then 'Trust' else 'All schools' end as area_level,
    coalesce(sch.name, e.trust, 'All schools') as area,
    sch.urn,
    e.trust,
    grouping_name('All pupils', e.school, e.gender, e.send, e.fsm, e.disadvantaged, e.eal, e.ethnicity, e.year_group, null, e.phase)
        as grouping,
    nullif(group_values(e.gender, e.send, e.fsm, e.disadvantaged, e.eal, e.ethnicity, e.year_group, null,
        case when e.school is null then e.phase end), '') as group_value,
    e.gender,
    e.send,
    e.fsm,
    e.disadvantaged,
    e.eal,
    e.ethnicity,
    e.year_group,
    e.phase,
    e.on_roll,
    e.by_exit_type,
    e.by_destination,
    e.leavers,
    e.moved_school,
    e.permanent_exclusion,
    e.unexplained,
    round(100.0 * e.unexplained / e.on_roll, 2) as unexplained_exit_rate,
    e.elective_home_education,
    e.alternative_provision,
    e.unknown_or_missing_education,
    e.other_destination,
    e.on_roll_reason,
    e.leavers_reason,
    e.moved_school_reason,
    e.permanent_exclusion_reason,
    e.unexplained_reason,
    e.elective_home_education_reason,
    e.alternative_provision_reason,
    e.unknown_or_missing_education_reason,
    e.other_destination_reason
from exits as e
left join dim_school as sch on cast(sch.school_key as varchar) = e.school;

comment on table mart_roll_exit is 'Leavers and silent exits per school (all pupils), trust and all schools (by pupil group and phase and some pairs of them), each academic year: leavers by exit type (for all pupils and single groups) and destination (for all pupils), and the unexplained-exit rate per 100 on roll; small counts suppressed with secondary suppression.';
comment on column mart_roll_exit.academic_year is 'The academic year by its starting calendar year (2024 for 2024/25).';
comment on column mart_roll_exit.academic_year_label is 'The academic year as the DfE writes it, such as 2024/25.';
comment on column mart_roll_exit.counting_window is 'The window a figure counts over: term; year to date (the terms or dates loaded so far that academic year); wave (one survey wave); or programme window (from a programme''s first survey wave to its last).';
comment on column mart_roll_exit.area_level is 'All schools, Trust or School.';
comment on column mart_roll_exit.area is 'The school, trust or All schools the row describes.';
comment on column mart_roll_exit.urn is 'The school''s URN; null on a row for all schools (or a trust).';
comment on column mart_roll_exit.trust is 'The academy trust (No trust for schools in none); on a school''s row, the trust it belongs to.';
comment on column mart_roll_exit.grouping is 'Which pupil groups, and away from a school the phase, the row breaks down by (All pupils, Phase, Gender × SEND...); the trust is the row''s area, not a grouping.';
comment on column mart_roll_exit.group_value is 'The row''s groups joined by · (Female · SEND, Primary...); null for all pupils.';
comment on column mart_roll_exit.gender is 'Male, Female or Unknown; null means all.';
comment on column mart_roll_exit.send is 'SEND (SEN support or EHC plan), No SEND or Unknown; null means all.';
comment on column mart_roll_exit.fsm is 'FSM (eligible for free school meals), Not FSM or Unknown; null means all.';
comment on column mart_roll_exit.disadvantaged is 'Disadvantaged (FSM in the last six years or otherwise pupil premium), Not disadvantaged or Unknown; null means all.';
comment on column mart_roll_exit.eal is 'EAL (English as an additional language), Not EAL or Unknown; null means all.';
comment on column mart_roll_exit.ethnicity is 'DfE major ethnic group, or Unknown; null means all.';
comment on column mart_roll_exit.year_group is 'National curriculum year (Year 7, R...), or Unknown; null means all.';
comment on column mart_roll_exit.phase is 'The school''s phase (Primary, Secondary, All-through, Special, Alternative provision, or Unknown until a school list gives it); on a school''s row, its own phase.';
comment on column mart_roll_exit.on_roll is 'Pupils a census, attendance record or roll change places on the roll that year; null when suppressed (under the threshold, or needed to protect a roll beside it that is: on_roll_reason).';
comment on column mart_roll_exit.on_roll_reason is 'Why on_roll is hidden: small (fewer pupils than the threshold) or complement (hidden so a smaller roll beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.by_exit_type is 'Whether the row breaks its leavers down by exit type (moved school, permanent exclusion, unexplained): for all pupils and a single pupil group, not a pair; when false those counts, the rate and the destinations are null, not published for its grouping.';
comment on column mart_roll_exit.by_destination is 'Whether the row breaks its unexplained exits down by destination: for all pupils only (a school, a trust, a phase, all schools); when false the destinations are null, not published for its grouping.';
comment on column mart_roll_exit.leavers is 'Pupils who left the roll that year; null when suppressed.';
comment on column mart_roll_exit.moved_school is 'Leavers who moved to another school.';
comment on column mart_roll_exit.permanent_exclusion is 'Leavers who left by permanent exclusion.';
comment on column mart_roll_exit.unexplained is 'Leavers who did not move to another school and were not permanently excluded.';
comment on column mart_roll_exit.unexplained_exit_rate is 'Unexplained leavers per 100 pupils on roll.';
comment on column mart_roll_exit.elective_home_education is 'Leavers to elective home education.';
comment on column mart_roll_exit.alternative_provision is 'Leavers to alternative provision.';
comment on column mart_roll_exit.unknown_or_missing_education is 'Leavers whose destination is unknown, or children missing education.';
comment on column mart_roll_exit.other_destination is 'Leavers to any other destination (moved abroad, for example).';
comment on column mart_roll_exit.leavers_reason is 'Why leavers is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.moved_school_reason is 'Why moved_school is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.permanent_exclusion_reason is 'Why permanent_exclusion is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.unexplained_reason is 'Why unexplained is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.elective_home_education_reason is 'Why elective_home_education is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.alternative_provision_reason is 'Why alternative_provision is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.unknown_or_missing_education_reason is 'Why unknown_or_missing_education is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
comment on column mart_roll_exit.other_destination_reason is 'Why other_destination is hidden: small (some but fewer than the threshold) or complement (hidden so a smaller count beside it cannot be worked out); null when shown.';
