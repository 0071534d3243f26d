select count(*)
from ops_import;
