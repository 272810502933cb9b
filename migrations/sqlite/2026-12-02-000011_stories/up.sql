-- Stories from interviews with residents, shown on the group's site with consent. Withdrawal
-- erases text and teller_name at once and unpublishes (withdrawn_at records when).
CREATE TABLE stories (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    text TEXT,
    event_id TEXT REFERENCES events (id) ON DELETE SET NULL,
    consent TEXT NOT NULL,
    consent_recorded_at TIMESTAMP NOT NULL,
    teller_name TEXT,
    published BOOLEAN NOT NULL,
    published_at TIMESTAMP,
    withdrawn_at TIMESTAMP,
    created_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX stories_group ON stories (group_id, id);
