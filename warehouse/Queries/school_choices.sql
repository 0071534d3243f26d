-- The schools the caller may see, with their trust (null for a school in no trust), to choose among: the users page
-- offers them when an administrator gives a user their trusts and schools.
select urn, name, trust
from dim_school
where school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
order by name, urn;
