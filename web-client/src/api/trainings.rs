//! Trainings: participants, the date options and their answers, the proposal, the fixed days
//! with their attendance, and a participant's personal invitation.

use api_types::{
    AttendanceRegister, AttendanceUpdate, AvailabilityAnswers, AvailabilityGrid, ConfirmDays, DateOption, Invitation,
    NewDateOption, NewParticipants, NewTraining, Participant, Proposal, Training, TrainingPatch, TrainingSession,
    TrainingStatus,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, get, get_all, request, request_text, url, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

/// Every training the account may see: all for coordinators, their own for others.
pub async fn trainings() -> Result<Vec<Training>, ApiError> {
    get_all(url("/trainings?pageSize=100")).await
}

/// `GET /trainings/{id}` with its ETag.
pub async fn training(id: Uuid) -> Result<Reply<Training>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/trainings/{id}")))).await
}

/// `POST /trainings`.
pub async fn create_training(new: &NewTraining) -> Result<Training, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/trainings")).json(new, "application/json")).await?.value)
}

/// `PATCH /trainings/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_training(
    id: Uuid,
    patch: &TrainingPatch,
    etag: Option<String>,
) -> Result<Reply<Training>, ApiError> {
    let path = url(&format!("/trainings/{id}"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}

/// `GET /trainings/{id}/participants`: coordinators also get each personal answer token.
pub async fn participants(training_id: Uuid) -> Result<Vec<Participant>, ApiError> {
    get(url(&format!("/trainings/{training_id}/participants"))).await
}

/// `POST /trainings/{id}/participants`: one person or a whole group; answers the full list.
pub async fn add_participants(training_id: Uuid, new: &NewParticipants) -> Result<Vec<Participant>, ApiError> {
    let path = url(&format!("/trainings/{training_id}/participants"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `DELETE /trainings/{id}/participants/{participantId}`.
pub async fn remove_participant(training_id: Uuid, participant_id: Uuid) -> Result<(), ApiError> {
    let path = url(&format!("/trainings/{training_id}/participants/{participant_id}"));
    request::<()>(ApiRequest::new(Method::DELETE, path)).await.map(|_| ())
}

/// `POST /trainings/{id}/date-options`.
pub async fn add_date_option(training_id: Uuid, new: &NewDateOption) -> Result<DateOption, ApiError> {
    let path = url(&format!("/trainings/{training_id}/date-options"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `DELETE /trainings/{id}/date-options/{optionId}`: withdraws a date with its answers.
pub async fn remove_date_option(training_id: Uuid, option_id: Uuid) -> Result<(), ApiError> {
    let path = url(&format!("/trainings/{training_id}/date-options/{option_id}"));
    request::<()>(ApiRequest::new(Method::DELETE, path)).await.map(|_| ())
}

/// `GET /trainings/{id}/availability`: the answers table.
pub async fn availability(training_id: Uuid) -> Result<AvailabilityGrid, ApiError> {
    get(url(&format!("/trainings/{training_id}/availability"))).await
}

/// `PUT /trainings/{id}/participants/{participantId}/availability`: answers given by phone or in
/// person; answers the table after the change.
pub async fn record_availability(
    training_id: Uuid,
    participant_id: Uuid,
    answers: &AvailabilityAnswers,
) -> Result<AvailabilityGrid, ApiError> {
    let path = url(&format!("/trainings/{training_id}/participants/{participant_id}/availability"));
    Ok(request(ApiRequest::new(Method::PUT, path).json(answers, "application/json")).await?.value)
}

/// `GET /trainings/{id}/proposal`: the best sets of days, best first.
pub async fn proposal(training_id: Uuid) -> Result<Proposal, ApiError> {
    get(url(&format!("/trainings/{training_id}/proposal"))).await
}

/// `POST /trainings/{id}/confirm`: fixes the days; answers the sessions.
pub async fn confirm_days(training_id: Uuid, days: &ConfirmDays) -> Result<Vec<TrainingSession>, ApiError> {
    let path = url(&format!("/trainings/{training_id}/confirm"));
    Ok(request(ApiRequest::new(Method::POST, path).json(days, "application/json")).await?.value)
}

/// `GET /trainings/{id}/sessions`.
pub async fn sessions(training_id: Uuid) -> Result<Vec<TrainingSession>, ApiError> {
    get(url(&format!("/trainings/{training_id}/sessions"))).await
}

/// `PATCH /trainings/{id}/sessions/{sessionId}`: moves a day; answers every session.
pub async fn move_session(
    training_id: Uuid,
    session_id: Uuid,
    slot: &NewDateOption,
) -> Result<Vec<TrainingSession>, ApiError> {
    let path = url(&format!("/trainings/{training_id}/sessions/{session_id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(slot, MERGE_PATCH_JSON)).await?.value)
}

/// `GET /trainings/{id}/sessions/{sessionId}/attendance`.
pub async fn attendance(training_id: Uuid, session_id: Uuid) -> Result<AttendanceRegister, ApiError> {
    get(url(&format!("/trainings/{training_id}/sessions/{session_id}/attendance"))).await
}

/// `PUT /trainings/{id}/sessions/{sessionId}/attendance`.
pub async fn record_attendance(
    training_id: Uuid,
    session_id: Uuid,
    update: &AttendanceUpdate,
) -> Result<AttendanceRegister, ApiError> {
    let path = url(&format!("/trainings/{training_id}/sessions/{session_id}/attendance"));
    Ok(request(ApiRequest::new(Method::PUT, path).json(update, "application/json")).await?.value)
}

/// `GET /trainings/{id}/calendar`: the days as iCalendar text (it needs the bearer token, so a
/// plain link would not do).
pub async fn training_calendar(training_id: Uuid) -> Result<String, ApiError> {
    let path = url(&format!("/trainings/{training_id}/calendar"));
    Ok(request_text(ApiRequest::new(Method::GET, path).accept("text/calendar")).await?.value)
}

/// `GET /invitations/{token}`, without log-in: what a participant sees through their link.
pub async fn invitation(token: &str) -> Result<Invitation, ApiError> {
    let path = url(&format!("/invitations/{}", encode(token)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}

/// `PUT /invitations/{token}/availability`, without log-in.
pub async fn answer_invitation(token: &str, answers: &AvailabilityAnswers) -> Result<Invitation, ApiError> {
    let path = url(&format!("/invitations/{}/availability", encode(token)));
    Ok(request(ApiRequest::new(Method::PUT, path).anonymous().json(answers, "application/json")).await?.value)
}

/// The address of a participant's calendar feed, which works without log-in (a plain link).
pub fn invitation_calendar_url(token: &str) -> String {
    url(&format!("/invitations/{}/calendar", encode(token)))
}

/// Every training with a status, for pickers (say, the trainings still being planned).
pub async fn trainings_with_status(status: TrainingStatus) -> Result<Vec<Training>, ApiError> {
    get_all(url(&format!("/trainings?status={}&pageSize=100", status.as_str()))).await
}
