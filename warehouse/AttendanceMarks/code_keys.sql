select code, code_set, attendance_code_key
from dim_attendance_code;
