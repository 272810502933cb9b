-- The timeline of a question also shows assignments, the public answer and notes, not only moves.
-- `change`: status | note | assignment | public_answer. `assignee_id`: who it was assigned to (NULL
-- for "nobody"), only for an assignment.
ALTER TABLE question_history ADD COLUMN change TEXT NOT NULL DEFAULT 'status';
ALTER TABLE question_history ADD COLUMN assignee_id TEXT REFERENCES people (id);
-- Entries that did not move the question were notes.
UPDATE question_history SET change = 'note' WHERE from_status = to_status;
