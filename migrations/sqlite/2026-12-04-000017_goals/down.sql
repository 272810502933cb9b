DROP TABLE goal_progress;
DROP TABLE goals;
