CREATE TABLE trainings (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    trainer TEXT,
    location TEXT,
    description TEXT,
    required_days INTEGER NOT NULL,
    topics TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE training_participants (
    id TEXT PRIMARY KEY NOT NULL,
    training_id TEXT NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id),
    answer_token TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (training_id, person_id)
);
CREATE INDEX training_participants_person ON training_participants (person_id);

CREATE TABLE training_date_options (
    id TEXT PRIMARY KEY NOT NULL,
    training_id TEXT NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    date DATE NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX training_date_options_training ON training_date_options (training_id);

CREATE TABLE training_availability (
    participant_id TEXT NOT NULL REFERENCES training_participants (id) ON DELETE CASCADE,
    option_id TEXT NOT NULL REFERENCES training_date_options (id) ON DELETE CASCADE,
    answer TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, option_id)
);

CREATE TABLE training_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    training_id TEXT NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    day_number INTEGER NOT NULL,
    date DATE NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX training_sessions_training ON training_sessions (training_id);

CREATE TABLE training_attendance (
    session_id TEXT NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES training_participants (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, participant_id)
);
