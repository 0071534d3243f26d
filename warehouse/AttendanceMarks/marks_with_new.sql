-- How many distinct marks dim_attendance_mark would hold with the import's new marks added.
select (select count(*) from dim_attendance_mark) + (select count(*) from load_new_mark);
