create sequence seq_school_key start 1;
create sequence seq_pupil_key start 1;

create table dim_school (
    school_key integer not null,
    urn integer not null,
    name varchar not null
);

comment on table dim_school is 'One row per school, by its DfE URN.';
comment on column dim_school.urn is 'The school''s 6-digit unique reference number (Get Information About Schools).';

create table dim_pupil (
    pupil_key integer not null,
    pupil_hash varchar not null
);

comment on table dim_pupil is 'One row per pupil. The UPN is never stored: pupil_hash is its keyed HMAC-SHA256.';

-- Grain: one row per calendar day. Terms are by month until school term dates are loaded:
-- autumn September to December, spring January to March, summer April to August.
create table dim_date as
with days as (
    select cast(d as date) as date_key
    from generate_series(date '2000-09-01', date '2040-08-31', interval 1 day) as t(d)
),

years as (
    select
        date_key,
        case when month(date_key) >= 9 then year(date_key) else year(date_key) - 1 end as academic_year
    from days
)

select
    date_key,
    academic_year,
    academic_year || '/' || lpad(cast((academic_year + 1) % 100 as varchar), 2, '0') as academic_year_label,
    case
        when month(date_key) >= 9 then 'Autumn'
        when month(date_key) <= 3 then 'Spring'
        else 'Summer'
    end as term,
    case
        when month(date_key) >= 9 then 1
        when month(date_key) <= 3 then 2
        else 3
    end as term_order,
    case
        when month(date_key) in (9, 10) then 'Autumn 1'
        when month(date_key) in (11, 12) then 'Autumn 2'
        when month(date_key) in (1, 2) then 'Spring 1'
        when month(date_key) = 3 then 'Spring 2'
        when month(date_key) in (4, 5) then 'Summer 1'
        else 'Summer 2'
    end as half_term,
    cast(date_trunc('week', date_key) as date) as week_start,
    isodow(date_key) as day_of_week
from years;

comment on table dim_date is 'Every day from 2000/01 to 2039/40 with its academic year (September to August), term and week.';
