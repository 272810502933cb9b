//! `organisations`: the local directory of professional organisations ("sociale kaart") that
//! questions are referred to. Everyone logged in reads it; coordinators, admins and professionals
//! keep it up to date (`policy::DIRECTORY_EDITORS`).

mod routes;
mod store;

use std::collections::HashMap;

use api_types::{NewOrganisation, OrganisationId};

pub use routes::OrganisationsApi;

use crate::db::DbConnection;
use crate::error::ApiResult;

/// The contact person the directory names for an organisation, to refer a question to: `None`
/// when there is no such organisation, `Some(None)` when it names nobody.
pub fn contact_person(conn: &mut DbConnection, id: &OrganisationId) -> ApiResult<Option<Option<String>>> {
    store::contact_person(conn, id)
}

/// The names of these organisations, by id (those that do not exist are left out).
pub fn names(conn: &mut DbConnection, ids: &[OrganisationId]) -> ApiResult<HashMap<OrganisationId, String>> {
    store::names(conn, ids)
}

/// Whether the directory has any organisation yet (the demo data is added once).
pub fn any(conn: &mut DbConnection) -> ApiResult<bool> {
    store::any(conn)
}

/// Stores an organisation as an import gives it; returns its id.
pub fn import(conn: &mut DbConnection, new: &NewOrganisation) -> ApiResult<OrganisationId> {
    store::insert(conn, new)
}
