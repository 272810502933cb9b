//! `neighbourhoods`: the buurten groups work in, with their optional CBS codes (buurt, wijk,
//! gemeente), so reports line up with the municipality's figures.

mod routes;
mod store;

use std::collections::HashMap;

use api_types::NeighbourhoodId;

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

/// The names of these neighbourhoods, by id.
pub fn names(conn: &mut DbConnection, ids: &[NeighbourhoodId]) -> ApiResult<HashMap<NeighbourhoodId, String>> {
    store::names(conn, ids)
}
