ALTER TABLE question_history DROP COLUMN assignee_id;
ALTER TABLE question_history DROP COLUMN change;
