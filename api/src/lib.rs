//! The Buurtverbinders API: an actix-web JSON REST service on SQLite or PostgreSQL that also
//! serves the web client. See `api/API-DESIGN.md` for the conventions.

pub mod app;
pub mod audit;
pub mod auth;
pub mod body;
pub mod config;
pub mod db;
pub mod error;
pub mod http;
pub mod openapi;
pub mod planning;
pub mod recurrence;
pub mod resources;
pub mod schema;
pub mod seed;
pub mod state;
pub mod web_client;
