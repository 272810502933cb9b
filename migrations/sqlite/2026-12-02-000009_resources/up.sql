-- What a neighbourhood already has (asset-based community development), in the spirit of the
-- Open Referral HSDS 3.0 service model. Each contact detail carries whether it may be shown
-- publicly. A skill is a person's (owner_person_id) and shows only at the audience its owner
-- consented to; consent_recorded_at is the moment of that consent. Coordinates are WGS 84
-- (CRS84: longitude, latitude); other systems are computed on the way out.
CREATE TABLE resources (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    kind TEXT NOT NULL,
    tags TEXT NOT NULL,
    status TEXT NOT NULL,
    audience TEXT NOT NULL,
    owner_person_id TEXT REFERENCES people (id) ON DELETE CASCADE,
    consent_recorded_at TIMESTAMP,
    contact_name TEXT,
    contact_name_public BOOLEAN NOT NULL,
    email TEXT,
    email_public BOOLEAN NOT NULL,
    phone TEXT,
    phone_public BOOLEAN NOT NULL,
    website TEXT,
    website_public BOOLEAN NOT NULL,
    address TEXT,
    longitude REAL,
    latitude REAL,
    neighbourhood_id TEXT NOT NULL REFERENCES neighbourhoods (id),
    group_id TEXT REFERENCES groups (id),
    opening_hours TEXT,
    opening_hours_format TEXT NOT NULL,
    accessibility TEXT,
    languages TEXT NOT NULL,
    added_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    verified_on DATE,
    verified_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX resources_neighbourhood ON resources (neighbourhood_id, id);
CREATE INDEX resources_group ON resources (group_id, id);
CREATE INDEX resources_verified_on ON resources (verified_on, id);
CREATE INDEX resources_owner ON resources (owner_person_id);
