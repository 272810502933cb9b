//! A group's FAQ: for its members, and published for residents.

use api_types::{FaqItem, FaqItemPatch, NewFaqItem};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, get, request, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// `GET /groups/{id}/faq`: the group's FAQ, published and not.
pub async fn faq(group_id: Uuid) -> Result<Vec<FaqItem>, ApiError> {
    get(url(&format!("/groups/{group_id}/faq"))).await
}

/// `POST /groups/{id}/faq`.
pub async fn create_faq_item(group_id: Uuid, new: &NewFaqItem) -> Result<FaqItem, ApiError> {
    let path = url(&format!("/groups/{group_id}/faq"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `GET /groups/{id}/faq/{itemId}`, with its ETag.
pub async fn faq_item(group_id: Uuid, item_id: Uuid) -> Result<Reply<FaqItem>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/groups/{group_id}/faq/{item_id}")))).await
}

/// `PATCH /groups/{id}/faq/{itemId}`, with `If-Match` when `etag` is given.
pub async fn patch_faq_item(
    group_id: Uuid,
    item_id: Uuid,
    patch: &FaqItemPatch,
    etag: Option<String>,
) -> Result<FaqItem, ApiError> {
    let path = url(&format!("/groups/{group_id}/faq/{item_id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await?.value)
}

/// `DELETE /groups/{id}/faq/{itemId}`.
pub async fn delete_faq_item(group_id: Uuid, item_id: Uuid) -> Result<(), ApiError> {
    let path = url(&format!("/groups/{group_id}/faq/{item_id}"));
    request::<()>(ApiRequest::new(Method::DELETE, path)).await.map(|_| ())
}

/// `GET /public/groups/{slug}/faq`, without log-in: the group's published FAQ.
pub async fn public_faq(slug: &str) -> Result<Vec<FaqItem>, ApiError> {
    let path = url(&format!("/public/groups/{}/faq", encode(slug)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}
