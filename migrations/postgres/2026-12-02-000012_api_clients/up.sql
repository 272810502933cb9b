-- API clients: systems that call the API with OAuth 2.0 client credentials. Only the secret's
-- Argon2id hash is kept; scopes are space-separated as OAuth writes them. Tokens issued before
-- secret_set_at (a rotation) name another secret, so they no longer work.
CREATE TABLE api_clients (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    scopes TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    secret_set_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    last_used_at TIMESTAMP,
    created_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
