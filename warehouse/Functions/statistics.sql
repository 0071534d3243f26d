-- Wilson score interval (95%) for k successes out of n: better than the normal approximation for small groups
-- and percentages near 0 or 100. Returned as percentages.
create or replace macro wilson_low(k, n) as
    case when n > 0 then 100.0 * (
        (k / n + 1.959964 ^ 2 / (2 * n))
        - 1.959964 * sqrt(k / n * (1 - k / n) / n + 1.959964 ^ 2 / (4 * n ^ 2))
    ) / (1 + 1.959964 ^ 2 / n) end;

create or replace macro wilson_high(k, n) as
    case when n > 0 then 100.0 * (
        (k / n + 1.959964 ^ 2 / (2 * n))
        + 1.959964 * sqrt(k / n * (1 - k / n) / n + 1.959964 ^ 2 / (4 * n ^ 2))
    ) / (1 + 1.959964 ^ 2 / n) end;
