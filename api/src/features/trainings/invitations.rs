//! Handlers of the participants' personal links (`invitations/{token}`), for participants without
//! an account, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{AvailabilityAnswers, Invitation, InvitationOption};

use super::store::{self, ParticipantRow};
use super::{feed, find, rules, sessions, store_answers};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::people;
use crate::web::body::ValidJson;
use crate::web::http::{self};
use crate::web::state::AppState;

/// The participation behind a personal link, with the participant's name; 404 for an unknown (or
/// removed) token.
fn by_token(conn: &mut DbConnection, token: &str) -> ApiResult<(ParticipantRow, String)> {
    let invalid_link = || ApiError::NotFound("This link is not (or no longer) valid.".into());
    let participant = store::by_token(conn, token)?.ok_or_else(invalid_link)?;
    let name = people::name_map(conn, std::slice::from_ref(&participant.person_id))?
        .remove(&participant.person_id)
        .ok_or_else(invalid_link)?;
    Ok((participant, name))
}

/// What the personal link shows: the training, its options with only this participant's own
/// answers, and the sessions.
fn invitation(conn: &mut DbConnection, token: &str) -> ApiResult<Invitation> {
    let (participant, name) = by_token(conn, token)?;
    let row = find(conn, &participant.training_id)?;
    let answers = store::answers(conn, &row.id)?;
    let options = store::options(conn, &row.id)?
        .into_iter()
        .map(|o| InvitationOption {
            option_id: o.id.uuid(),
            answer: answers.get(&(participant.id, o.id)).copied(),
            date: o.date,
            start_time: o.start_time,
            end_time: o.end_time,
        })
        .collect();
    Ok(Invitation {
        greeting_name: rules::greeting(&name),
        sessions: sessions(conn, &row.id)?,
        training_title: row.title,
        location: row.location,
        required_days: row.required_days,
        status: row.status,
        options,
    })
}

/// Read a participant's personal page
///
/// A participant's personal page, without log-in: the training, its date options with only this
/// participant's own answers, and the fixed days once scheduled.
#[utoipa::path(
    get, path = "/invitations/{token}", tag = "trainings",
    params(("token" = String, Path, description = "The participant's personal token")),
    responses((status = 200, description = "The invitation", body = Invitation)),
)]
pub async fn get_invitation(state: web::Data<AppState>, token: web::Path<String>) -> ApiResult<HttpResponse> {
    let token = token.into_inner();
    let invitation = db::run(&state.pool, move |conn| invitation(conn, &token)).await?;
    Ok(HttpResponse::Ok().json(invitation))
}

/// Answer the date options through the personal link
///
/// Answer through the personal link, without log-in (while planning). Rate-limited per client
/// address.
#[utoipa::path(
    put, path = "/invitations/{token}/availability", tag = "trainings",
    params(("token" = String, Path, description = "The participant's personal token")),
    request_body = AvailabilityAnswers,
    responses(
        (status = 200, description = "The invitation with the answers stored", body = Invitation),
        (status = 429, description = "Too many requests from this address; see `Retry-After`"),
    ),
)]
pub async fn answer_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
    body: ValidJson<AvailabilityAnswers>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let token = token.into_inner();
    let answers = body.0;
    let invitation = db::run_write(&state.pool, move |conn| {
        let (participant, _) = by_token(conn, &token)?;
        rules::require_planning(find(conn, &participant.training_id)?.status)?;
        store_answers(conn, &participant.training_id, &participant.id, &answers)?;
        invitation(conn, &token)
    })
    .await?;
    Ok(HttpResponse::Ok().json(invitation))
}

/// Subscribe to the training's days through the personal link
///
/// The training's days as an iCalendar feed through the personal link, for calendar apps that
/// cannot log in.
#[utoipa::path(
    get, path = "/invitations/{token}/calendar", tag = "trainings",
    params(("token" = String, Path, description = "The participant's personal token")),
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String)),
)]
pub async fn invitation_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let token = token.into_inner();
    let body = db::run(&state.pool, move |conn| {
        let (participant, _) = by_token(conn, &token)?;
        let row = find(conn, &participant.training_id)?;
        feed(conn, &row)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Private))
}

crate::operations! {
    /// The operations of the participants' personal links: one list for their routes and their part
    /// of the OpenAPI document.
    pub struct InvitationsApi;
    get_invitation, answer_invitation, invitation_calendar,
}
