//! A group's goals: for its members, and the public ones for its site.

use api_types::{Goal, GoalPatch, NewGoal, NewProgressNote, PublicGoal};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, get, request, url, ApiError, ApiRequest, MERGE_PATCH_JSON};

/// `GET /groups/{id}/goals`.
pub async fn goals(group_id: Uuid) -> Result<Vec<Goal>, ApiError> {
    get(url(&format!("/groups/{group_id}/goals"))).await
}

/// `POST /groups/{id}/goals`.
pub async fn create_goal(group_id: Uuid, new: &NewGoal) -> Result<Goal, ApiError> {
    let path = url(&format!("/groups/{group_id}/goals"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `PATCH /groups/{id}/goals/{goalId}`.
pub async fn patch_goal(group_id: Uuid, id: Uuid, patch: &GoalPatch) -> Result<Goal, ApiError> {
    let path = url(&format!("/groups/{group_id}/goals/{id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `POST /groups/{id}/goals/{goalId}/progress`.
pub async fn add_progress(group_id: Uuid, id: Uuid, new: &NewProgressNote) -> Result<Goal, ApiError> {
    let path = url(&format!("/groups/{group_id}/goals/{id}/progress"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `GET /public/groups/{slug}/goals`: the goals the group shows on its site.
pub async fn public_goals(slug: &str) -> Result<Vec<PublicGoal>, ApiError> {
    let path = url(&format!("/public/groups/{}/goals", encode(slug)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}
