-- Why an item left a followed collection: `removed` (deleted or erased), or `no_longer_public`
-- (it still exists, but a public mirror must take it down: a resource's audience or an event's
-- visibility is no longer public).
ALTER TABLE deletions ADD COLUMN reason TEXT NOT NULL DEFAULT 'removed';
