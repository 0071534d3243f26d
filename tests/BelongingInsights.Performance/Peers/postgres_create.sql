create table marks (
    upn varchar not null,
    urn integer not null,
    date date not null,
    session varchar not null,
    mark varchar not null
);
