//! The product's features, one folder each.

pub mod accounts;
pub mod api_clients;
pub mod candidates;
pub mod events;
pub mod faq;
pub mod goals;
pub mod groups;
pub mod neighbourhoods;
pub mod organisations;
pub mod pages;
pub mod people;
pub mod questions;
pub mod reports;
pub mod resources;
pub mod sites;
pub mod stories;
pub mod sync;
pub mod time;
pub mod trainings;
