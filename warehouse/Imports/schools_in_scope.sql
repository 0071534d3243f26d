-- The schools a sender's rows may be for, when the sender does not see every school: the known schools in their scope
-- (Functions/access_scope.sql) and the URNs they were given by name, known yet or not.
select urn
from dim_school
where school_in_scope(urn, $scope_all, $scope_trusts, $scope_urns)
union
select unnest($scope_urns);
