-- Any statement at all: DuckDB answers it unless it has stopped the database after a failed write of its own.
select 1;
