-- Who sent each import, so its rows load only within their scope (a reprocess runs with the original sender's) and
-- the import is listed only to them and to callers whose scope holds theirs. Imports received before sign-in came from
-- the server's operator: every school, no user.
alter table ops_import add column uploaded_by uuid;
alter table ops_import add column uploader_all_schools boolean default true;
alter table ops_import add column uploader_trusts varchar[] default [];
alter table ops_import add column uploader_urns integer[] default [];
alter table ops_import add column file_deleted_at timestamp;

comment on column ops_import.uploaded_by is 'The signed-in user who sent the file; empty for the inbox folder and the demonstration data.';
comment on column ops_import.uploader_all_schools is 'Whether the sender saw every school when they sent the file.';
comment on column ops_import.uploader_trusts is 'The trusts whose schools the sender saw when they sent the file.';
comment on column ops_import.uploader_urns is 'The schools (URNs) the sender saw by name when they sent the file.';
comment on column ops_import.file_deleted_at is 'When the stored file was deleted, Imports:KeepUploadsDays after the import was final; it cannot be run again after.';
