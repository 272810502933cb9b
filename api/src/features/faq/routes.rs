//! Handlers of a group's FAQ and its public page, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{FaqItem, FaqItemId, FaqItemPatch, GroupId, NewFaqItem, QuestionId};

use super::store;
use crate::access::Principal;
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::{groups, questions};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch};
use crate::web::state::AppState;

/// 404 for no such group, 403 unless the caller is one of its insiders (`groups::require_insider`).
fn require_member(conn: &mut DbConnection, caller: &Principal, group: &GroupId) -> ApiResult<()> {
    groups::require_insider(conn, caller, group, "Only the group's members and coordinators see and edit its FAQ.")
}

/// 404 unless the group has an item with this id.
fn load_item(conn: &mut DbConnection, group: &GroupId, id: &FaqItemId) -> ApiResult<FaqItem> {
    store::find(conn, group, id)?
        .map(|row| row.into_item(true))
        .ok_or_else(|| ApiError::NotFound("No FAQ item with this id in this group.".into()))
}

/// List a group's FAQ items
///
/// The group's FAQ, published and not (the group's members, coordinators and admins).
#[utoipa::path(
    get, path = "/groups/{id}/faq", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    responses((status = 200, description = "The FAQ items, oldest first", body = Vec<FaqItem>)),
    security(("bearer" = []))
)]
pub async fn list_faq(state: web::Data<AppState>, caller: Principal, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let group: GroupId = http::id(&id)?;
    let items = db::run(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        Ok(store::items(conn, &group, false)?.into_iter().map(|r| r.into_item(true)).collect::<Vec<_>>())
    })
    .await?;
    Ok(HttpResponse::Ok().json(items))
}

/// Write a FAQ item
///
/// Write a FAQ item: a public question and answer in the member's own words (published unless
/// `published: false`). `questionId`, if given, must be a question of the group.
#[utoipa::path(
    post, path = "/groups/{id}/faq", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    request_body = NewFaqItem,
    responses((status = 201, description = "The FAQ item", body = FaqItem,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_faq_item(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewFaqItem>,
) -> ApiResult<HttpResponse> {
    let group: GroupId = http::id(&id)?;
    let new = body.0;
    let item = db::run_write(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        if let Some(question) = new.question_id.map(QuestionId::from) {
            if !questions::belongs_to_group(conn, &question, &group)? {
                return Err(ApiError::invalid("/questionId", "not_found", "No question of this group with this id."));
            }
        }
        let id = store::insert(conn, &group, &new)?;
        load_item(conn, &group, &id)
    })
    .await?;
    Ok(http::created(format!("/api/v1/groups/{}/faq/{}", item.group_id, item.id), &item))
}

/// Read a FAQ item
///
/// One FAQ item of the group, published or not, with its ETag for `If-Match`.
#[utoipa::path(
    get, path = "/groups/{id}/faq/{itemId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("itemId" = uuid::Uuid, Path, description = "FAQ item id")),
    responses((status = 200, description = "The FAQ item", body = FaqItem)),
    security(("bearer" = []))
)]
pub async fn get_faq_item(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, FaqItemId) = http::ids(path)?;
    let item = db::run(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        load_item(conn, &group, &id)
    })
    .await?;
    Ok(http::ok_with_etag(&item))
}

/// Change a FAQ item
///
/// Change a FAQ item (JSON merge patch; `If-Match` guards against lost updates), or unpublish it
/// (`published: false`).
#[utoipa::path(
    patch, path = "/groups/{id}/faq/{itemId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("itemId" = uuid::Uuid, Path, description = "FAQ item id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = FaqItemPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The FAQ item", body = FaqItem,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_faq_item(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<FaqItemPatch>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, FaqItemId) = http::ids(path)?;
    let patch = body.0;
    let if_match = IfMatch::from_request(&req);
    let item = db::run_write(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        let current = load_item(conn, &group, &id)?;
        if_match.check(&current)?;
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &patch)?;
            load_item(conn, &group, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&item))
}

/// Remove a FAQ item
///
/// Remove a FAQ item.
#[utoipa::path(
    delete, path = "/groups/{id}/faq/{itemId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("itemId" = uuid::Uuid, Path, description = "FAQ item id")),
    responses((status = 204, description = "Removed")),
    security(("bearer" = []))
)]
pub async fn delete_faq_item(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, FaqItemId) = http::ids(path)?;
    db::run_write(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        if !store::delete(conn, &group, &id)? {
            return Err(ApiError::NotFound("No FAQ item with this id in this group.".into()));
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List a group's published FAQ
///
/// A group's published FAQ, for its public page: questions and answers only.
#[utoipa::path(
    get, path = "/public/groups/{slug}/faq", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, description = "The published FAQ items, oldest first", body = Vec<FaqItem>)),
)]
pub async fn public_faq(state: web::Data<AppState>, slug: web::Path<String>) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let items = db::run(&state.pool, move |conn| {
        let group = groups::summary_by_slug(conn, &slug)?
            .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        Ok(store::items(conn, &group.id, true)?.into_iter().map(|r| r.into_item(false)).collect::<Vec<_>>())
    })
    .await?;
    Ok(HttpResponse::Ok().json(items))
}

crate::operations! {
    /// The operations of faq: one list for their routes and their part of the OpenAPI document.
    pub struct FaqApi;
    list_faq, create_faq_item, get_faq_item, patch_faq_item, delete_faq_item, public_faq,
}
