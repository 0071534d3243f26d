-- The labels pupil groups carry in every mart, from the census codes of dim_pupil_characteristics. A pupil with
-- no census covering the date is 'Unknown' in every group.
create or replace macro gender_group(gender) as
    case gender when 'M' then 'Male' when 'F' then 'Female' else 'Unknown' end;

create or replace macro send_group(sen_provision) as
    case when sen_provision in ('K', 'E') then 'SEND' when sen_provision = 'N' then 'No SEND' else 'Unknown' end;

create or replace macro flag_group(flag, yes, no) as
    case flag when true then yes when false then no else 'Unknown' end;

create or replace macro year_group(nc_year) as
    case
        when nc_year is null then 'Unknown'
        when nc_year in ('E1', 'E2', 'N1', 'N2', 'R', 'X') then nc_year
        else 'Year ' || nc_year
    end;

-- The name of a cell's grouping from the groups it breaks down by (null = all), e.g. 'SEND × Phase'; everyone
-- names the cell with none ('All pupils', 'All respondents'). A school's cells carry its trust and phase, so within
-- a school those two do not name the grouping.
create or replace macro grouping_name(everyone, school, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as
    coalesce(nullif(concat_ws(' × ',
        case when gender is not null then 'Gender' end,
        case when send is not null then 'SEND' end,
        case when fsm is not null then 'FSM' end,
        case when disadvantaged is not null then 'Disadvantaged' end,
        case when eal is not null then 'EAL' end,
        case when ethnicity is not null then 'Ethnicity' end,
        case when year_group is not null then 'Year group' end,
        case when trust is not null and school is null then 'Trust' end,
        case when phase is not null and school is null then 'Phase' end), ''), everyone);

-- A cell's group as a page lists it, e.g. 'Female · SEND'.
create or replace macro group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as
    concat_ws(' · ', gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase);

-- Which rows of a group mart a page shows the caller: those over all schools and over trusts to a caller who may see
-- any (every school, or their trusts'); to a school's user, who may see no aggregate, their own schools' rows (still
-- filtered by row_in_scope beside it).
create or replace macro group_rows_for(urn, scope_all, scope_trusts) as
    (urn is null) = (scope_all or len(scope_trusts) > 0);

-- A group mart row as a page lists it: over all schools or a trust, its group (as group_values); at a school, the
-- school's name and its group, e.g. 'Oak Primary · Female' (a school's trust and phase are its own, not groups).
create or replace macro area_group(urn, school_name, gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase) as
    case
        when urn is null then group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, trust, phase)
        else concat_ws(' · ', school_name, nullif(group_values(gender, send, fsm, disadvantaged, eal, ethnicity, year_group, null, null), ''))
    end;

-- The breakdowns a group mart offers, one bit per column it may break down by: bit 0 the school, bits 1 to 7 the
-- pupil groups (gender, SEND, FSM, disadvantage, EAL, ethnic group, year group), bit 8 the trust, bit 9 the phase. A
-- school's cells always carry its trust and its phase, so each school is a child of its trust and of its phase, and
-- the suppression sets protect it in both. Within a school, the school and the single pupil groups in school_groups
-- (their bits shifted down by one: 1 gender, 2 SEND, 4 FSM, 8 disadvantage, 16 EAL, 32 ethnic group, 64 year
-- group); across schools, every single group (the trust and the phase included) and the pairs in pairs (the same
-- bits shifted down by one, 128 the trust and 256 the phase: 3 is Gender × SEND). Never a pair within a school, nor
-- Trust × Phase: a pair splits a school's few hundred pupils into cells mostly under the threshold, and Trust × Phase
-- with the trust's and the phase's totals makes the schools a two-way table; either way each small cell costs
-- complements at or above the threshold in every table it sits in (docs/suppression.md, "What the marts publish").
create or replace macro group_masks(school_groups, pairs) as table
    select mask
    from range(0, 1024) as r(mask)
    where case
        when mask & 1 > 0 then mask & 768 = 768 and bit_count((mask >> 1) & 127) <= 1 and (mask >> 1) & 127 & ~school_groups = 0
        else list_contains(pairs, mask >> 1) or bit_count(mask >> 1) <= 1
    end;

-- Attendance by group (AttendanceByGroupQuery.Groupings, and a school's page by each single group): every pupil group
-- within a school, whose cells count enrolments and are mostly at or above the threshold; across schools Gender ×
-- SEND, Gender × Disadvantaged, SEND × Disadvantaged, Disadvantaged × Trust, SEND × Phase and Disadvantaged × Phase.
create or replace macro attendance_group_masks() as table
    from group_masks(127, [3, 9, 10, 136, 258, 264]);

-- Survey items and scales (SurveyItemQuery.Groupings): within a school Gender, SEND and disadvantage only, those a
-- school's evidence pack sets out (SchoolEvidenceQuery.Groupings); a school's respondents by FSM, EAL, ethnic group
-- or year group are often a handful, each hiding larger figures beside it. Across schools Gender × SEND, SEND ×
-- Disadvantaged, SEND × Phase and Disadvantaged × Phase. by_pupil_group marks the masks with a pupil group, which a
-- questionnaire whose respondents are not pupils (parents and carers, staff) does not publish: its respondents carry
-- no pupil group, so each such grouping's one cell, Unknown, would be its total shown again, and hidden again beside
-- every small total (docs/suppression.md, "What the marts publish").
create or replace macro survey_group_masks() as table
    select mask, mask & 254 > 0 as by_pupil_group
    from group_masks(11, [3, 10, 258, 264]);

-- A survey respondent's disadvantage within one school: Disadvantaged, else 'Not disadvantaged or unknown'. In most
-- schools the respondents the census does not link (Unknown) are a handful, and shown beside the school's total
-- and its disadvantaged they would be worked out, so each school would hide a larger group as their complement. The
-- merged group is the school's respondents less its disadvantaged, which the two shown already give, so it tells
-- nothing the figures across schools (where Not disadvantaged and Unknown stay apart) could combine with.
create or replace macro school_survey_disadvantage(disadvantaged) as
    if(disadvantaged = 'Disadvantaged', disadvantaged, 'Not disadvantaged or unknown');

-- Leavers (RollExitsQuery.Groupings): within a school its leavers by exit type and destination, by no pupil group (a
-- school has a few leavers a year, nearly every one of its group's cells under the threshold); across schools Gender
-- × SEND, SEND × Disadvantaged, SEND × Phase, Disadvantaged × Phase, and Disadvantaged by trust (a trust's rows are its
-- area on the Leavers page). exit_detail is how far a grouping's leavers break down: 2, by exit type and by
-- destination, for all pupils (a school, a trust, a phase, all schools); 1, by exit type, for a single pupil group;
-- 0, leavers only, for a pair. A group's unexplained exits by destination, and a pair's by exit type, are a handful
-- each, and every one of them costs complements at or above the threshold (docs/suppression.md, "What the marts
-- publish").
create or replace macro roll_exit_group_masks() as table
    select mask, case when mask & 254 = 0 then 2 when bit_count(mask) = 1 then 1 else 0 end as exit_detail
    from group_masks(0, [3, 10, 136, 258, 264]);

-- An academic year as the DfE writes it: 2024 -> 2024/25.
create or replace macro academic_year_label(academic_year) as
    academic_year || '/' || lpad(cast((academic_year + 1) % 100 as varchar), 2, '0');

-- A school's phase as the marts label it, from dim_school.phase (null until a school list gives it).
create or replace macro school_phase(phase) as
    case phase
        when 'primary' then 'Primary'
        when 'secondary' then 'Secondary'
        when 'all-through' then 'All-through'
        when 'special' then 'Special'
        when 'alternative provision' then 'Alternative provision'
        else 'Unknown'
    end;
