insert into ops_import_replaced (import_id, replaced_import_id)
values ($import_id, $replaced_import_id);
