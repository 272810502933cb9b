DROP TABLE memberships;
DROP TABLE groups;
DROP TABLE refresh_tokens;
DROP TABLE accounts;
DROP TABLE people;
DROP TABLE neighbourhoods;
