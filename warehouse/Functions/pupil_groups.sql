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

-- The combinations of groups a grouped mart publishes, one bit per column a cell may break down by: bit 0 the
-- school, bits 1 to 7 the pupil groups (gender, SEND, FSM, disadvantaged, EAL, ethnicity, year group), bit 8 the
-- trust, bit 9 the phase. A school's cells always carry its trust and its phase, so the schools of one trust and
-- phase are siblings under the trust-and-phase cell, whose siblings in turn add up to the trust and to the phase:
-- each school sits in both hierarchies and the suppression sets protect it in both. At most two pupil groups within
-- a school and three groups in all elsewhere; within one school three would almost all be suppressed.
create or replace macro group_masks() as table
    select mask
    from range(0, 1024) as r(mask)
    where case
        when mask & 1 > 0 then mask & 768 = 768 and bit_count((mask >> 1) & 127) <= 2
        else bit_count(mask >> 1) <= 3
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

-- The name of a survey cell's grouping from the respondent groups it breaks down by (null = all).
create or replace macro respondent_grouping(gender, send, year_group) as
    grouping_name('All respondents', null, gender, send, null, null, null, null, year_group, null, null);

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
