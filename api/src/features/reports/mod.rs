//! `reports`: what the programme shows the municipality, from the other features' figures. Reports
//! hold counts, never personal data: the activity of a period per group, per neighbourhood or for
//! the programme (JSON or CSV), and the residents' evenings with what they brought in.

mod activity;
mod csv;
mod routes;
mod rules;

pub use routes::ReportsApi;
