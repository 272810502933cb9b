//! Handlers of a training's fixed days: moving one, the attendance register and the calendar
//! feed, with their OpenAPI annotations.

use std::collections::HashSet;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    AttendanceRecord, AttendanceRegister, AttendanceUpdate, NewDateOption, ParticipantId, SessionId, TrainingId,
    TrainingSession,
};

use super::store::{self, TrainingRow};
use super::{access, feed, rules, sessions, to_participants};
use crate::access::Principal;
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch};
use crate::web::state::AppState;

/// List a training's days
///
/// The fixed days of a training, in order.
#[utoipa::path(
    get, path = "/trainings/{id}/sessions", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "The sessions", body = Vec<TrainingSession>)),
    security(("bearer" = []))
)]
pub async fn list_sessions(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: TrainingId = http::id(&id)?;
    let sessions = db::run(&state.pool, move |conn| {
        access(conn, &caller, &id)?;
        sessions(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(sessions))
}

/// Move a confirmed day
///
/// Move a confirmed day (coordinators and admins). The participants' answers on the original
/// options are kept.
#[utoipa::path(
    patch, path = "/trainings/{id}/sessions/{sessionId}", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("sessionId" = uuid::Uuid, Path, description = "Session id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the session this move is based on")),
    request_body(content = NewDateOption, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The sessions after the move", body = Vec<TrainingSession>)),
    security(("bearer" = []))
)]
pub async fn move_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<NewDateOption>,
) -> ApiResult<HttpResponse> {
    let (id, session): (TrainingId, SessionId) = http::ids(path)?;
    let if_match = IfMatch::from_request(&req);
    let slot = body.0;
    let errors = rules::check_slot(&slot);
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    let sessions = db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        let no_such_session = || ApiError::NotFound("No such session in this training.".into());
        let current = TrainingSession::from(store::find_session(conn, &id, &session)?.ok_or_else(no_such_session)?);
        rules::require_scheduled(access.row.status)?;
        if_match.check(&current)?;
        if store::another_session_on(conn, &id, &session, slot.date)? {
            return Err(ApiError::invalid("/date", "invalid_value", "Another day of this training is on that date."));
        }
        if !store::move_session(conn, &id, &session, &slot)? {
            return Err(no_such_session());
        }
        store::renumber_sessions(conn, &id)?;
        sessions(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(sessions))
}

/// A session's register: every participant, by name, with their attendance; 404 when the
/// training has no such session.
fn register(conn: &mut DbConnection, training: &TrainingRow, session: &SessionId) -> ApiResult<AttendanceRegister> {
    let session = store::find_session(conn, &training.id, session)?
        .ok_or_else(|| ApiError::NotFound("No such session in this training.".into()))?;
    let statuses = store::attendance(conn, &session.id)?;
    let records = to_participants(conn, training, false)?
        .into_iter()
        .map(|p| AttendanceRecord {
            participant_id: p.id,
            status: statuses.get(&ParticipantId::from(p.id)).copied(),
            person_name: Some(p.person_name),
        })
        .collect();
    Ok(AttendanceRegister { session: session.into(), records })
}

/// Read a day's attendance register
///
/// A session's attendance register: every participant, by name, with their attendance.
#[utoipa::path(
    get, path = "/trainings/{id}/sessions/{sessionId}/attendance", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("sessionId" = uuid::Uuid, Path, description = "Session id")),
    responses((status = 200, description = "The register", body = AttendanceRegister)),
    security(("bearer" = []))
)]
pub async fn get_attendance(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (id, session): (TrainingId, SessionId) = http::ids(path)?;
    let register = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        if !access.manages {
            return Err(ApiError::Forbidden("Only coordinators see the attendance register.".into()));
        }
        register(conn, &access.row, &session)
    })
    .await?;
    Ok(HttpResponse::Ok().json(register))
}

/// Record attendance at a day
///
/// Record attendance at a session (coordinators and admins): `present`, `absent` or `excused`
/// per participant named; others stay as they were.
#[utoipa::path(
    put, path = "/trainings/{id}/sessions/{sessionId}/attendance", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("sessionId" = uuid::Uuid, Path, description = "Session id")),
    request_body = AttendanceUpdate,
    responses((status = 200, description = "The register after the change", body = AttendanceRegister)),
    security(("bearer" = []))
)]
pub async fn record_attendance(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<AttendanceUpdate>,
) -> ApiResult<HttpResponse> {
    let (id, session): (TrainingId, SessionId) = http::ids(path)?;
    let update = body.0;
    let register = db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        rules::require_scheduled(access.row.status)?;
        // 404 for a session of another training before anything else.
        let day = register(conn, &access.row, &session)?.session;
        rules::require_held(day.date, crate::local_time::today())?;
        let participants: HashSet<ParticipantId> = store::participant_ids(conn, &id)?.into_iter().collect();
        let errors = rules::check_attendance(&update.records, &participants);
        if !errors.is_empty() {
            return Err(ApiError::InvalidInput(errors));
        }
        store::put_attendance(conn, &session, &update.records)?;
        register(conn, &access.row, &session)
    })
    .await?;
    Ok(HttpResponse::Ok().json(register))
}

/// Subscribe to a training's days
///
/// The training's days as an iCalendar feed (`text/calendar`).
#[utoipa::path(
    get, path = "/trainings/{id}/calendar", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String)),
    security(("bearer" = []))
)]
pub async fn training_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: TrainingId = http::id(&id)?;
    let body = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        feed(conn, &access.row)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Private))
}

crate::operations! {
    /// The operations of a training's fixed days: one list for their routes and their part of the
    /// OpenAPI document.
    pub struct TrainingDaysApi;
    list_sessions, move_session, get_attendance, record_attendance, training_calendar,
}
