//! `reports`: what the programme shows the municipality, from the other features' figures. Reports
//! hold counts, never personal data. Today: the residents' evenings and what they brought in.

mod routes;
mod rules;

pub use routes::ReportsApi;
