-- The widget's conversations, kept per key. A conversation is its owner's (the key name, or
-- loopback), titled by its first question with personal data masked; turns counts its turns and
-- gives the next one its number. Newest first means by updated_at, the time of the last turn.
create table conversations (
    id          varchar(36)   not null primary key,
    owner       varchar(200)  not null,
    title       varchar(200)  not null,
    turns       integer       not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

create index conversations_owner_idx on conversations (owner, updated_at);

-- One row per question asked in a conversation: the question as the official wrote it, its kind,
-- language and document filter (a JSON array of document ids, empty for all), and the draft that
-- answered it. The draft itself is kept in drafts; deleting a conversation leaves its drafts there.
create table conversation_turns (
    conversation_id  varchar(36)   not null,
    seq              integer       not null,
    question         varchar(20000) not null,
    kind             varchar(32)   not null,
    language         varchar(2)    not null,
    document_ids     varchar(100000) not null,
    draft_id         varchar(36)   not null,
    created_at       timestamp with time zone not null,
    primary key (conversation_id, seq),
    constraint conversation_turns_conversation_fk foreign key (conversation_id)
        references conversations (id) on delete cascade
);
