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

-- DuckDB has no erf, so the standard normal distribution uses Abramowitz and Stegun's formula 26.2.17
-- (absolute error under 7.5e-8). normal_upper_tail(x) is P(Z > x) for x >= 0.
create or replace macro normal_tail_polynomial(t) as
    t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));

create or replace macro normal_upper_tail(x) as
    exp(-x * x / 2) / sqrt(2 * pi()) * normal_tail_polynomial(1 / (1 + 0.2316419 * x));

-- Standard normal cumulative distribution function, P(Z <= x).
create or replace macro normal_cdf(x) as
    case when x >= 0 then 1 - normal_upper_tail(x) else normal_upper_tail(-x) end;

-- Two-sided p-value of a z statistic: 2 * (1 - Phi(|z|)).
create or replace macro two_sided_p(z) as 2 * normal_upper_tail(abs(z));

-- p-value of a chi-square statistic with one degree of freedom: 2 * (1 - Phi(sqrt(x))).
create or replace macro chi_square_1df_p(x) as 2 * normal_upper_tail(sqrt(x));

-- Two-proportion z statistic with the pooled proportion, for k1 of n1 (first) against k2 of n2 (second); positive
-- when the second proportion is higher. Null when either group is empty or the pooled proportion is 0 or 1.
create or replace macro two_proportion_z(k1, n1, k2, n2) as
    case when n1 > 0 and n2 > 0 and 0 < k1 + k2 and k1 + k2 < n1 + n2 then
        (k2 / n2 - k1 / n1)
        / sqrt((k1 + k2) / (n1 + n2) * (1 - (k1 + k2) / (n1 + n2)) * (1 / n1 + 1 / n2))
    end;

-- McNemar's chi-square with continuity correction for b pairs that changed one way and c the other:
-- (|b - c| - 1)^2 / (b + c), floored at 0 when b and c differ by less than one. Null when no pair changed.
create or replace macro mcnemar_chi_square(b, c) as
    case when b + c > 0 then greatest(abs(b - c) - 1, 0) ^ 2 / (b + c) end;

-- Cronbach's alpha for k items from the sum of the item variances and the variance of the total score (both
-- over the same respondents, with the same denominator). Null when it is undefined.
create or replace macro cronbach_alpha(k, sum_item_variance, total_variance) as
    case when k > 1 and total_variance > 0 then k / (k - 1) * (1 - sum_item_variance / total_variance) end;

-- A respondent has a scale score when they answered at least half the instrument's items, rounded up.
create or replace macro scale_minimum_items(items) as cast(ceil(items / 2) as integer);

-- Byar's approximation to the exact Poisson 95% interval for a count k of events (as counts).
create or replace macro poisson_low(k) as
    case when k = 0 then 0.0 when k > 0 then k * (1 - 1 / (9 * k) - 1.959964 / (3 * sqrt(k))) ^ 3 end;

create or replace macro poisson_high(k) as
    case when k >= 0 then (k + 1) * (1 - 1 / (9 * (k + 1)) + 1.959964 / (3 * sqrt(k + 1))) ^ 3 end;

-- 95% interval of a ratio of totals A / P over n units (pupils), each with its own a and p, from the sums of a², a·p
-- and p² (Taylor linearisation): the standard error is sqrt(n · s²) / P, s² the variance of a − R·p. Returned as
-- percentages, like the ratio's own 100 · A / P.
create or replace macro ratio_low(a, p, n, aa, ap, pp) as
    case when n > 1 and p > 0 then 100.0 * (a / p - 1.959964 * sqrt(n * greatest(aa - 2 * (a / p) * ap + (a / p) ^ 2 * pp, 0) / (n - 1)) / p) end;

create or replace macro ratio_high(a, p, n, aa, ap, pp) as
    case when n > 1 and p > 0 then 100.0 * (a / p + 1.959964 * sqrt(n * greatest(aa - 2 * (a / p) * ap + (a / p) ^ 2 * pp, 0) / (n - 1)) / p) end;

-- 95% interval of the difference second − first of two independent estimates, each given with its own 95% interval
-- (MOVER, Newcombe's method for Wilson intervals; for normal intervals the usual sqrt(se1² + se2²)).
create or replace macro difference_low(first, first_low, first_high, second, second_low, second_high) as
    (second - first) - sqrt((second - second_low) ^ 2 + (first_high - first) ^ 2);

create or replace macro difference_high(first, first_low, first_high, second, second_low, second_high) as
    (second - first) + sqrt((second_high - second) ^ 2 + (first - first_low) ^ 2);

-- Parts of a whole of n per 100, to one decimal, adding up to exactly 100 (the largest remainder method): each
-- part's tenths rounded down, then the tenths left over one each to the parts with the largest remainders, the
-- earlier part first on a tie. Rounding each part on its own can give 99.9 or 100.1. Null when n is 0.
create or replace macro shares_of_100(parts, n) as
    case when n > 0 then list_transform(parts, (p, i) -> (
        (1000 * p) // n
        + if(
            len(list_filter(parts, (q, j) -> (1000 * q) % n > (1000 * p) % n or ((1000 * q) % n = (1000 * p) % n and j < i)))
                < 1000 - list_sum(list_transform(parts, q -> (1000 * q) // n)),
            1,
            0
        )
    ) / 10) end;
