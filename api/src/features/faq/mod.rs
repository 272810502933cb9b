//! A group's FAQ (`groups/{id}/faq`): anonymised questions and answers a member writes for the
//! public page (`public/groups/{slug}/faq`). Nothing of a private question is copied in: the member
//! writes the public text, even when the item names the question it came from.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{FaqItem, FaqItemPatch, NewFaqItem, Topic};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::access::Caller;
use crate::db::schema::{faq_items, groups, questions};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = faq_items)]
struct FaqRow {
    id: String,
    group_id: String,
    question_id: Option<String>,
    topic: Topic,
    question: String,
    answer: String,
    published: bool,
    updated_at: NaiveDateTime,
}

fn to_item(row: FaqRow, members: bool) -> FaqItem {
    FaqItem {
        id: http::uuid(&row.id),
        group_id: http::uuid(&row.group_id),
        question_id: row.question_id.as_deref().filter(|_| members).map(http::uuid),
        topic: row.topic,
        question: row.question,
        answer: row.answer,
        published: row.published,
        updated_at: http::utc(row.updated_at),
    }
}

fn require_member(conn: &mut DbConnection, caller: &Caller, group_id: &str) -> ApiResult<()> {
    let exists: i64 = groups::table.filter(groups::id.eq(group_id)).count().get_result(conn)?;
    if exists == 0 {
        return Err(ApiError::NotFound("No group with this id.".into()));
    }
    if caller.can_manage_group(conn, group_id)? {
        Ok(())
    } else {
        Err(ApiError::Forbidden("Only the group's members and coordinators see and edit its FAQ.".into()))
    }
}

fn load_items(conn: &mut DbConnection, group_id: &str, published_only: bool) -> ApiResult<Vec<FaqRow>> {
    let mut query = faq_items::table
        .filter(faq_items::group_id.eq(group_id))
        .select(FaqRow::as_select())
        .order(faq_items::id.asc())
        .into_boxed();
    if published_only {
        query = query.filter(faq_items::published.eq(true));
    }
    Ok(query.load(conn)?)
}

/// The group's FAQ, published and not (the group's members, coordinators and admins).
#[utoipa::path(
    get, path = "/groups/{id}/faq", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    responses((status = 200, description = "The FAQ items, oldest first", body = Vec<FaqItem>)),
    security(("bearer" = []))
)]
pub async fn list_faq(state: web::Data<AppState>, caller: Caller, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "group")?;
    let items = db::run(&state.pool, move |conn| {
        require_member(conn, &caller, &id)?;
        Ok(load_items(conn, &id, false)?.into_iter().map(|r| to_item(r, true)).collect::<Vec<_>>())
    })
    .await?;
    Ok(HttpResponse::Ok().json(items))
}

/// Write a FAQ item: a public question and answer in the member's own words (published unless
/// `published: false`). `questionId`, if given, must be a question of the group.
#[utoipa::path(
    post, path = "/groups/{id}/faq", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    request_body = NewFaqItem,
    responses((status = 201, description = "The FAQ item", body = FaqItem)),
    security(("bearer" = []))
)]
pub async fn create_faq_item(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<NewFaqItem>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "group")?;
    let new = body.0;
    let item = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            require_member(conn, &caller, &id)?;
            if let Some(question) = new.question_id {
                let of_group: i64 = questions::table
                    .filter(questions::id.eq(question.to_string()))
                    .filter(questions::group_id.eq(&id))
                    .count()
                    .get_result(conn)?;
                if of_group == 0 {
                    return Err(ApiError::invalid(
                        "/questionId",
                        "not_found",
                        "No question of this group with this id.",
                    ));
                }
            }
            let item_id = http::new_id();
            let now = db::now();
            diesel::insert_into(faq_items::table)
                .values((
                    faq_items::id.eq(&item_id),
                    faq_items::group_id.eq(&id),
                    faq_items::question_id.eq(new.question_id.map(|q| q.to_string())),
                    faq_items::topic.eq(new.topic),
                    faq_items::question.eq(new.question.trim()),
                    faq_items::answer.eq(new.answer.trim()),
                    faq_items::published.eq(new.published.unwrap_or(true)),
                    faq_items::created_at.eq(now),
                    faq_items::updated_at.eq(now),
                ))
                .execute(conn)?;
            load_item(conn, &id, &item_id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/groups/{}/faq/{}", item.group_id, item.id), &item))
}

/// One FAQ item of the group, published or not, with its ETag for `If-Match`.
#[utoipa::path(
    get, path = "/groups/{id}/faq/{itemId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("itemId" = uuid::Uuid, Path, description = "FAQ item id")),
    responses((status = 200, description = "The FAQ item", body = FaqItem)),
    security(("bearer" = []))
)]
pub async fn get_faq_item(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (id, item_id) = http::path_ids(path, "group", "FAQ item")?;
    let item = db::run(&state.pool, move |conn| {
        require_member(conn, &caller, &id)?;
        load_item(conn, &id, &item_id)
    })
    .await?;
    Ok(http::ok_with_etag(&item))
}

/// 404 unless the group has an item with this id.
fn load_item(conn: &mut DbConnection, group_id: &str, item_id: &str) -> ApiResult<FaqItem> {
    faq_items::table
        .filter(faq_items::id.eq(item_id))
        .filter(faq_items::group_id.eq(group_id))
        .select(FaqRow::as_select())
        .first(conn)
        .optional()?
        .map(|row| to_item(row, true))
        .ok_or_else(|| ApiError::NotFound("No FAQ item with this id in this group.".into()))
}

/// Change a FAQ item (JSON merge patch; `If-Match` guards against lost updates), or unpublish it
/// (`published: false`).
#[utoipa::path(
    patch, path = "/groups/{id}/faq/{itemId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("itemId" = uuid::Uuid, Path, description = "FAQ item id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = FaqItemPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The FAQ item", body = FaqItem)),
    security(("bearer" = []))
)]
pub async fn patch_faq_item(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    path: web::Path<(String, String)>,
    body: ValidJson<FaqItemPatch>,
) -> ApiResult<HttpResponse> {
    let (id, item_id) = http::path_ids(path, "group", "FAQ item")?;
    let patch = body.0;
    let if_match = IfMatch::from_request(&req);
    let item = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            require_member(conn, &caller, &id)?;
            let current = load_item(conn, &id, &item_id)?;
            if_match.check(&current)?;
            if patch.topic.is_none() && patch.question.is_none() && patch.answer.is_none() && patch.published.is_none()
            {
                return Ok(current);
            }
            diesel::update(faq_items::table.find(&item_id))
                .set((
                    patch.topic.map(|t| faq_items::topic.eq(t)),
                    patch.question.as_deref().map(|q| faq_items::question.eq(q.trim().to_string())),
                    patch.answer.as_deref().map(|a| faq_items::answer.eq(a.trim().to_string())),
                    patch.published.map(|p| faq_items::published.eq(p)),
                    faq_items::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            load_item(conn, &id, &item_id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&item))
}

/// Remove a FAQ item.
#[utoipa::path(
    delete, path = "/groups/{id}/faq/{itemId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("itemId" = uuid::Uuid, Path, description = "FAQ item id")),
    responses((status = 204, description = "Removed")),
    security(("bearer" = []))
)]
pub async fn delete_faq_item(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (id, item_id) = http::path_ids(path, "group", "FAQ item")?;
    db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            require_member(conn, &caller, &id)?;
            let deleted =
                diesel::delete(faq_items::table.filter(faq_items::id.eq(&item_id)).filter(faq_items::group_id.eq(&id)))
                    .execute(conn)?;
            if deleted == 0 {
                return Err(ApiError::NotFound("No FAQ item with this id in this group.".into()));
            }
            Ok(())
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A group's published FAQ, for its public page: questions and answers only.
#[utoipa::path(
    get, path = "/public/groups/{slug}/faq", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, description = "The published FAQ items, oldest first", body = Vec<FaqItem>)),
)]
pub async fn public_faq(state: web::Data<AppState>, slug: web::Path<String>) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let items = db::run(&state.pool, move |conn| {
        let group: String = groups::table
            .filter(groups::slug.eq(&slug))
            .select(groups::id)
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        Ok(load_items(conn, &group, true)?.into_iter().map(|r| to_item(r, false)).collect::<Vec<_>>())
    })
    .await?;
    Ok(HttpResponse::Ok().json(items))
}

/// Registers this module's handlers; one resource per path, so a wrong method gets 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/groups/{id}/faq").get(list_faq).post(create_faq_item))
        .service(
            web::resource("/groups/{id}/faq/{item_id}").get(get_faq_item).patch(patch_faq_item).delete(delete_faq_item),
        )
        .service(web::resource("/public/groups/{slug}/faq").get(public_faq));
}
