-- How many combined weeks have a session both parts mark: fewer sessions marked in the combined week than in its parts.
select count(*)
from load_split_week
where sessions <> list_sum(list_transform(
    range(14),
    i -> ((if(i < 7, first_sessions, last_sessions) >> (8 * (i % 7))::ubigint) & 255 <> 0)::integer
));
