//! `trainings`: three days planned with the participants — participants, date options and their
//! answers, the proposed days, the fixed sessions, attendance, completion and a calendar feed.
//! Participants without an account answer through a personal link (`invitations/{token}`).
//!
//! `store` is the only code touching the trainings' six tables; `rules`, `planning` (the proposal
//! search) and `calendar` (the iCalendar feed) are pure; `routes` holds the handlers. Names of
//! participants come from `people`, a group's members from `groups`, both through their doors.
//! Coordinators and admins run every training (`policy::changes_training`); a participant reads
//! their own (`policy::reads_training`).

mod calendar;
mod planning;
mod routes;
mod rules;
mod store;

use std::collections::HashSet;

use api_types::{
    AttendanceEntry, AvailabilityAnswer, DateOptionId, NewDateOption, ParticipantId, PersonId, SessionId, TrainingId,
};

pub use routes::TrainingsApi;
pub use store::NewTrainingRow;

use crate::access::{policy, Principal};
use crate::db::DbConnection;
use crate::error::{ApiError, ApiResult};

/// Which of these people completed a training: were present at every required day of one (a port
/// of people and groups, plugged in by the app).
pub fn completed(conn: &mut DbConnection, people: &[PersonId]) -> ApiResult<HashSet<PersonId>> {
    let participations = store::participations_of(conn, people)?;
    let ids: Vec<ParticipantId> = participations.iter().map(|(id, _, _)| *id).collect();
    let present = store::days_present(conn, &ids)?;
    Ok(participations
        .into_iter()
        .filter(|(id, _, required)| rules::completed(present.get(id).copied().unwrap_or(0), *required))
        .map(|(_, person, _)| person)
        .collect())
}

/// Adds one person to a training within the caller's transaction (coordinators and admins; the
/// training still planning or scheduled). Used by a candidate's enrolment; `pointer` names the
/// training field of that request in a 400 for an unknown training.
pub fn enrol(
    conn: &mut DbConnection,
    caller: &Principal,
    training: &TrainingId,
    person: &PersonId,
    pointer: &str,
) -> ApiResult<()> {
    let Some(row) = store::find(conn, training)? else {
        return Err(ApiError::invalid(pointer, "not_found", "No training with this id."));
    };
    if !policy::changes_training(caller) {
        return Err(ApiError::Forbidden("Only coordinators change trainings.".into()));
    }
    rules::require_open(row.status)?;
    store::insert_participant(conn, training, person).map(|_| ())
}

/// The training with this title, if any (the demo data is added once).
pub fn find_by_title(conn: &mut DbConnection, title: &str) -> ApiResult<Option<TrainingId>> {
    store::find_by_title(conn, title)
}

/// Stores a training as an import gives it (the demo data: any status); returns its id.
pub fn import_training(conn: &mut DbConnection, new: &NewTrainingRow<'_>) -> ApiResult<TrainingId> {
    store::insert(conn, new)
}

/// Adds an imported participant, with a personal link of their own; returns the participation.
pub fn import_participant(
    conn: &mut DbConnection,
    training: &TrainingId,
    person: &PersonId,
) -> ApiResult<ParticipantId> {
    store::insert_participant(conn, training, person)
}

/// Stores an imported day of a training, with the attendance recorded at it.
pub fn import_day(
    conn: &mut DbConnection,
    training: &TrainingId,
    day: (chrono::NaiveDate, &str, &str),
    attendance: &[AttendanceEntry],
) -> ApiResult<SessionId> {
    let session = store::insert_session(conn, training, day, crate::db::now())?;
    store::renumber_sessions(conn, training)?;
    store::put_attendance(conn, &session, attendance)?;
    Ok(session)
}

/// Stores an imported date option; returns its id.
pub fn import_date_option(
    conn: &mut DbConnection,
    training: &TrainingId,
    slot: &NewDateOption,
) -> ApiResult<DateOptionId> {
    Ok(store::insert_option(conn, training, slot)?.id)
}

/// Stores a participant's imported answers.
pub fn import_answers(
    conn: &mut DbConnection,
    participant: &ParticipantId,
    answers: &[AvailabilityAnswer],
) -> ApiResult<()> {
    store::put_answers(conn, participant, answers)
}
