-- Prompt lab runs. A run's variants and model settings, and each cell's result, are JSON text:
-- the lab reads and writes them whole, and the pages show them as they are.
create table lab_runs (
    id           varchar(36)   not null primary key,
    exercise_id  varchar(200)  not null,
    participant  varchar(200),
    status       varchar(16)   not null,
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    variants     varchar(1000000) not null,
    models       varchar(10000) not null
);

create index lab_runs_exercise_idx on lab_runs (exercise_id, created_at);
create index lab_runs_status_idx on lab_runs (status);

-- One row per cell (variant x model setting x test case); ordinal keeps the grid order.
create table lab_cells (
    run_id   varchar(36)  not null,
    cell_id  varchar(16)  not null,
    ordinal  integer      not null,
    status   varchar(16)  not null,
    body     varchar(1000000) not null,
    primary key (run_id, cell_id)
);
