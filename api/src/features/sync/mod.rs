//! Following the main collections from another system (a municipal mirror): the removals, as
//! tombstones in `GET /deletions`. What changed comes from each collection with `updatedSince`
//! (`web::http::ChangesParams`). A feature that removes an item of a followed collection records
//! it here, in the same transaction.

mod routes;
mod store;

pub use routes::SyncApi;

use api_types::{Collection, DeletionReason};

use crate::db::DbConnection;
use crate::error::ApiResult;

/// Records that `item` was removed from `collection`, now; runs in the caller's transaction.
pub fn record_deletion(conn: &mut DbConnection, collection: Collection, item: uuid::Uuid) -> ApiResult<()> {
    store::insert(conn, collection, item, DeletionReason::Removed)
}

/// Records that `item` of `collection` is no longer public, now (a public mirror takes it down);
/// runs in the caller's transaction. Call it when a change takes an item out of public view.
pub fn record_no_longer_public(conn: &mut DbConnection, collection: Collection, item: uuid::Uuid) -> ApiResult<()> {
    store::insert(conn, collection, item, DeletionReason::NoLongerPublic)
}
