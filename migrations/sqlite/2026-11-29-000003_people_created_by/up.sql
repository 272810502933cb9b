-- Who entered a person: connectors may add to their group only people they entered themselves.
ALTER TABLE people ADD COLUMN created_by TEXT REFERENCES accounts (id);
