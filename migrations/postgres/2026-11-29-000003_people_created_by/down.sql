ALTER TABLE people DROP COLUMN created_by;
