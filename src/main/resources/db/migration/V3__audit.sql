-- The audit trail. Events are chained: prev_hash is the hash of the event before (by seq), and
-- hash is the SHA-256 of the event's canonical form, which includes prev_hash (see AuditChain).
-- List columns hold JSON arrays of strings. seq is given by the one writer, never by the database,
-- so a removed event shows as a gap.
create table audit_events (
    seq            bigint        not null primary key,
    occurred_at    timestamp with time zone not null,
    key_name       varchar(200)  not null,
    key_role       varchar(16),
    client         varchar(100)  not null,
    kind           varchar(32)   not null,
    endpoint       varchar(2000) not null,
    request        varchar(20000) not null,
    source_ids     varchar(100000) not null,
    figure_ids     varchar(20000) not null,
    model          varchar(200),
    model_endpoint varchar(2000),
    text_left      boolean       not null,
    sent_sha256    varchar(1000),
    draft_id       varchar(64),
    warnings       varchar(100000) not null,
    status         integer       not null,
    outcome        varchar(200)  not null,
    duration_ms    bigint        not null,
    prev_hash      varchar(64)   not null,
    hash           varchar(64)   not null
);

create index audit_events_time_idx on audit_events (occurred_at);
create index audit_events_key_idx on audit_events (key_name, occurred_at);
create index audit_events_kind_idx on audit_events (kind, occurred_at);
create index audit_events_draft_idx on audit_events (draft_id);

-- What retention removed: the events up to last_seq, the last of which had last_hash, so that the
-- first kept event's prev_hash can still be checked.
create table audit_checkpoints (
    last_seq     bigint       not null primary key,
    last_hash    varchar(64)  not null,
    removed      bigint       not null,
    removed_before timestamp with time zone not null,
    made_at      timestamp with time zone not null
);
