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
mod days;
mod invitations;
mod planning;
mod routes;
mod rules;
mod store;

use std::collections::{HashMap, HashSet};

use api_types::{
    AttendanceEntry, Availability, AvailabilityAnswer, AvailabilityAnswers, DateOption, DateOptionId, NewDateOption,
    Participant, ParticipantId, PersonId, SessionId, Training, TrainingId, TrainingSession,
};

pub use days::TrainingDaysApi;
pub use invitations::InvitationsApi;
pub use routes::TrainingsApi;
pub use store::NewTrainingRow;

use crate::access::{policy, Principal};
use crate::db;
use crate::db::DbConnection;
use crate::error::{ApiError, ApiResult};
use crate::features::people;
use crate::web::http;
use store::{OptionRow, ParticipantRow, TrainingRow};

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

/// The people who took part in a training whose last day fell from `from` to `to` (both
/// included), each with whether they completed it (present at every required day): what the
/// reports count.
pub fn report_facts(
    conn: &mut DbConnection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> ApiResult<Vec<(PersonId, bool)>> {
    let participations = store::participations_finished_between(conn, from, to)?;
    let ids: Vec<ParticipantId> = participations.iter().map(|(id, _, _)| *id).collect();
    let present = store::days_present(conn, &ids)?;
    Ok(participations
        .into_iter()
        .map(|(id, person, required)| (person, rules::completed(present.get(&id).copied().unwrap_or(0), required)))
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

// What the feature's handlers share (routes, days and invitations): access to a training and
// its representations.

/// A training as the caller may use it.
struct Access {
    row: TrainingRow,
    /// Whether the caller changes it, and so sees its register and the personal tokens.
    manages: bool,
    /// The caller's own participation, if they take part.
    own: Option<ParticipantId>,
}

impl Access {
    /// 403 unless the caller changes the training.
    fn require_manager(&self) -> ApiResult<()> {
        if self.manages {
            Ok(())
        } else {
            Err(ApiError::Forbidden("Only coordinators change trainings.".into()))
        }
    }
}

/// The training; 404 when it does not exist.
fn find(conn: &mut DbConnection, id: &TrainingId) -> ApiResult<TrainingRow> {
    store::find(conn, id)?.ok_or_else(|| ApiError::NotFound("No training with this id.".into()))
}

/// 404 for no such training; 403, without anything of the training, unless the caller reads it
/// (`policy::reads_training`: coordinators, admins and its participants).
fn access(conn: &mut DbConnection, caller: &Principal, id: &TrainingId) -> ApiResult<Access> {
    let row = find(conn, id)?;
    let own = match &caller.person_id {
        Some(person) => store::participation_of(conn, id, person)?,
        None => None,
    };
    if !policy::reads_training(caller, own.is_some()) {
        return Err(ApiError::Forbidden("Only coordinators and the training's participants see it.".into()));
    }
    Ok(Access { row, manages: policy::changes_training(caller), own })
}

/// The representation, with how many take part and how many completed it.
fn to_training(conn: &mut DbConnection, row: TrainingRow) -> ApiResult<Training> {
    let participants = store::participant_ids(conn, &row.id)?;
    let present = store::days_present(conn, &participants)?;
    let completed = present.values().filter(|&&days| rules::completed(days, row.required_days)).count();
    Ok(Training {
        id: row.id.uuid(),
        title: row.title,
        trainer: row.trainer,
        location: row.location,
        description: row.description,
        required_days: row.required_days,
        topics: db::json_column("trainings.topics", &row.topics)?,
        status: row.status,
        participant_count: participants.len() as i64,
        completed_count: completed as i64,
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    })
}

/// The training's participants by name, with their attendance so far; the personal tokens only
/// when `show_tokens`.
fn to_participants(conn: &mut DbConnection, training: &TrainingRow, show_tokens: bool) -> ApiResult<Vec<Participant>> {
    let rows = store::participants(conn, &training.id)?;
    let ids: Vec<ParticipantId> = rows.iter().map(|r| r.id).collect();
    let people: Vec<PersonId> = rows.iter().map(|r| r.person_id).collect();
    let present = store::days_present(conn, &ids)?;
    // A person takes part in a training once, so a person's name finds their participation.
    let mut by_person: HashMap<PersonId, ParticipantRow> = rows.into_iter().map(|r| (r.person_id, r)).collect();
    Ok(people::names(conn, &people)?
        .into_iter()
        .filter_map(|(person, name)| {
            let row = by_person.remove(&person)?;
            let days = present.get(&row.id).copied().unwrap_or(0);
            Some(Participant {
                id: row.id.uuid(),
                training_id: row.training_id.uuid(),
                person_id: person.uuid(),
                person_name: name,
                answer_token: show_tokens.then_some(row.answer_token),
                days_present: days,
                completed: rules::completed(days, training.required_days),
                created_at: http::utc(row.created_at),
            })
        })
        .collect())
}

/// A date option's representation, with how many gave each answer.
fn to_option(row: OptionRow, answers: &HashMap<(ParticipantId, DateOptionId), Availability>) -> DateOption {
    let tally = |wanted: Availability| {
        answers.iter().filter(|((_, option), answer)| *option == row.id && **answer == wanted).count() as i64
    };
    DateOption {
        id: row.id.uuid(),
        training_id: row.training_id.uuid(),
        date: row.date,
        yes: tally(Availability::Yes),
        if_need_be: tally(Availability::IfNeedBe),
        no: tally(Availability::No),
        start_time: row.start_time,
        end_time: row.end_time,
    }
}

/// The answers of one participant (a representation's id) per option, in the options' order.
fn answers_of(
    participant: uuid::Uuid,
    options: &[OptionRow],
    answers: &HashMap<(ParticipantId, DateOptionId), Availability>,
) -> Vec<Option<Availability>> {
    options.iter().map(|o| answers.get(&(ParticipantId::from(participant), o.id)).copied()).collect()
}

/// The training's sessions, in order.
fn sessions(conn: &mut DbConnection, id: &TrainingId) -> ApiResult<Vec<TrainingSession>> {
    Ok(store::sessions(conn, id)?.into_iter().map(TrainingSession::from).collect())
}

/// Stores one participation's answers, after checking that every option is the training's (400
/// naming each that is not, and nothing stored).
fn store_answers(
    conn: &mut DbConnection,
    training: &TrainingId,
    participant: &ParticipantId,
    answers: &AvailabilityAnswers,
) -> ApiResult<()> {
    let errors = rules::check_answers(&answers.answers, &store::option_ids(conn, training)?);
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    store::put_answers(conn, participant, &answers.answers)
}

/// The training's sessions as an iCalendar document.
fn feed(conn: &mut DbConnection, row: &TrainingRow) -> ApiResult<String> {
    let feed = calendar::Feed {
        title: &row.title,
        location: row.location.as_deref(),
        status: row.status,
        changed_at: row.updated_at,
    };
    Ok(calendar::render(&feed, &sessions(conn, &row.id)?))
}
