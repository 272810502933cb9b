-- A single event that was moved keeps where it was first planned to start, so the people who
-- signed up and the public page can be told ("moved from …"). NULL: never moved.
ALTER TABLE events ADD COLUMN moved_from TIMESTAMP;
