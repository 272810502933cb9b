//! Handlers of a group's goals and their public list, with their OpenAPI annotations.

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    EventId, Goal, GoalId, GoalPatch, GoalStatus, GroupId, InvalidParam, NewGoal, NewProgressNote, ProgressNote,
    PublicGoal, QuestionId, ResourceId,
};
use uuid::Uuid;

use super::store::{self, GoalRow, GoalValues};
use crate::access::{self, Principal};
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::features::{events, groups, questions, resources};
use crate::local_time;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch};
use crate::web::state::AppState;

/// 404 for no such group, 403 unless the caller is one of its insiders (`groups::require_insider`).
fn require_member(conn: &mut DbConnection, caller: &Principal, group: &GroupId) -> ApiResult<()> {
    groups::require_insider(conn, caller, group, "Only the group's members and coordinators see and write its goals.")
}

fn ids(column: &str, text: &str) -> ApiResult<Vec<Uuid>> {
    db::json_column(column, text)
}

fn to_json(ids: &[Uuid]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

/// The representations of goal rows, with their progress notes and who wrote them.
fn to_goals(conn: &mut DbConnection, rows: Vec<GoalRow>) -> ApiResult<Vec<Goal>> {
    let goal_ids: Vec<GoalId> = rows.iter().map(|r| r.id).collect();
    let notes = store::progress_of(conn, &goal_ids)?;
    let authors: Vec<_> = notes.iter().filter_map(|n| n.4).collect();
    let names = access::account_names(conn, &authors)?;
    let mut by_goal: HashMap<GoalId, Vec<ProgressNote>> = HashMap::new();
    for (id, goal, on, note, by) in notes {
        by_goal.entry(goal).or_default().push(ProgressNote {
            id: id.parse().map_err(|_| ApiError::Internal(format!("stored progress id {id} is not a UUID")))?,
            on,
            note,
            written_by: by.and_then(|b| names.get(&b)).map(|(name, _)| name.clone()),
        });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Goal {
                id: row.id.uuid(),
                group_id: row.group_id.uuid(),
                progress: by_goal.remove(&row.id).unwrap_or_default(),
                event_ids: ids("goals.event_ids", &row.event_ids)?,
                resource_ids: ids("goals.resource_ids", &row.resource_ids)?,
                question_ids: ids("goals.question_ids", &row.question_ids)?,
                title: row.title,
                success: row.success,
                target_on: row.target_on,
                status: row.status,
                public: row.public,
                created_at: http::utc(row.created_at),
                updated_at: http::utc(row.updated_at),
            })
        })
        .collect()
}

fn load(conn: &mut DbConnection, group: &GroupId, id: &GoalId, lock: bool) -> ApiResult<Goal> {
    let row = store::find(conn, group, id, lock)?
        .ok_or_else(|| ApiError::NotFound("No goal with this id in this group.".into()))?;
    to_goals(conn, vec![row])?.pop().ok_or_else(|| ApiError::Internal("a goal vanished".into()))
}

/// The group's public goals, as its site shows them.
pub fn public_goals(conn: &mut DbConnection, group: &GroupId) -> ApiResult<Vec<PublicGoal>> {
    let rows = store::of_group(conn, group, true)?;
    Ok(to_goals(conn, rows)?
        .into_iter()
        .map(|g| PublicGoal {
            last_progress_on: g.progress.iter().map(|p| p.on).max(),
            title: g.title,
            success: g.success,
            target_on: g.target_on,
            status: g.status,
        })
        .collect())
}

/// The problems of the links of a goal: events and questions of the group, resources that exist.
fn link_problems(
    conn: &mut DbConnection,
    group: &GroupId,
    events_: &[Uuid],
    resources_: &[Uuid],
    questions_: &[Uuid],
) -> ApiResult<Vec<InvalidParam>> {
    let mut problems = Vec::new();
    for (i, id) in events_.iter().enumerate() {
        if !events::is_event_of_group(conn, &EventId::from(*id), group)? {
            problems.push(invalid(format!("/eventIds/{i}"), "not_found", "No event of this group with this id."));
        }
    }
    for (i, id) in resources_.iter().enumerate() {
        if !resources::exists(conn, &ResourceId::from(*id))? {
            problems.push(invalid(format!("/resourceIds/{i}"), "not_found", "No resource with this id."));
        }
    }
    for (i, id) in questions_.iter().enumerate() {
        if !questions::belongs_to_group(conn, &QuestionId::from(*id), group)? {
            problems.push(invalid(format!("/questionIds/{i}"), "not_found", "No question of this group with this id."));
        }
    }
    Ok(problems)
}

/// List a group's goals
///
/// The group's goals, oldest first, with their progress notes (the group's members and the
/// coordinators).
#[utoipa::path(
    get, path = "/groups/{id}/goals", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    responses((status = 200, description = "The goals", body = Vec<Goal>)),
    security(("bearer" = []))
)]
pub async fn list_goals(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let group: GroupId = http::id(&id)?;
    let goals = db::run(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        let rows = store::of_group(conn, &group, false)?;
        to_goals(conn, rows)
    })
    .await?;
    Ok(HttpResponse::Ok().json(goals))
}

/// Set a goal
///
/// Set an achievable goal for the group: what success looks like, a target date, the events,
/// resources and questions that serve it; shown on the group's site only with `public: true`.
#[utoipa::path(
    post, path = "/groups/{id}/goals", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    request_body = NewGoal,
    responses((status = 201, description = "The goal", body = Goal,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_goal(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewGoal>,
) -> ApiResult<HttpResponse> {
    let group: GroupId = http::id(&id)?;
    let new = body.0;
    let goal = db::run_write(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        let problems = link_problems(conn, &group, &new.event_ids, &new.resource_ids, &new.question_ids)?;
        if !problems.is_empty() {
            return Err(ApiError::InvalidInput(problems));
        }
        let values = GoalValues {
            title: new.title.clone(),
            success: new.success.clone(),
            target_on: new.target_on,
            status: new.status.unwrap_or(GoalStatus::Planned),
            public: new.public,
            event_ids: to_json(&new.event_ids),
            resource_ids: to_json(&new.resource_ids),
            question_ids: to_json(&new.question_ids),
        };
        let id = store::insert(conn, &group, &values, Some(&caller.account_id))?;
        load(conn, &group, &id, false)
    })
    .await?;
    Ok(http::created(format!("/api/v1/groups/{}/goals/{}", goal.group_id, goal.id), &goal))
}

/// Read a goal
///
/// One goal of the group with its progress notes and its ETag for `If-Match`.
#[utoipa::path(
    get, path = "/groups/{id}/goals/{goalId}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("goalId" = uuid::Uuid, Path, description = "Goal id")),
    responses((status = 200, description = "The goal", body = Goal)),
    security(("bearer" = []))
)]
pub async fn get_goal(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, GoalId) = http::ids(path)?;
    let goal = db::run(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        load(conn, &group, &id, false)
    })
    .await?;
    Ok(http::ok_with_etag(&goal))
}

/// Change a goal
///
/// Change a goal (JSON merge patch; `If-Match` guards against lost updates): its status as it
/// goes, whether it shows on the site, the lists of what serves it (each given whole).
#[utoipa::path(
    patch, path = "/groups/{id}/goals/{goalId}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("goalId" = uuid::Uuid, Path, description = "Goal id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = GoalPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed goal", body = Goal,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_goal(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<GoalPatch>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, GoalId) = http::ids(path)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let goal = db::run_write(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        // Compared after the lock, so of two changes made on one ETag only the first wins.
        let current = load(conn, &group, &id, true)?;
        if_match.check(&current)?;
        let events_ = patch.event_ids.clone().unwrap_or_else(|| current.event_ids.clone());
        let resources_ = patch.resource_ids.clone().unwrap_or_else(|| current.resource_ids.clone());
        let questions_ = patch.question_ids.clone().unwrap_or_else(|| current.question_ids.clone());
        let problems = link_problems(conn, &group, &events_, &resources_, &questions_)?;
        if !problems.is_empty() {
            return Err(ApiError::InvalidInput(problems));
        }
        let values = GoalValues {
            title: patch.title.clone().unwrap_or_else(|| current.title.clone()),
            success: patch.success.clone().unwrap_or_else(|| current.success.clone()),
            target_on: patch.target_on.unwrap_or(current.target_on),
            status: patch.status.unwrap_or(current.status),
            public: patch.public.unwrap_or(current.public),
            event_ids: to_json(&events_),
            resource_ids: to_json(&resources_),
            question_ids: to_json(&questions_),
        };
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &values)?;
            load(conn, &group, &id, false)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&goal))
}

/// Note a goal's progress
///
/// A dated note of how the goal goes (default today; not in the future). Answers the goal with
/// its notes.
#[utoipa::path(
    post, path = "/groups/{id}/goals/{goalId}/progress", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("goalId" = uuid::Uuid, Path, description = "Goal id")),
    request_body = NewProgressNote,
    responses((status = 201, description = "The goal with the new note", body = Goal,
         headers(("Location" = String, description = "The goal"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn add_progress(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<NewProgressNote>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, GoalId) = http::ids(path)?;
    let new = body.0;
    let goal = db::run_write(&state.pool, move |conn| {
        require_member(conn, &caller, &group)?;
        load(conn, &group, &id, true)?;
        let today = local_time::today();
        let on = new.on.unwrap_or(today);
        if on > today {
            return Err(ApiError::invalid(
                "/on",
                "range",
                "A progress note is about a day that has been: not in the future.",
            ));
        }
        store::add_progress(conn, &id, on, &new.note, Some(&caller.account_id))?;
        load(conn, &group, &id, false)
    })
    .await?;
    Ok(http::created(format!("/api/v1/groups/{}/goals/{}", goal.group_id, goal.id), &goal))
}

/// List a group's public goals
///
/// The goals the group shows on its site: what it wants to reach, its status and target date, and
/// the day of its latest progress; no notes and no questions.
#[utoipa::path(
    get, path = "/public/groups/{slug}/goals", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, description = "The public goals, oldest first", body = Vec<PublicGoal>)),
)]
pub async fn public_goal_list(state: web::Data<AppState>, slug: web::Path<String>) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let goals = db::run(&state.pool, move |conn| {
        let group = groups::summary_by_slug(conn, &slug)?
            .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        public_goals(conn, &group.id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(goals))
}

crate::operations! {
    /// The operations of goals: one list for their routes and their part of the OpenAPI document.
    pub struct GoalsApi;
    list_goals, create_goal, get_goal, patch_goal, add_progress, public_goal_list,
}
