-- Only the instruments with results the caller may see, so the list names none used only by others' schools; pupils'
-- questionnaires first, so the Belonging page opens on what pupils said.
select i.instrument, i.name, i.respondent
from dim_instrument as i
where exists (
    select 1
    from mart_survey_item as m
    where m.instrument = i.instrument
        and row_in_scope(m.urn, m.trust, $scope_all, $scope_trusts, $scope_urns)
)
order by i.respondent <> 'pupil', i.name;
