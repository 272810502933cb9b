//! Stories from interviews with residents.

use api_types::{NewStory, PublicStory, Story, StoryPatch};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, request, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// `GET /stories?groupId=`: the group's stories, withdrawn ones too.
pub async fn stories(group_id: Uuid) -> Result<Vec<Story>, ApiError> {
    Ok(request(ApiRequest::new(Method::GET, url(&format!("/stories?groupId={group_id}")))).await?.value)
}

/// `POST /stories`.
pub async fn create_story(new: &NewStory) -> Result<Story, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/stories")).json(new, "application/json")).await?.value)
}

/// `GET /stories/{id}` with its ETag.
pub async fn story(id: Uuid) -> Result<Reply<Story>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/stories/{id}")))).await
}

/// `PATCH /stories/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_story(id: Uuid, patch: &StoryPatch, etag: Option<String>) -> Result<Reply<Story>, ApiError> {
    request(ApiRequest::new(Method::PATCH, url(&format!("/stories/{id}"))).json(patch, MERGE_PATCH_JSON).if_match(etag))
        .await
}

/// `POST /stories/{id}/withdrawal`: the resident withdrew their consent.
pub async fn withdraw_story(id: Uuid) -> Result<Story, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url(&format!("/stories/{id}/withdrawal")))).await?.value)
}

/// `GET /public/groups/{slug}/stories`, without log-in.
pub async fn public_stories(slug: &str) -> Result<Vec<PublicStory>, ApiError> {
    let path = url(&format!("/public/groups/{}/stories", encode(slug)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}
