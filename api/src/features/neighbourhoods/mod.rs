//! `neighbourhoods`: the buurten groups work in, with their optional CBS codes (buurt, wijk,
//! gemeente), so reports line up with the municipality's figures.

mod routes;
mod rules;
mod store;

use std::collections::HashMap;

use api_types::{NeighbourhoodId, NewNeighbourhood};

pub use routes::NeighbourhoodsApi;

use crate::db::DbConnection;
use crate::error::ApiResult;

/// Whether the neighbourhood exists.
pub fn exists(conn: &mut DbConnection, id: &NeighbourhoodId) -> ApiResult<bool> {
    Ok(store::count_of(conn, std::slice::from_ref(id))? == 1)
}

/// How many of these (distinct) neighbourhoods exist.
pub fn count_existing(conn: &mut DbConnection, ids: &[NeighbourhoodId]) -> ApiResult<usize> {
    store::count_of(conn, ids)
}

/// The neighbourhood with this CBS buurt code, if any.
pub fn find_by_buurt_code(conn: &mut DbConnection, code: &str) -> ApiResult<Option<NeighbourhoodId>> {
    store::find_by_buurt_code(conn, code)
}

/// Stores a neighbourhood as given, for an import such as the demo data (the route checks its
/// buurt code first); returns its id.
pub fn import(conn: &mut DbConnection, new: &NewNeighbourhood) -> ApiResult<NeighbourhoodId> {
    store::insert(conn, new)
}

/// The names of these neighbourhoods, by id.
pub fn names(conn: &mut DbConnection, ids: &[NeighbourhoodId]) -> ApiResult<HashMap<NeighbourhoodId, String>> {
    store::names(conn, ids)
}

/// The names and CBS buurt codes of these neighbourhoods, by id (those that do not exist are
/// left out).
pub fn names_and_codes(
    conn: &mut DbConnection,
    ids: &[NeighbourhoodId],
) -> ApiResult<HashMap<NeighbourhoodId, (String, Option<String>)>> {
    store::names_and_codes(conn, ids)
}

/// Every neighbourhood with its CBS codes, by name: the places of the reports.
pub fn all(conn: &mut DbConnection) -> ApiResult<Vec<api_types::Neighbourhood>> {
    store::all(conn)
}
