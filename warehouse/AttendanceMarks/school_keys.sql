-- The school key of each URN.
select urn, school_key
from dim_school;
