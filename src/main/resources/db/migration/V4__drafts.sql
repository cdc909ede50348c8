-- Drafts kept with the key that wrote them. The request, the numbered sources (with the passages'
-- text, so an edit can be checked again) and the draft as first written are JSON text; the review
-- state and the number of the current version are columns the lists filter and sort on.
create table drafts (
    id           varchar(36)   not null primary key,
    owner        varchar(200)  not null,
    kind         varchar(32)   not null,
    language     varchar(2)    not null,
    model        varchar(200)  not null,
    state        varchar(16)   not null,
    version      integer       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    approved_by  varchar(200),
    approved_at  timestamp with time zone,
    request      varchar(100000)  not null,
    sources      varchar(4000000) not null,
    body         varchar(4000000) not null
);

create index drafts_owner_idx on drafts (owner, created_at);
create index drafts_state_idx on drafts (state, updated_at);

-- Every text of a draft: version 1 as written, then each edit with who made it and the citation
-- check of that text (citations, sentences, warnings as JSON).
create table draft_versions (
    draft_id    varchar(36)   not null,
    version     integer       not null,
    author      varchar(200)  not null,
    created_at  timestamp with time zone not null,
    text        varchar(1000000) not null,
    checked     varchar(4000000) not null,
    primary key (draft_id, version)
);

-- What happened in a draft's review, in order: created, edited, submitted, commented, returned,
-- approved; version is the draft's version when it happened.
create table draft_reviews (
    draft_id    varchar(36)   not null,
    seq         integer       not null,
    actor       varchar(200)  not null,
    action      varchar(16)   not null,
    version     integer       not null,
    comment     varchar(10000),
    created_at  timestamp with time zone not null,
    primary key (draft_id, seq)
);

-- The documents a draft cites, for the feedback summary by source document.
create table draft_documents (
    draft_id     varchar(36)  not null,
    document_id  varchar(100) not null,
    title        varchar(500) not null,
    primary key (draft_id, document_id)
);

-- Thumbs up or down on a draft, with an optional reason and comment.
create table draft_feedback (
    id          varchar(36)   not null primary key,
    draft_id    varchar(36)   not null,
    author      varchar(200)  not null,
    rating      varchar(8)    not null,
    reason      varchar(16),
    comment     varchar(4000),
    created_at  timestamp with time zone not null
);

create index draft_feedback_draft_idx on draft_feedback (draft_id, created_at);
