select count(*) from ops_schema_migration where version = $version;
