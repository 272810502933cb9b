-- What a mirror needs to follow the main collections: the changes order (updated_at, then id)
-- as an index per collection, and the removals as tombstones, kept so that a mirror that was away
-- still learns what is gone. A tombstone holds ids only, never personal data.
CREATE TABLE deletions (
    id TEXT PRIMARY KEY NOT NULL,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    deleted_at TIMESTAMP NOT NULL
);
CREATE INDEX deletions_by_time ON deletions (deleted_at, id);
CREATE INDEX groups_by_change ON groups (updated_at, id);
CREATE INDEX people_by_change ON people (updated_at, id);
CREATE INDEX events_by_change ON events (updated_at, id);
CREATE INDEX questions_by_change ON questions (updated_at, id);
CREATE INDEX organisations_by_change ON organisations (updated_at, id);
CREATE INDEX resources_by_change ON resources (updated_at, id);
