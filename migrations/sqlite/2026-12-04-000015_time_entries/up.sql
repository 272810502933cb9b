-- Time that members spend on the programme (issue 14): each entry is one member's time on one
-- local date, in minutes, for one of their groups; "nothing this week" is an entry of its own
-- (minutes 0, no activity), so a member who did nothing is told apart from one who forgot.
-- entered_by is the account that wrote it: the member, or someone logging for a member without
-- an account; only that account changes it.
CREATE TABLE time_entries (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    entered_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    worked_on DATE NOT NULL,
    minutes INTEGER NOT NULL,
    activity TEXT,
    nothing_this_week BOOLEAN NOT NULL,
    event_id TEXT REFERENCES events (id) ON DELETE SET NULL,
    question_id TEXT REFERENCES questions (id) ON DELETE SET NULL,
    note TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX time_entries_group_day ON time_entries (group_id, worked_on);
CREATE INDEX time_entries_person_day ON time_entries (person_id, worked_on);
