ALTER TABLE events DROP COLUMN moved_from;
