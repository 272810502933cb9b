DROP TABLE training_attendance;
DROP TABLE training_sessions;
DROP TABLE training_availability;
DROP TABLE training_date_options;
DROP TABLE training_participants;
DROP TABLE trainings;
