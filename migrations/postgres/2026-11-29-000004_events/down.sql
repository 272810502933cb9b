DROP TABLE candidate_notes;
DROP TABLE candidates;
DROP TABLE registrations;
DROP TABLE event_occurrences;
DROP TABLE events;
