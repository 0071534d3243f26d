-- The imports still loaded, other than $except_id, that replaced rows of $import_id: while any is loaded, the rows of
-- $import_id cannot be brought back (or taken out) without overwriting theirs.
select i.file_name
from ops_import_replaced as r
inner join ops_import as i on i.import_id = r.import_id
where r.replaced_import_id = $import_id
    and r.import_id <> $except_id
    and i.status = 'succeeded'
order by i.finished_at;
