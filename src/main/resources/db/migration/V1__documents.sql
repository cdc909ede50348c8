-- One row per stored document. The original lives under data-dir/originals by its SHA-256;
-- the passages live in the Lucene index and are derived from the original.
create table documents (
    id            varchar(32)   not null primary key,
    title         varchar(500)  not null,
    file_name     varchar(500)  not null,
    format        varchar(16)   not null,
    language      varchar(2)    not null,
    size_bytes    bigint        not null,
    sha256        char(64)      not null,
    origin        varchar(1000) not null,
    status        varchar(16)   not null,
    passage_count integer       not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint documents_sha256_unique unique (sha256)
);

create index documents_origin_idx on documents (origin);
create index documents_status_idx on documents (status);
