-- An import's problems grouped by what is wrong, most frequent first, with the columns and the first spreadsheet rows
-- each was found on, when the caller may see the import (Functions/import_scope.sql). The counts are of the problems
-- kept (ProblemLog.KeptProblems per file); ops_import.problem_count has them all.
select
    p.severity,
    p.message,
    count(*) as problem_count,
    string_agg(distinct p.column_name, ', ' order by p.column_name) as columns,
    coalesce(list(p.line order by p.line) filter (where p.line > 0), [])[1:10] as first_rows
from ops_import_problem as p
inner join ops_import as i on i.import_id = p.import_id
where p.import_id = $import_id
    and import_visible(i.uploaded_by, i.uploader_all_schools, i.uploader_trusts, i.uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns)
group by p.severity, p.message
order by problem_count desc, min(p.line), p.message;
