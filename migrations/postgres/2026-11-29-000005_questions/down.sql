DROP TABLE audit_log;
DROP TABLE faq_items;
DROP TABLE referrals;
DROP TABLE organisations;
DROP TABLE question_history;
DROP TABLE questions;
