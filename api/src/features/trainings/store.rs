//! The trainings' rows: the only code that touches the `trainings`, `training_participants`,
//! `training_date_options`, `training_availability`, `training_sessions` and
//! `training_attendance` tables.

use std::collections::{HashMap, HashSet};

use api_types::{
    AttendanceEntry, AttendanceStatus, Availability, AvailabilityAnswer, DateOptionId, NewDateOption, ParticipantId,
    PersonId, SessionId, TrainingId, TrainingPatch, TrainingSession, TrainingStatus,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::rules;
use crate::db::schema::{
    training_attendance, training_availability, training_date_options, training_participants, training_sessions,
    trainings,
};
use crate::db::{self, DbConnection, PageRequest};
use crate::error::ApiResult;
use crate::web::body::blank_to_none;

/// One row of `trainings`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = trainings)]
pub struct TrainingRow {
    /// Id.
    pub id: TrainingId,
    /// Title.
    pub title: String,
    /// Who gives it.
    pub trainer: Option<String>,
    /// Where it takes place.
    pub location: Option<String>,
    /// What participants should know.
    pub description: Option<String>,
    /// Days a participant must attend to complete it.
    pub required_days: i32,
    /// The topics, as a JSON list (read with `db::json_column`).
    pub topics: String,
    /// Planning, scheduled, completed or cancelled.
    pub status: TrainingStatus,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// One row of `training_participants`: a person's participation in a training.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = training_participants)]
pub struct ParticipantRow {
    /// Id of the participation.
    pub id: ParticipantId,
    /// The training.
    pub training_id: TrainingId,
    /// The person taking part.
    pub person_id: PersonId,
    /// The token of the participant's personal link.
    pub answer_token: String,
    /// Added.
    pub created_at: NaiveDateTime,
}

/// One row of `training_date_options`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = training_date_options)]
pub struct OptionRow {
    /// Id.
    pub id: DateOptionId,
    /// The training.
    pub training_id: TrainingId,
    /// The day.
    pub date: NaiveDate,
    /// Start, `HH:MM` local time.
    pub start_time: String,
    /// End, `HH:MM` local time.
    pub end_time: String,
}

/// One row of `training_sessions`: a fixed day.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = training_sessions)]
pub struct SessionRow {
    /// Id.
    pub id: SessionId,
    /// The training.
    pub training_id: TrainingId,
    /// 1, 2, … in date order.
    pub day_number: i32,
    /// The day.
    pub date: NaiveDate,
    /// Start, `HH:MM` local time.
    pub start_time: String,
    /// End, `HH:MM` local time.
    pub end_time: String,
}

impl From<SessionRow> for TrainingSession {
    fn from(row: SessionRow) -> Self {
        TrainingSession {
            id: row.id.uuid(),
            training_id: row.training_id.uuid(),
            day_number: row.day_number,
            date: row.date,
            start_time: row.start_time,
            end_time: row.end_time,
        }
    }
}

/// A list of topics as kept in its text column.
fn topics_json<T: serde::Serialize>(topics: &[T]) -> String {
    serde_json::to_string(topics).unwrap_or_else(|_| "[]".into())
}

/// The training with this title, if any.
pub fn find_by_title(conn: &mut DbConnection, title: &str) -> ApiResult<Option<TrainingId>> {
    Ok(trainings::table.filter(trainings::title.eq(title)).select(trainings::id).first(conn).optional()?)
}

/// One training, if there is one.
pub fn find(conn: &mut DbConnection, id: &TrainingId) -> ApiResult<Option<TrainingRow>> {
    Ok(trainings::table.find(id.to_string()).select(TrainingRow::as_select()).first(conn).optional()?)
}

/// A page of trainings in id order (up to `size + 1`): only those `participant` takes part in if
/// given, and of one status if given.
pub fn page(
    conn: &mut DbConnection,
    participant: Option<&PersonId>,
    status: Option<TrainingStatus>,
    request: &PageRequest,
) -> ApiResult<Vec<TrainingRow>> {
    let mut query = trainings::table
        .select(TrainingRow::as_select())
        .order(trainings::id.asc())
        .limit(request.size + 1)
        .into_boxed();
    if let Some(person) = participant {
        let theirs = training_participants::table
            .filter(training_participants::person_id.eq(person.to_string()))
            .select(training_participants::training_id);
        query = query.filter(trainings::id.eq_any(theirs));
    }
    if let Some(status) = status {
        query = query.filter(trainings::status.eq(status));
    }
    if let Some(after) = &request.after {
        query = query.filter(trainings::id.gt(after.clone()));
    }
    Ok(query.load(conn)?)
}

/// What a new training is stored with.
pub struct NewTrainingRow<'a> {
    /// Title, trimmed.
    pub title: &'a str,
    /// Who gives it (blank is none).
    pub trainer: Option<&'a str>,
    /// Where (blank is none).
    pub location: Option<&'a str>,
    /// What participants should know (blank is none).
    pub description: Option<&'a str>,
    /// Days to attend.
    pub required_days: i32,
    /// The topics, trimmed.
    pub topics: &'a [String],
    /// Its status: `planning` for a training made through the API.
    pub status: TrainingStatus,
}

/// Stores a new training; returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewTrainingRow<'_>) -> ApiResult<TrainingId> {
    let id: TrainingId = db::new_id();
    let now = db::now();
    diesel::insert_into(trainings::table)
        .values((
            trainings::id.eq(id.to_string()),
            trainings::title.eq(new.title),
            trainings::trainer.eq(blank_to_none(new.trainer)),
            trainings::location.eq(blank_to_none(new.location)),
            trainings::description.eq(blank_to_none(new.description)),
            trainings::required_days.eq(new.required_days),
            trainings::topics.eq(topics_json(new.topics)),
            trainings::status.eq(new.status),
            trainings::created_at.eq(now),
            trainings::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a merge patch (blank texts clear, topics trimmed).
pub fn update(conn: &mut DbConnection, id: &TrainingId, patch: &TrainingPatch) -> ApiResult<()> {
    diesel::update(trainings::table.find(id.to_string()))
        .set((
            patch.title.as_deref().map(|t| trainings::title.eq(t.trim().to_string())),
            patch.trainer.clone().map(|t| trainings::trainer.eq(blank_to_none(t.as_deref()))),
            patch.location.clone().map(|l| trainings::location.eq(blank_to_none(l.as_deref()))),
            patch.description.clone().map(|d| trainings::description.eq(blank_to_none(d.as_deref()))),
            patch.required_days.map(|d| trainings::required_days.eq(d)),
            patch.topics.as_deref().map(|t| trainings::topics.eq(topics_json(&rules::topics(t)))),
            patch.status.map(|s| trainings::status.eq(s)),
            trainings::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets the status, changed at `now`.
pub fn set_status(
    conn: &mut DbConnection,
    id: &TrainingId,
    status: TrainingStatus,
    now: NaiveDateTime,
) -> ApiResult<()> {
    diesel::update(trainings::table.find(id.to_string()))
        .set((trainings::status.eq(status), trainings::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// The person's participation in the training, if they take part.
pub fn participation_of(
    conn: &mut DbConnection,
    training: &TrainingId,
    person: &PersonId,
) -> ApiResult<Option<ParticipantId>> {
    Ok(training_participants::table
        .filter(training_participants::training_id.eq(training.to_string()))
        .filter(training_participants::person_id.eq(person.to_string()))
        .select(training_participants::id)
        .first(conn)
        .optional()?)
}

/// Every participation of the training, in no particular order.
pub fn participants(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<Vec<ParticipantRow>> {
    Ok(training_participants::table
        .filter(training_participants::training_id.eq(training.to_string()))
        .select(ParticipantRow::as_select())
        .load(conn)?)
}

/// The ids of the training's participations.
pub fn participant_ids(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<Vec<ParticipantId>> {
    Ok(training_participants::table
        .filter(training_participants::training_id.eq(training.to_string()))
        .select(training_participants::id)
        .load(conn)?)
}

/// The people taking part in the training.
pub fn people_taking_part(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<HashSet<PersonId>> {
    Ok(training_participants::table
        .filter(training_participants::training_id.eq(training.to_string()))
        .select(training_participants::person_id)
        .load::<PersonId>(conn)?
        .into_iter()
        .collect())
}

/// Whether the participation is one of the training's.
pub fn is_participant(conn: &mut DbConnection, training: &TrainingId, participant: &ParticipantId) -> ApiResult<bool> {
    let found: i64 = training_participants::table
        .filter(training_participants::id.eq(participant.to_string()))
        .filter(training_participants::training_id.eq(training.to_string()))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Adds the person to the training, with a new personal link. A person takes part once (the
/// table's unique key answers 409 `duplicate` otherwise).
pub fn insert_participant(
    conn: &mut DbConnection,
    training: &TrainingId,
    person: &PersonId,
) -> ApiResult<ParticipantId> {
    let id: ParticipantId = db::new_id();
    diesel::insert_into(training_participants::table)
        .values((
            training_participants::id.eq(id.to_string()),
            training_participants::training_id.eq(training.to_string()),
            training_participants::person_id.eq(person.to_string()),
            training_participants::answer_token.eq(crate::access::tokens::new_link_token()),
            training_participants::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Removes a participation of the training with its answers and attendance; false when the
/// training has no such participation.
pub fn remove_participant(
    conn: &mut DbConnection,
    training: &TrainingId,
    participant: &ParticipantId,
) -> ApiResult<bool> {
    if !is_participant(conn, training, participant)? {
        return Ok(false);
    }
    let participant = participant.to_string();
    // Children first: SQLite only cascades with foreign keys on, so do not rely on it.
    diesel::delete(training_availability::table.filter(training_availability::participant_id.eq(&participant)))
        .execute(conn)?;
    diesel::delete(training_attendance::table.filter(training_attendance::participant_id.eq(&participant)))
        .execute(conn)?;
    diesel::delete(training_participants::table.filter(training_participants::id.eq(&participant))).execute(conn)?;
    Ok(true)
}

/// Every participation of these people, in any training: (participation, person, the training's
/// required days).
pub fn participations_of(
    conn: &mut DbConnection,
    people: &[PersonId],
) -> ApiResult<Vec<(ParticipantId, PersonId, i32)>> {
    Ok(training_participants::table
        .inner_join(trainings::table)
        .filter(training_participants::person_id.eq_any(db::texts(people)))
        .select((training_participants::id, training_participants::person_id, trainings::required_days))
        .load(conn)?)
}

/// The participations of the trainings whose last day falls from `from` to `to` (both
/// included), with the days each training requires.
pub fn participations_finished_between(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> ApiResult<Vec<(ParticipantId, PersonId, i32)>> {
    let last_days: Vec<(String, Option<NaiveDate>)> = training_sessions::table
        .group_by(training_sessions::training_id)
        .select((training_sessions::training_id, diesel::dsl::max(training_sessions::date)))
        .load(conn)?;
    let finished: Vec<String> = last_days
        .into_iter()
        .filter(|(_, last)| last.is_some_and(|day| day >= from && day <= to))
        .map(|(training, _)| training)
        .collect();
    Ok(training_participants::table
        .inner_join(trainings::table)
        .filter(training_participants::training_id.eq_any(finished))
        .select((training_participants::id, training_participants::person_id, trainings::required_days))
        .load(conn)?)
}

/// Days present per participation, for these participations (none recorded: absent from the map).
pub fn days_present(conn: &mut DbConnection, participants: &[ParticipantId]) -> ApiResult<HashMap<ParticipantId, i64>> {
    let rows: Vec<(ParticipantId, i64)> = training_attendance::table
        .filter(training_attendance::participant_id.eq_any(db::texts(participants)))
        .filter(training_attendance::status.eq(AttendanceStatus::Present))
        .group_by(training_attendance::participant_id)
        .select((training_attendance::participant_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// The participation behind a personal link's token, if any.
pub fn by_token(conn: &mut DbConnection, token: &str) -> ApiResult<Option<ParticipantRow>> {
    Ok(training_participants::table
        .filter(training_participants::answer_token.eq(token))
        .select(ParticipantRow::as_select())
        .first(conn)
        .optional()?)
}

/// The training's date options, by date and start time.
pub fn options(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<Vec<OptionRow>> {
    Ok(training_date_options::table
        .filter(training_date_options::training_id.eq(training.to_string()))
        .select(OptionRow::as_select())
        .order((
            training_date_options::date.asc(),
            training_date_options::start_time.asc(),
            training_date_options::id.asc(),
        ))
        .load(conn)?)
}

/// The ids of the training's date options.
pub fn option_ids(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<HashSet<DateOptionId>> {
    Ok(training_date_options::table
        .filter(training_date_options::training_id.eq(training.to_string()))
        .select(training_date_options::id)
        .load::<DateOptionId>(conn)?
        .into_iter()
        .collect())
}

/// How many date options the training has.
pub fn option_count(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<i64> {
    Ok(training_date_options::table
        .filter(training_date_options::training_id.eq(training.to_string()))
        .count()
        .get_result(conn)?)
}

/// Whether the training has an option on this day with these times already.
pub fn option_proposed(conn: &mut DbConnection, training: &TrainingId, slot: &NewDateOption) -> ApiResult<bool> {
    let same: i64 = training_date_options::table
        .filter(training_date_options::training_id.eq(training.to_string()))
        .filter(training_date_options::date.eq(slot.date))
        .filter(training_date_options::start_time.eq(&slot.start_time))
        .filter(training_date_options::end_time.eq(&slot.end_time))
        .count()
        .get_result(conn)?;
    Ok(same > 0)
}

/// Stores a new date option of the training; returns it.
pub fn insert_option(conn: &mut DbConnection, training: &TrainingId, slot: &NewDateOption) -> ApiResult<OptionRow> {
    let id: DateOptionId = db::new_id();
    diesel::insert_into(training_date_options::table)
        .values((
            training_date_options::id.eq(id.to_string()),
            training_date_options::training_id.eq(training.to_string()),
            training_date_options::date.eq(slot.date),
            training_date_options::start_time.eq(&slot.start_time),
            training_date_options::end_time.eq(&slot.end_time),
            training_date_options::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(training_date_options::table.find(id.to_string()).select(OptionRow::as_select()).first(conn)?)
}

/// Removes a date option of the training with its answers; false when the training has no such
/// option.
pub fn remove_option(conn: &mut DbConnection, training: &TrainingId, option: &DateOptionId) -> ApiResult<bool> {
    let option = option.to_string();
    let found: i64 = training_date_options::table
        .filter(training_date_options::id.eq(&option))
        .filter(training_date_options::training_id.eq(training.to_string()))
        .count()
        .get_result(conn)?;
    if found == 0 {
        return Ok(false);
    }
    diesel::delete(training_availability::table.filter(training_availability::option_id.eq(&option))).execute(conn)?;
    diesel::delete(training_date_options::table.filter(training_date_options::id.eq(&option))).execute(conn)?;
    Ok(true)
}

/// Every answer given for the training: (participation, option) → answer.
pub fn answers(
    conn: &mut DbConnection,
    training: &TrainingId,
) -> ApiResult<HashMap<(ParticipantId, DateOptionId), Availability>> {
    let rows: Vec<(ParticipantId, DateOptionId, Availability)> = training_availability::table
        .inner_join(training_participants::table)
        .filter(training_participants::training_id.eq(training.to_string()))
        .select((
            training_availability::participant_id,
            training_availability::option_id,
            training_availability::answer,
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(|(participant, option, answer)| ((participant, option), answer)).collect())
}

/// Stores one participation's answers, each replacing the answer for its option; answers for
/// other options stay.
pub fn put_answers(
    conn: &mut DbConnection,
    participant: &ParticipantId,
    answers: &[AvailabilityAnswer],
) -> ApiResult<()> {
    let participant = participant.to_string();
    let now = db::now();
    for answer in answers {
        let option = answer.option_id.to_string();
        diesel::delete(
            training_availability::table
                .filter(training_availability::participant_id.eq(&participant))
                .filter(training_availability::option_id.eq(&option)),
        )
        .execute(conn)?;
        diesel::insert_into(training_availability::table)
            .values((
                training_availability::participant_id.eq(&participant),
                training_availability::option_id.eq(&option),
                training_availability::answer.eq(answer.answer),
                training_availability::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The training's sessions, by day number.
pub fn sessions(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<Vec<SessionRow>> {
    Ok(training_sessions::table
        .filter(training_sessions::training_id.eq(training.to_string()))
        .select(SessionRow::as_select())
        .order(training_sessions::day_number.asc())
        .load(conn)?)
}

/// One session of the training, if it has it.
pub fn find_session(
    conn: &mut DbConnection,
    training: &TrainingId,
    session: &SessionId,
) -> ApiResult<Option<SessionRow>> {
    Ok(training_sessions::table
        .filter(training_sessions::id.eq(session.to_string()))
        .filter(training_sessions::training_id.eq(training.to_string()))
        .select(SessionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Stores a session of the training on a day and times (`HH:MM`), unnumbered until
/// [`renumber_sessions`]; returns its id.
pub fn insert_session(
    conn: &mut DbConnection,
    training: &TrainingId,
    (date, start_time, end_time): (NaiveDate, &str, &str),
    now: NaiveDateTime,
) -> ApiResult<SessionId> {
    let id: SessionId = db::new_id();
    diesel::insert_into(training_sessions::table)
        .values((
            training_sessions::id.eq(id.to_string()),
            training_sessions::training_id.eq(training.to_string()),
            training_sessions::day_number.eq(0),
            training_sessions::date.eq(date),
            training_sessions::start_time.eq(start_time),
            training_sessions::end_time.eq(end_time),
            training_sessions::created_at.eq(now),
            training_sessions::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Numbers the training's sessions 1, 2, … in date order.
pub fn renumber_sessions(conn: &mut DbConnection, training: &TrainingId) -> ApiResult<()> {
    let ids: Vec<String> = training_sessions::table
        .filter(training_sessions::training_id.eq(training.to_string()))
        .order((training_sessions::date.asc(), training_sessions::start_time.asc()))
        .select(training_sessions::id)
        .load(conn)?;
    for (i, id) in ids.iter().enumerate() {
        diesel::update(training_sessions::table.find(id))
            .set(training_sessions::day_number.eq(i as i32 + 1))
            .execute(conn)?;
    }
    Ok(())
}

/// Whether another session of the training than `except` is on this day.
pub fn another_session_on(
    conn: &mut DbConnection,
    training: &TrainingId,
    except: &SessionId,
    date: NaiveDate,
) -> ApiResult<bool> {
    let clash: i64 = training_sessions::table
        .filter(training_sessions::training_id.eq(training.to_string()))
        .filter(training_sessions::id.ne(except.to_string()))
        .filter(training_sessions::date.eq(date))
        .count()
        .get_result(conn)?;
    Ok(clash > 0)
}

/// Moves a session of the training to another day and times; false when the training has no
/// such session.
pub fn move_session(
    conn: &mut DbConnection,
    training: &TrainingId,
    session: &SessionId,
    slot: &NewDateOption,
) -> ApiResult<bool> {
    let updated = diesel::update(
        training_sessions::table
            .filter(training_sessions::id.eq(session.to_string()))
            .filter(training_sessions::training_id.eq(training.to_string())),
    )
    .set((
        training_sessions::date.eq(slot.date),
        training_sessions::start_time.eq(&slot.start_time),
        training_sessions::end_time.eq(&slot.end_time),
        training_sessions::updated_at.eq(db::now()),
    ))
    .execute(conn)?;
    Ok(updated > 0)
}

/// The attendance recorded at a session, by participation.
pub fn attendance(conn: &mut DbConnection, session: &SessionId) -> ApiResult<HashMap<ParticipantId, AttendanceStatus>> {
    Ok(training_attendance::table
        .filter(training_attendance::session_id.eq(session.to_string()))
        .select((training_attendance::participant_id, training_attendance::status))
        .load::<(ParticipantId, AttendanceStatus)>(conn)?
        .into_iter()
        .collect())
}

/// Records attendance at a session, each record replacing the participant's earlier one; others
/// stay.
pub fn put_attendance(conn: &mut DbConnection, session: &SessionId, records: &[AttendanceEntry]) -> ApiResult<()> {
    let session = session.to_string();
    let now = db::now();
    for record in records {
        let participant = record.participant_id.to_string();
        diesel::delete(
            training_attendance::table
                .filter(training_attendance::session_id.eq(&session))
                .filter(training_attendance::participant_id.eq(&participant)),
        )
        .execute(conn)?;
        diesel::insert_into(training_attendance::table)
            .values((
                training_attendance::session_id.eq(&session),
                training_attendance::participant_id.eq(&participant),
                training_attendance::status.eq(record.status),
                training_attendance::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}
