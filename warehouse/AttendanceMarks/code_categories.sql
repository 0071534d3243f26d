select attendance_code_key, category, counted
from dim_attendance_code;
