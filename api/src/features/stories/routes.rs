//! Handlers of `stories` and the group's published stories, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{story_problems, EventId, GroupId, NewStory, ProblemCode, PublicStory, Story, StoryId, StoryPatch};
use serde::Deserialize;

use super::store::{self, StoryRow, StoryValues};
use crate::access::Principal;
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::features::{events, groups, sites};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch};
use crate::web::state::AppState;

/// 404 for no such group, 403 unless the caller is one of its insiders (`groups::require_insider`).
fn require_member(conn: &mut DbConnection, caller: &Principal, group: &GroupId) -> ApiResult<()> {
    groups::require_insider(
        conn,
        caller,
        group,
        "Only the group's members and coordinators read and write its stories.",
    )
}

fn to_stories(conn: &mut DbConnection, rows: Vec<StoryRow>) -> ApiResult<Vec<Story>> {
    let events: Vec<EventId> = rows.iter().filter_map(|r| r.event_id).collect();
    let titles = events::titles(conn, &events)?;
    Ok(rows
        .into_iter()
        .map(|row| Story {
            id: row.id.uuid(),
            group_id: row.group_id.uuid(),
            event_title: row.event_id.and_then(|e| titles.get(&e).cloned()),
            event_id: row.event_id.map(EventId::uuid),
            title: row.title,
            text: row.text,
            consent: row.consent,
            consent_recorded_at: http::utc(row.consent_recorded_at),
            teller_name: row.teller_name,
            published: row.published,
            published_at: row.published_at.map(http::utc),
            withdrawn_at: row.withdrawn_at.map(http::utc),
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        })
        .collect())
}

fn to_story(conn: &mut DbConnection, row: StoryRow) -> ApiResult<Story> {
    to_stories(conn, vec![row])?.pop().ok_or_else(|| ApiError::Internal("a story did not show".into()))
}

/// The story the caller may read (404 when there is none, 403 for another group's).
fn readable(conn: &mut DbConnection, caller: &Principal, id: &StoryId) -> ApiResult<StoryRow> {
    let row = store::find(conn, id)?.ok_or_else(|| ApiError::NotFound("No story with this id.".into()))?;
    require_member(conn, caller, &row.group_id)?;
    Ok(row)
}

/// Filters of `GET /stories`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct StoryFilter {
    /// The group (required).
    #[param(required = true)]
    group_id: Option<uuid::Uuid>,
}

/// List a group's stories
///
/// The group's stories, withdrawn ones too (their text erased), oldest first: its members and
/// coordinators.
#[utoipa::path(
    get, path = "/stories", tag = "stories",
    params(StoryFilter),
    responses((status = 200, description = "The group's stories", body = Vec<Story>)),
    security(("bearer" = []))
)]
pub async fn list_stories(state: web::Data<AppState>, req: HttpRequest, caller: Principal) -> ApiResult<HttpResponse> {
    let (filter, _) = http::list_query::<StoryFilter>(&req)?;
    let group: GroupId = filter
        .group_id
        .map(Into::into)
        .ok_or_else(|| ApiError::InvalidInput(vec![http::query_param("groupId", "required", "Name the group.")]))?;
    let stories = db::run(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        let rows = store::of_group(conn, &group, false)?;
        to_stories(conn, rows)
    })
    .await?;
    Ok(HttpResponse::Ok().json(stories))
}

/// Write up an interview
///
/// Write up an interview: a member of the group or a coordinator. The consent is the
/// resident's, recorded with this moment; `internal` is never published.
#[utoipa::path(
    post, path = "/stories", tag = "stories",
    request_body = NewStory,
    responses((status = 201, description = "The story", body = Story,
               headers(("Location" = String, description = "The new story"), ("ETag" = String, description = "Its ETag")))),
    security(("bearer" = []))
)]
pub async fn create_story(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewStory>,
) -> ApiResult<HttpResponse> {
    let new = body.0;
    let story = db::run_write(&state.pool, move |conn| {
        let group: GroupId = new.group_id.into();
        require_member(conn, &caller, &group)?;
        let event: Option<EventId> = new.event_id.map(Into::into);
        if let Some(event) = &event {
            if !events::is_event_of_group(conn, event, &group)? {
                return Err(ApiError::invalid("/eventId", "not_found", "No event of this group with this id."));
            }
        }
        let values = StoryValues {
            title: new.title,
            text: new.text,
            consent: new.consent,
            teller_name: new.teller_name.filter(|n| !n.trim().is_empty()),
            published: new.published,
        };
        let id = store::insert(conn, &group, event.as_ref(), &values, &caller.account_id)?;
        let row = store::find(conn, &id)?.ok_or_else(|| ApiError::Internal("an added story is gone".into()))?;
        to_story(conn, row)
    })
    .await?;
    Ok(http::created(format!("/api/v1/stories/{}", story.id), &story))
}

/// Read a story
///
/// Read a story (the group's members and coordinators).
#[utoipa::path(
    get, path = "/stories/{id}", tag = "stories",
    params(("id" = uuid::Uuid, Path, description = "Story id")),
    responses((status = 200, description = "The story", body = Story, headers(("ETag" = String, description = "Its ETag")))),
    security(("bearer" = []))
)]
pub async fn get_story(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: StoryId = http::id(&id)?;
    let story = db::run(&state.pool, move |conn| {
        let row = readable(conn, &caller, &id)?;
        to_story(conn, row)
    })
    .await?;
    Ok(http::ok_with_etag(&story))
}

/// Change a story
///
/// Change a story (JSON merge patch with `If-Match`, compared after the row is locked). A new
/// `consent` records the resident's consent anew; 409 `story-withdrawn` once it was withdrawn.
#[utoipa::path(
    patch, path = "/stories/{id}", tag = "stories",
    params(("id" = uuid::Uuid, Path, description = "Story id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = StoryPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed story", body = Story, headers(("ETag" = String, description = "Its ETag")))),
    security(("bearer" = []))
)]
pub async fn patch_story(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<StoryPatch>,
) -> ApiResult<HttpResponse> {
    let id: StoryId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let story = db::run_write(&state.pool, move |conn| {
        if !store::lock(conn, &id)? {
            return Err(ApiError::NotFound("No story with this id.".into()));
        }
        let row = readable(conn, &caller, &id)?;
        let before = to_story(conn, row.clone())?;
        if_match.check(&before)?;
        let (Some(text), None) = (row.text.clone(), row.withdrawn_at) else {
            return Err(ApiError::conflict(
                ProblemCode::StoryWithdrawn,
                "The resident withdrew their consent to this story.",
            ));
        };
        let consent = patch.consent.unwrap_or(row.consent);
        let teller_name = match patch.teller_name {
            Some(name) => name.filter(|n| !n.trim().is_empty()),
            None => row.teller_name.clone(),
        };
        let published = patch.published.unwrap_or(row.published);
        let problems: Vec<_> = story_problems(consent, teller_name.as_deref(), published)
            .into_iter()
            .map(|(pointer, detail)| invalid(pointer, "invalid_value", detail))
            .collect();
        if !problems.is_empty() {
            return Err(ApiError::InvalidInput(problems));
        }
        let values = StoryValues {
            title: patch.title.unwrap_or(row.title.clone()),
            text: patch.text.unwrap_or(text),
            consent,
            teller_name,
            published,
        };
        db::unless_unchanged(conn, before, |conn| {
            store::update(conn, &row, &values, consent != row.consent)?;
            let row = store::find(conn, &id)?.ok_or_else(|| ApiError::Internal("a changed story is gone".into()))?;
            to_story(conn, row)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&story))
}

/// Withdraw a story's consent
///
/// The resident withdraws their consent: the story is unpublished at once and its text and the
/// resident's name are erased from the database; the title stays, so the group knows a story
/// was withdrawn. Withdrawing twice changes nothing more.
#[utoipa::path(
    post, path = "/stories/{id}/withdrawal", tag = "stories",
    params(("id" = uuid::Uuid, Path, description = "Story id")),
    responses((status = 200, description = "The withdrawn story, its text erased", body = Story)),
    security(("bearer" = []))
)]
pub async fn withdraw_story(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: StoryId = http::id(&id)?;
    let story = db::run_write(&state.pool, move |conn| {
        if !store::lock(conn, &id)? {
            return Err(ApiError::NotFound("No story with this id.".into()));
        }
        let row = readable(conn, &caller, &id)?;
        if row.withdrawn_at.is_none() {
            store::withdraw(conn, &id)?;
        }
        let row = store::find(conn, &id)?.ok_or_else(|| ApiError::Internal("a withdrawn story is gone".into()))?;
        to_story(conn, row)
    })
    .await?;
    Ok(HttpResponse::Ok().json(story))
}

/// List a group's published stories
///
/// The group's published stories, for its site: without an account; a name only when the
/// resident agreed to be named. 404 while the site does not show stories.
#[utoipa::path(
    get, path = "/public/groups/{slug}/stories", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, description = "The published stories, oldest first", body = Vec<PublicStory>)),
    security(())
)]
pub async fn public_stories(state: web::Data<AppState>, slug: web::Path<String>) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let stories = db::run(&state.pool, move |conn| {
        let group = groups::summary_by_slug(conn, &slug)?
            .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        // Stories are the site's: hidden from it, they are not public either.
        if !sites::public_site(conn, &group.id)?.sections.contains(&api_types::SiteSection::Stories) {
            return Err(ApiError::NotFound("This group's site shows no stories.".into()));
        }
        super::published(conn, &group.id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(stories))
}

crate::operations! {
    /// The operations of stories: one list for their routes and their part of the OpenAPI document.
    pub struct StoriesApi;
    list_stories, create_story, get_story, patch_story, withdraw_story, public_stories,
}
