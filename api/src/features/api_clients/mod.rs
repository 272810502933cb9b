//! API clients over HTTP (issue 13): admins register the systems that call the API with OAuth 2.0
//! client credentials (RFC 6749 §4.4), each with its scopes; `POST /oauth/token` gives them access
//! tokens. The clients are stored in `access` (`access::clients`), where the principal of a
//! request is read; this feature is their face and the token endpoint's rules.

mod routes;
mod rules;

use api_types::{ApiClientId, Scope};

pub use routes::ApiClientsApi;

use crate::access::{clients, tokens};
use crate::db::DbConnection;
use crate::error::ApiResult;

/// Stores an API client with a secret chosen by the caller (the demo data's, documented in the
/// README so an integrator's first script runs); runs in the caller's transaction.
pub fn import(conn: &mut DbConnection, id: &ApiClientId, name: &str, scopes: &[Scope], secret: &str) -> ApiResult<()> {
    clients::insert(conn, id, name, scopes, &tokens::hash_password(secret)?, None, None)
}

/// Whether an API client with this id is registered (the demo data adds its client once).
pub fn exists(conn: &mut DbConnection, id: &ApiClientId) -> ApiResult<bool> {
    Ok(clients::find_optional(conn, id)?.is_some())
}
