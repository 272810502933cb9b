//! HTTP conventions every feature uses: request bodies, paging, ETags, paths, problem details,
//! middleware, the OpenAPI conventions, the state handlers reach, and serving the web client.

pub mod body;
pub mod geo;
pub mod health;
pub mod http;
pub mod middleware;
pub mod openapi;
pub mod problem;
pub mod registry;
pub mod state;
pub mod web_client;
