-- Events: single events and weekly series (the rule is kept as its parts and expanded as an
-- RFC 5545 RRULE); times are UTC instants.
CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    event_type TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    location_name TEXT NOT NULL,
    location_address TEXT,
    location_postcode TEXT,
    location_city TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    group_id TEXT REFERENCES groups (id),
    neighbourhood_id TEXT NOT NULL REFERENCES neighbourhoods (id),
    visibility TEXT NOT NULL,
    capacity INTEGER,
    status TEXT NOT NULL,
    cancellation_reason TEXT,
    recurrence_interval INTEGER,
    recurrence_until DATE,
    recurrence_count INTEGER,
    residents_reached INTEGER,
    notes TEXT,
    story_consent_at TIMESTAMP,
    created_by TEXT REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX events_group ON events (group_id);
CREATE INDEX events_starts_at ON events (starts_at);

-- One date of a series that was cancelled, moved, or has its own after-event figures; keyed by
-- the local date the rule gives it.
CREATE TABLE event_occurrences (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    occurrence_date DATE NOT NULL,
    status TEXT NOT NULL,
    cancellation_reason TEXT,
    starts_at TIMESTAMP,
    ends_at TIMESTAMP,
    residents_reached INTEGER,
    notes TEXT,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (event_id, occurrence_date)
);

-- Sign-ups without an account. The personal cancel token is kept only as its SHA-256 hash.
CREATE TABLE registrations (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    contact_consent_at TIMESTAMP,
    number_of_people INTEGER NOT NULL,
    status TEXT NOT NULL,
    wants_to_become_connector BOOLEAN NOT NULL DEFAULT FALSE,
    token_hash TEXT NOT NULL UNIQUE,
    checked_in_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX registrations_event ON registrations (event_id, status);

-- Residents who would like to become a buurtverbinder, and their note trail.
CREATE TABLE candidates (
    id TEXT PRIMARY KEY NOT NULL,
    registration_id TEXT REFERENCES registrations (id) ON DELETE SET NULL,
    event_id TEXT REFERENCES events (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    motivation TEXT,
    status TEXT NOT NULL,
    person_id TEXT REFERENCES people (id),
    group_id TEXT REFERENCES groups (id),
    training_id TEXT REFERENCES trainings (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX candidates_event ON candidates (event_id);

CREATE TABLE candidate_notes (
    id TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    author_account_id TEXT REFERENCES accounts (id),
    body TEXT,
    from_status TEXT,
    to_status TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX candidate_notes_candidate ON candidate_notes (candidate_id);
