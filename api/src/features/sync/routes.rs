//! The handler of the removals feed, with its OpenAPI annotation.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{Collection, Deletion, Page};
use serde::Deserialize;

use super::store;
use crate::access::Caller;
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::web::http::{self, ChangesParams, PageParams};
use crate::web::state::AppState;

/// Filters of `GET /deletions`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct DeletionFilter {
    /// Only the removals from this collection.
    collection: Option<Collection>,
}

/// List what was removed since an instant
///
/// What was removed from the followed collections since an instant: tombstones, oldest first (by
/// `deletedAt`, then id), keyset-paged. `updatedSince` is required: a mirror asks from the moment
/// of its last sync (`1970-01-01T00:00:00Z` the first time). `reason` says whether the item is
/// gone (`removed`) or left public view (`no_longer_public`: a resource's audience, an event's
/// visibility), which a public mirror takes down too. Together with each collection's
/// `updatedSince`, a mirror follows every change. Any account or an API client with `read`: a
/// tombstone holds ids only.
#[utoipa::path(
    get, path = "/deletions", tag = "sync",
    params(DeletionFilter, PageParams, ChangesParams),
    responses((status = 200, description = "A page of removals, oldest first", body = Page<Deletion>)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn list_deletions(state: web::Data<AppState>, req: HttpRequest, _caller: Caller) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<DeletionFilter>(&req)?;
    if request.changed.is_none() {
        return Err(ApiError::invalid(
            "?updatedSince",
            "required",
            "Give the instant of your last sync (RFC 3339), or 1970-01-01T00:00:00Z for everything.",
        ));
    }
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            store::page(conn, filter.collection, &request)?.into_iter().map(store::DeletionRow::into_deletion).collect()
        }
    })
    .await?;
    Ok(HttpResponse::Ok()
        .json(http::changes_page(&req, &request, items, |d: &Deletion| (d.id.to_string(), d.deleted_at))))
}

crate::operations! {
    /// The sync feature's operations.
    pub struct SyncApi;
    list_deletions,
}
