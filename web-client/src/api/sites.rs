//! The group's own site: setting it up, and what its public page reads.

use api_types::{GroupSite, GroupSitePatch, JoinReceipt, JoinRequest, PublicResource};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, get_all_anonymous, request, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// `GET /groups/{id}/site` with its ETag.
pub async fn group_site(id: Uuid) -> Result<Reply<GroupSite>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/groups/{id}/site")))).await
}

/// `PATCH /groups/{id}/site` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_group_site(
    id: Uuid,
    patch: &GroupSitePatch,
    etag: Option<String>,
) -> Result<Reply<GroupSite>, ApiError> {
    let path = url(&format!("/groups/{id}/site"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}

/// `GET /public/resources?neighbourhoodId=` (all pages), without log-in: what the neighbourhood
/// has, as everyone may see it.
pub async fn public_resources(neighbourhood_id: Uuid) -> Result<Vec<PublicResource>, ApiError> {
    get_all_anonymous(url(&format!("/public/resources?pageSize=100&neighbourhoodId={neighbourhood_id}"))).await
}

/// `POST /public/groups/{slug}/candidates`, without log-in: "join us".
pub async fn join_group(slug: &str, new: &JoinRequest) -> Result<JoinReceipt, ApiError> {
    let path = url(&format!("/public/groups/{}/candidates", encode(slug)));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json").anonymous()).await?.value)
}
