-- The user store: accounts, API tokens and the audit log, in a database of their own (never the warehouse), so
-- an evaluator's SQL or a snapshot of the warehouse cannot read them. The same SQL runs on PostgreSQL and DuckDB.
create schema if not exists accounts;

create table if not exists accounts.users (
    id uuid primary key,
    -- Stored lower-cased, so the uniqueness below is case-insensitive.
    email text not null unique,
    name text not null,
    role text not null,
    trusts text[] not null,
    schools integer[] not null,
    -- Null for a user who signs in only through single sign-on.
    password_hash text,
    failed_signins integer not null default 0,
    locked_until timestamptz,
    created_at timestamptz not null default current_timestamp
);

create table if not exists accounts.api_tokens (
    id uuid primary key,
    user_id uuid not null,
    -- SHA-256 of the token: the token itself is shown once and never stored.
    token_hash text not null unique,
    created_at timestamptz not null default current_timestamp
);

create table if not exists accounts.audit_log (
    id uuid primary key,
    occurred_at timestamptz not null default current_timestamp,
    actor text not null,
    action text not null,
    detail text not null,
    row_count bigint
);

-- Evaluators' saved queries, shared by link with everyone who may use the SQL workbench. Kept here rather than in
-- the warehouse so a snapshot never carries them; the id is the link's random part.
create table if not exists accounts.saved_queries (
    id text primary key,
    title text not null,
    sql text not null,
    owner_id uuid not null,
    owner text not null,
    saved_at timestamptz not null default current_timestamp
);
