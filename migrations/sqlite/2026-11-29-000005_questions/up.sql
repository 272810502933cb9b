-- Resident questions. Name, contact and text are personal data: the retention job blanks them
-- (and the notes of the history) once a closed question is older than the retention period.
CREATE TABLE questions (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id),
    channel TEXT NOT NULL,
    event_id TEXT REFERENCES events (id) ON DELETE SET NULL,
    asked_at TIMESTAMP NOT NULL,
    topic TEXT NOT NULL,
    text TEXT NOT NULL,
    asker_name TEXT,
    asker_email TEXT,
    asker_phone TEXT,
    contact_consent_at TIMESTAMP,
    status TEXT NOT NULL,
    assignee_id TEXT REFERENCES people (id),
    public_answer TEXT,
    tracking_hash TEXT UNIQUE,
    first_response_at TIMESTAMP,
    answered_at TIMESTAMP,
    closed_at TIMESTAMP,
    erased_at TIMESTAMP,
    created_by TEXT REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX questions_group ON questions (group_id, status);
CREATE INDEX questions_closed ON questions (status, closed_at);

CREATE TABLE question_history (
    id TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    actor_account_id TEXT REFERENCES accounts (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX question_history_question ON question_history (question_id);

-- The local directory of professional organisations ("sociale kaart").
CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    topics TEXT NOT NULL,
    neighbourhood_ids TEXT NOT NULL,
    contact_person TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE referrals (
    id TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    contact_name TEXT,
    consent_to_share_at TIMESTAMP,
    note TEXT,
    follow_up_on DATE,
    outcome TEXT,
    created_by TEXT REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX referrals_question ON referrals (question_id);

CREATE TABLE faq_items (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id),
    question_id TEXT REFERENCES questions (id) ON DELETE SET NULL,
    topic TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    published BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX faq_items_group ON faq_items (group_id);

-- Who read or changed personal data, when (DESIGN.md §5). Kept without the data itself.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    account_id TEXT REFERENCES accounts (id),
    action TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_resource ON audit_log (resource_type, resource_id);
