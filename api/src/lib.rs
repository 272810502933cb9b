//! The Buurtverbinders API: an actix-web JSON REST service on SQLite or PostgreSQL that also
//! serves the web client. See `ARCHITECTURE.md` for the layout and `api/API-DESIGN.md` for the
//! conventions.

pub mod access;
pub mod app;
pub mod config;
pub mod db;
pub mod error;
pub mod features;
pub mod jobs;
pub mod local_time;
pub mod seed;
pub mod web;
