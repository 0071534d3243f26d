set datestyle = 'ISO, DMY';
copy marks from :'path' with (format csv, header true);
