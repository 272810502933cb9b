//! The directory of organisations questions are referred to.

use api_types::{NewOrganisation, Organisation, OrganisationKind, OrganisationPatch, Topic};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{get_all, request, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// `GET /organisations` (all pages), on one topic and of one kind when given.
pub async fn organisations(
    topic: Option<Topic>,
    kind: Option<OrganisationKind>,
) -> Result<Vec<Organisation>, ApiError> {
    let mut query = String::from("pageSize=100");
    if let Some(topic) = topic {
        query.push_str(&format!("&topic={}", topic.as_str()));
    }
    if let Some(kind) = kind {
        query.push_str(&format!("&kind={}", kind.as_str()));
    }
    get_all(url(&format!("/organisations?{query}"))).await
}

/// `GET /organisations/{id}` with its ETag.
pub async fn organisation(id: Uuid) -> Result<Reply<Organisation>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/organisations/{id}")))).await
}

/// `POST /organisations`.
pub async fn create_organisation(new: &NewOrganisation) -> Result<Organisation, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/organisations")).json(new, "application/json")).await?.value)
}

/// `PATCH /organisations/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_organisation(
    id: Uuid,
    patch: &OrganisationPatch,
    etag: Option<String>,
) -> Result<Reply<Organisation>, ApiError> {
    let path = url(&format!("/organisations/{id}"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}
