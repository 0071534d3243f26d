-- The pupil weeks of session marks the warehouse holds.
select count(*) from fact_attendance_week;
