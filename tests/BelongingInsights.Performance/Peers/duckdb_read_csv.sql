create table marks as
select *
from read_csv(
    $path,
    header = true,
    columns = {'upn': 'varchar', 'urn': 'integer', 'date': 'date', 'session': 'varchar', 'mark': 'varchar'},
    dateformat = '%d/%m/%Y'
);
