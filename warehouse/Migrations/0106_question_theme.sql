-- Which questions of the pupils', parents' and staff questionnaires ask the like of each other, so the Belonging page
-- can set their answers side by side (Queries/survey_themes.sql). The pairs are data: the theme column of
-- etl/Survey/Instruments/items.csv, which each survey load writes here (Survey/load.sql). Questions loaded before this
-- migration are given the themes items.csv had when it was written, so they line up without loading them again.
alter table dim_question add column theme varchar;

comment on column dim_question.theme is 'The theme the question shares with other respondents'' questionnaires (Belonging: the pupils'' "I feel like I belong at my school", the parents'' "My child feels they belong at this school", the staff''s "I feel like I belong at this school"); null when no other questionnaire asks the like.';

update dim_question as q
set theme = t.theme
from (values
    ('ncb-pupil', 'belong', 'Belonging'),
    ('ncb-parent', 'child_belongs', 'Belonging'),
    ('ncb-staff', 'staff_belong', 'Belonging'),
    ('ncb-pupil', 'teachers_interested', 'Known by staff'),
    ('ncb-parent', 'staff_know_child', 'Known by staff'),
    ('ncb-staff', 'staff_know_pupils', 'Known by staff'),
    ('ncb-pupil', 'support_work', 'Support'),
    ('ncb-parent', 'child_supported', 'Support'),
    ('ncb-pupil', 'trusted_adult', 'A trusted adult'),
    ('ncb-staff', 'pupils_trust_staff', 'A trusted adult'),
    ('ncb-pupil', 'happy_part', 'Happy at school'),
    ('ncb-parent', 'child_happy', 'Happy at school')
) as t(instrument, item_code, theme)
where q.instrument = t.instrument and q.item_code = t.item_code;
