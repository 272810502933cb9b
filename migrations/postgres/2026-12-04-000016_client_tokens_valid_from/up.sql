-- Tokens of an API client issued before this moment no longer work: set when the client is
-- disabled or loses a scope, so enabling it again or giving the scope back does not revive them.
ALTER TABLE api_clients ADD COLUMN tokens_valid_from TIMESTAMP;
