ALTER TABLE deletions DROP COLUMN reason;
