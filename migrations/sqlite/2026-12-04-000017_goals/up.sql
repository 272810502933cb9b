-- A group's achievable goals (issue 14) and their dated progress notes. The lists of events,
-- resources and questions that serve a goal are kept as JSON arrays of ids.
CREATE TABLE goals (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    success TEXT,
    target_on DATE,
    status TEXT NOT NULL,
    public BOOLEAN NOT NULL,
    event_ids TEXT NOT NULL,
    resource_ids TEXT NOT NULL,
    question_ids TEXT NOT NULL,
    created_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX goals_group ON goals (group_id, id);
CREATE TABLE goal_progress (
    id TEXT PRIMARY KEY NOT NULL,
    goal_id TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    noted_on DATE NOT NULL,
    note TEXT NOT NULL,
    written_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX goal_progress_goal ON goal_progress (goal_id, noted_on);
