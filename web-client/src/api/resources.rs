//! What the neighbourhood has: resources, their checks, and how maps are drawn.

use api_types::{MapSettings, NewResource, Resource, ResourceKind, ResourcePatch, ResourceStatus};
use chrono::NaiveDate;
use gloo_net::http::Method;
use uuid::Uuid;

use super::{get_all, request, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// The filters of the resources list; `None` leaves a filter out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceQuery {
    /// Only this neighbourhood's.
    pub neighbourhood_id: Option<Uuid>,
    /// Only of this kind.
    pub kind: Option<ResourceKind>,
    /// Only with this status.
    pub status: Option<ResourceStatus>,
    /// Only with this tag.
    pub tag: Option<String>,
    /// Only those not checked on or after this day: the list to check.
    pub not_verified_since: Option<NaiveDate>,
}

/// `GET /resources` (all pages) with these filters.
pub async fn resources(query: ResourceQuery) -> Result<Vec<Resource>, ApiError> {
    let mut path = String::from("/resources?pageSize=100");
    if let Some(id) = query.neighbourhood_id {
        path.push_str(&format!("&neighbourhoodId={id}"));
    }
    if let Some(kind) = query.kind {
        path.push_str(&format!("&kind={}", kind.as_str()));
    }
    if let Some(status) = query.status {
        path.push_str(&format!("&status={}", status.as_str()));
    }
    if let Some(tag) = query.tag.filter(|t| !t.trim().is_empty()) {
        path.push_str(&format!("&tag={}", js_sys::encode_uri_component(tag.trim())));
    }
    if let Some(day) = query.not_verified_since {
        path.push_str(&format!("&notVerifiedSince={day}"));
    }
    get_all(url(&path)).await
}

/// `GET /resources/{id}` with its ETag.
pub async fn resource(id: Uuid) -> Result<Reply<Resource>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/resources/{id}")))).await
}

/// `POST /resources`.
pub async fn create_resource(new: &NewResource) -> Result<Resource, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/resources")).json(new, "application/json")).await?.value)
}

/// `PATCH /resources/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_resource(
    id: Uuid,
    patch: &ResourcePatch,
    etag: Option<String>,
) -> Result<Reply<Resource>, ApiError> {
    let path = url(&format!("/resources/{id}"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}

/// `POST /resources/{id}/verification`: checked today, by the caller.
pub async fn verify_resource(id: Uuid) -> Result<Resource, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url(&format!("/resources/{id}/verification")))).await?.value)
}

/// `DELETE /resources/{id}`.
pub async fn delete_resource(id: Uuid) -> Result<(), ApiError> {
    request::<()>(ApiRequest::new(Method::DELETE, url(&format!("/resources/{id}")))).await.map(|_| ())
}

/// `GET /public/map`: the tile address and its credit.
pub async fn map_settings() -> Result<MapSettings, ApiError> {
    Ok(request(ApiRequest::new(Method::GET, url("/public/map")).anonymous()).await?.value)
}
