ALTER TABLE api_clients DROP COLUMN tokens_valid_from;
