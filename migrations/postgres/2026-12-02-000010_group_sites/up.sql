-- The group's own site, set up by the group (DESIGN.md §3): what it says about itself, where and
-- when its walk-in hour is, which sections show (a JSON array, in the order shown) and its colour.
-- A group without a row has the default site.
CREATE TABLE group_sites (
    group_id TEXT PRIMARY KEY NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    introduction TEXT,
    contact TEXT,
    walk_in_place TEXT,
    walk_in_time TEXT,
    sections TEXT NOT NULL,
    colour TEXT NOT NULL,
    updated_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL
);
