-- A personal link an admin hands over so a person sets their account's password without logging
-- in: an invitation for a new account, or a reset. Only the token's SHA-256 is kept; a link works
-- once, until `expires_at`; a new link of the account replaces the unused ones.
CREATE TABLE password_links (
    id TEXT PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_by TEXT REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX password_links_account ON password_links (account_id);
