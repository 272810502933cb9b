//! Groups and their memberships.

use api_types::{Group, GroupPatch, GroupStatus, Membership, MembershipPatch, NewGroup, NewMembership, Page};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{get, get_all, request, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// `GET /groups`, or the page at a `next` link.
pub async fn groups(page: Option<String>) -> Result<Page<Group>, ApiError> {
    get(page.unwrap_or_else(|| url("/groups"))).await
}

/// `GET /groups/{id}` with its ETag.
pub async fn group(id: Uuid) -> Result<Reply<Group>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/groups/{id}")))).await
}

/// `POST /groups`.
pub async fn create_group(new: &NewGroup) -> Result<Group, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/groups")).json(new, "application/json")).await?.value)
}

/// `PATCH /groups/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_group(id: Uuid, patch: &GroupPatch, etag: Option<String>) -> Result<Reply<Group>, ApiError> {
    request(ApiRequest::new(Method::PATCH, url(&format!("/groups/{id}"))).json(patch, MERGE_PATCH_JSON).if_match(etag))
        .await
}

/// Every current (`current = true`) or former (`false`) membership of a group.
pub async fn members(group_id: Uuid, current: bool) -> Result<Vec<Membership>, ApiError> {
    get_all(url(&format!("/groups/{group_id}/members?current={current}&pageSize=100"))).await
}

/// `POST /groups/{id}/members`.
pub async fn add_member(group_id: Uuid, new: &NewMembership) -> Result<Membership, ApiError> {
    let path = url(&format!("/groups/{group_id}/members"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `PATCH /groups/{id}/members/{membershipId}`.
pub async fn patch_member(group_id: Uuid, id: Uuid, patch: &MembershipPatch) -> Result<Membership, ApiError> {
    let path = url(&format!("/groups/{group_id}/members/{id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// Every group, for pickers.
pub async fn all_groups() -> Result<Vec<Group>, ApiError> {
    get_all(url("/groups?pageSize=100")).await
}

/// Every group with a status, for pickers (say, the forming groups a candidate can join).
pub async fn groups_with_status(status: GroupStatus) -> Result<Vec<Group>, ApiError> {
    get_all(url(&format!("/groups?status={}&pageSize=100", status.as_str()))).await
}
