-- The imports still loaded some of whose rows $import_id replaced: undoing it brings them back.
select cast(r.replaced_import_id as varchar)
from ops_import_replaced as r
inner join ops_import as i on i.import_id = r.replaced_import_id
where r.import_id = $import_id
    and i.status = 'succeeded'
order by i.finished_at;
