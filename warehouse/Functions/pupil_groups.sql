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
