-- The data dictionary describes every column a reader meets; these are the columns the earlier migrations left
-- to their names.

comment on column dim_attendance_code.code is 'The DfE register code as the statistics count it (for example /, L, I, C1, Y4).';
comment on column dim_attendance_code.description is 'What the code records, in the DfE guidance''s words.';

comment on column dim_date.academic_year is 'The academic year the day falls in, by its starting calendar year (2024 for 1 September 2024 to 31 August 2025).';
comment on column dim_date.academic_year_label is 'The academic year as the DfE writes it: 2024/25.';
comment on column dim_date.term is 'Autumn (September to December), Spring (January to March) or Summer (April to August).';
comment on column dim_date.term_order is '1, 2 or 3 for Autumn, Spring and Summer, for ordering.';
comment on column dim_date.half_term is 'Autumn 1, Autumn 2, Spring 1, Spring 2, Summer 1 or Summer 2 (by calendar month; schools'' own dates vary by a week or so).';
comment on column dim_date.week_start is 'The Monday of the day''s week.';
comment on column dim_date.day_of_week is 'ISO day of the week: 1 Monday to 7 Sunday.';

comment on column dim_instrument.instrument is 'The instrument''s code, such as ncb-pupil or pisa-belonging.';
comment on column dim_instrument.name is 'The instrument''s full name.';
comment on column dim_instrument.answer_scale is 'The answer scale its items use (frequency4: never to all of the time; agreement4: strongly disagree to strongly agree).';

comment on column dim_pupil.pupil_hash is 'The keyed HMAC-SHA256 of the pupil''s UPN: the same pupil gives the same hash in every file, and the UPN cannot be recovered from it without the key.';

comment on column dim_pupil_characteristics.is_current is 'True for the pupil''s latest snapshot at the school.';
comment on column dim_pupil_characteristics.ethnicity_code is 'The census ethnicity code as exported (main or extended), before the roll-up to major groups.';

comment on column dim_question.instrument is 'The instrument the item belongs to.';
comment on column dim_question.item_code is 'A short stable code for the item, such as belong or lonely.';
comment on column dim_question.item_text is 'The item''s wording as respondents read it.';
comment on column dim_question.construct is 'What the item measures, such as belonging or relationships with staff.';
comment on column dim_question.reverse_coded is 'True when agreeing is the negative answer (I feel lonely at my school): scores and positive answers are reversed.';
comment on column dim_question.item_order is 'The item''s position in the questionnaire.';

comment on column dim_school.name is 'The school''s name as an export or the schools list gives it; School <URN> until one does.';

comment on column dim_wave.wave is 'baseline, midpoint, endline, or a dated round (round yyyy-mm-dd).';
comment on column dim_wave.wave_order is 'The order waves are compared in: baseline 1, midpoint 2, endline 3, dated rounds after by date.';

comment on column fact_attendance.period_start is 'The first day the summary covers.';
comment on column fact_attendance.period_end is 'The last day the summary covers.';
comment on column fact_attendance.present_sessions is 'Sessions present (codes /, \ and L).';
comment on column fact_attendance.aea_sessions is 'Sessions of approved educational activity: counted as attendance, not absence.';
comment on column fact_attendance.authorised_absence is 'Sessions of authorised absence.';
comment on column fact_attendance.unauthorised_absence is 'Sessions of unauthorised absence.';

comment on column fact_attendance_mark.session_date is 'The day of the session.';
comment on column fact_attendance_mark.session is 'AM or PM.';

comment on column fact_attendance_week.week_start is 'The Monday of the week the marks fall in.';
comment on column fact_attendance_week.academic_year is 'The academic year of the week (its starting calendar year).';
comment on column fact_attendance_week.period_end is 'The last day in the week with a mark.';
comment on column fact_attendance_week.present_sessions is 'Sessions marked present that week.';
comment on column fact_attendance_week.aea_sessions is 'Sessions of approved educational activity that week.';
comment on column fact_attendance_week.authorised_absence is 'Sessions of authorised absence that week.';
comment on column fact_attendance_week.unauthorised_absence is 'Sessions of unauthorised absence that week.';

comment on column fact_benchmark.time_identifier is 'The release''s own period label (Academic year, Spring term, Week 12...).';
comment on column fact_benchmark.area_name is 'The area the figure is for: England, a region or a local authority.';
comment on column fact_benchmark.region_name is 'The region of a regional or local-authority figure.';

comment on column fact_roll_change.change_date is 'The admission date (joined) or leaving date (left).';

comment on column fact_survey_answer.wave is 'The survey wave: baseline, midpoint, endline or a dated round.';
comment on column fact_survey_answer.answered_on is 'The day the response was submitted, when the export gives it.';
comment on column fact_survey_answer.self_send is 'SEND as the respondent reported it (anonymous surveys), when asked.';
comment on column fact_survey_answer.self_year_group is 'Year group as the respondent reported it (anonymous surveys), when asked.';
comment on column fact_survey_answer.is_negative is 'The answer is one of the scale''s negative answers, after reverse coding.';
comment on column fact_survey_answer.is_unanswered is 'The respondent left the item blank.';

comment on column dim_audit_item.area is 'The audit area''s name: creating an inclusive culture; whole-school data, policies and training; fostering positive relationships; school activities.';
comment on column fact_audit_rating.chosen_action is 'The action the school chose for the item, if any.';

comment on column dim_exclusion_reason.reason_code is 'The DfE reason code (PP, PA, VP, VA, OW, BU, RA, LG, DS, SM, DA, DB, DM, TH, MT; PH and OT withdrawn).';
comment on column dim_exclusion_reason.description is 'What the reason means, in the DfE''s words.';
comment on column fact_behaviour_incident.incident_date is 'The day of the incident.';
comment on column fact_behaviour_incident.location is 'Where it happened, as the school''s MIS names it.';
comment on column fact_exclusion.start_date is 'The first day of the suspension or the date of the permanent exclusion.';
comment on column fact_exclusion.reason_2_raw is 'The second reason as exported, if any (null when unrecognised text).';
comment on column fact_exclusion.reason_3_raw is 'The third reason as exported, if any (null when unrecognised text).';
