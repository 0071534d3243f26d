-- The audit's cells of mart_roll_exit: each row's leavers, by exit type, and the unexplained exits by destination,
-- each with its own reason; the exit type and destination are two more groups. A count neither shown nor hidden for
-- a reason is not published for the row's grouping (a pupil group's destinations, a pair's exit types): no cell. Each
-- row's pupils on roll are cells too, of a table of their own (partition "year|on roll"): the rolls of a grouping's
-- groups add up to its total's.
select
    false as linked,
    cast(r.academic_year as varchar) as partition_key,
    cast(r.urn as varchar) as urn,
    [r.gender, r.send, r.fsm, r.disadvantaged, r.eal, r.ethnicity, r.year_group, f.exit_type, f.destination] as dims,
    r.trust,
    r.phase,
    f.n,
    f.reason
from mart_roll_exit as r
cross join unnest([
    {'exit_type': null, 'destination': null, 'n': r.leavers, 'reason': r.leavers_reason},
    {'exit_type': 'moved school', 'destination': null, 'n': r.moved_school, 'reason': r.moved_school_reason},
    {'exit_type': 'permanent exclusion', 'destination': null, 'n': r.permanent_exclusion, 'reason': r.permanent_exclusion_reason},
    {'exit_type': 'unexplained', 'destination': null, 'n': r.unexplained, 'reason': r.unexplained_reason},
    {'exit_type': 'unexplained', 'destination': 'elective home education', 'n': r.elective_home_education, 'reason': r.elective_home_education_reason},
    {'exit_type': 'unexplained', 'destination': 'alternative provision', 'n': r.alternative_provision, 'reason': r.alternative_provision_reason},
    {'exit_type': 'unexplained', 'destination': 'unknown or missing education', 'n': r.unknown_or_missing_education, 'reason': r.unknown_or_missing_education_reason},
    {'exit_type': 'unexplained', 'destination': 'other', 'n': r.other_destination, 'reason': r.other_destination_reason}
]) as u(f)
where f.n is not null or f.reason is not null
union all
select
    false,
    cast(academic_year as varchar) || '|on roll',
    cast(urn as varchar),
    [gender, send, fsm, disadvantaged, eal, ethnicity, year_group, null, null],
    trust,
    phase,
    on_roll,
    on_roll_reason
from mart_roll_exit
