-- The terms that the imports the caller may see cover (Functions/import_scope.sql), newest first, for the imports
-- page's period filter.
select distinct d.academic_year, d.term_order
from ops_import as i
inner join dim_date as d on d.date_key between i.covers_from and i.covers_to
where import_visible(i.uploaded_by, i.uploader_all_schools, i.uploader_trusts, i.uploader_urns, $caller_id, $scope_all, $scope_trusts, $scope_urns)
order by d.academic_year desc, d.term_order desc;
