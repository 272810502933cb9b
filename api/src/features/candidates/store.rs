//! The candidates' rows: the only code that touches the `candidates` and `candidate_notes` tables.

use api_types::{AccountId, CandidateId, CandidateStatus, EventId, GroupId, PersonId, RegistrationId, TrainingId};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{candidate_notes, candidates};
use crate::db::{self, DbConnection, PageRequest};
use crate::error::ApiResult;

/// One row of `candidates`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = candidates)]
pub struct CandidateRow {
    /// Id.
    pub id: CandidateId,
    /// The residents' evening they came from.
    pub event_id: Option<EventId>,
    /// Name.
    pub name: String,
    /// Email, lower case.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Why, in their words.
    pub motivation: Option<String>,
    /// Where in the pipeline.
    pub status: CandidateStatus,
    /// The person they became at enrolment.
    pub person_id: Option<PersonId>,
    /// The group they joined.
    pub group_id: Option<GroupId>,
    /// The training they take part in.
    pub training_id: Option<TrainingId>,
    /// Added.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// One entry of a candidate's trail.
#[derive(Debug, Clone, Queryable)]
pub struct NoteRow {
    /// Id.
    pub id: String,
    /// Whose.
    pub candidate_id: CandidateId,
    /// Who wrote it (none for the system).
    pub author: Option<AccountId>,
    /// The note.
    pub body: Option<String>,
    /// Status before, for a move.
    pub from_status: Option<CandidateStatus>,
    /// Status after, for a move.
    pub to_status: Option<CandidateStatus>,
    /// When.
    pub created_at: NaiveDateTime,
}

/// One candidate, if there is one.
pub fn find(conn: &mut DbConnection, id: &CandidateId) -> ApiResult<Option<CandidateRow>> {
    Ok(candidates::table.find(id.to_string()).select(CandidateRow::as_select()).first(conn).optional()?)
}

/// One candidate, its row locked until the transaction ends (a no-op write takes the row lock on
/// PostgreSQL and the write lock on SQLite), so `If-Match` is compared against a state no one
/// else changes meanwhile.
pub fn lock(conn: &mut DbConnection, id: &CandidateId) -> ApiResult<Option<CandidateRow>> {
    let key = id.to_string();
    diesel::update(candidates::table.find(&key)).set(candidates::id.eq(&key)).execute(conn)?;
    find(conn, id)
}

/// A page in id order (up to `size + 1`), by status and evening if given.
pub fn page(
    conn: &mut DbConnection,
    status: Option<CandidateStatus>,
    event: Option<&EventId>,
    request: &PageRequest,
) -> ApiResult<Vec<CandidateRow>> {
    let mut query = candidates::table
        .select(CandidateRow::as_select())
        .order(candidates::id.asc())
        .limit(request.size + 1)
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(candidates::status.eq(status));
    }
    if let Some(event) = event {
        query = query.filter(candidates::event_id.eq(event.to_string()));
    }
    if let Some(after) = &request.after {
        query = query.filter(candidates::id.gt(after.clone()));
    }
    Ok(query.load(conn)?)
}

/// What a new candidate is stored with; they start `interested`.
pub struct NewCandidateRow<'a> {
    /// The sign-up they came with.
    pub registration_id: Option<&'a RegistrationId>,
    /// The residents' evening they came from.
    pub event_id: Option<&'a EventId>,
    /// Name, trimmed.
    pub name: &'a str,
    /// Email, lower case.
    pub email: Option<&'a str>,
    /// Phone.
    pub phone: Option<&'a str>,
    /// Why, in their words.
    pub motivation: Option<&'a str>,
    /// The group whose site they joined through.
    pub group_id: Option<&'a GroupId>,
}

/// Stores a new, interested candidate; returns the id.
pub fn insert(conn: &mut DbConnection, new: &NewCandidateRow<'_>) -> ApiResult<CandidateId> {
    let id: CandidateId = db::new_id();
    let now = db::now();
    diesel::insert_into(candidates::table)
        .values((
            candidates::id.eq(id.to_string()),
            candidates::registration_id.eq(new.registration_id.map(ToString::to_string)),
            candidates::event_id.eq(new.event_id.map(ToString::to_string)),
            candidates::name.eq(new.name),
            candidates::email.eq(new.email),
            candidates::phone.eq(new.phone),
            candidates::motivation.eq(new.motivation),
            candidates::group_id.eq(new.group_id.map(ToString::to_string)),
            candidates::status.eq(CandidateStatus::Interested),
            candidates::created_at.eq(now),
            candidates::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Moves the candidate to `status` (or only marks them changed, with `None`).
pub fn set_status(conn: &mut DbConnection, id: &CandidateId, status: Option<CandidateStatus>) -> ApiResult<()> {
    diesel::update(candidates::table.find(id.to_string()))
        .set((status.map(|s| candidates::status.eq(s)), candidates::updated_at.eq(db::now())))
        .execute(conn)?;
    Ok(())
}

/// Records an enrolment: the new status, the person they became, their group and training.
pub fn set_enrolled(
    conn: &mut DbConnection,
    id: &CandidateId,
    status: CandidateStatus,
    person: &PersonId,
    group: &GroupId,
    training: Option<&TrainingId>,
) -> ApiResult<()> {
    diesel::update(candidates::table.find(id.to_string()))
        .set((
            candidates::status.eq(status),
            candidates::person_id.eq(person.to_string()),
            candidates::group_id.eq(group.to_string()),
            candidates::training_id.eq(training.map(ToString::to_string)),
            candidates::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The trails of these candidates, oldest entry first.
pub fn notes(conn: &mut DbConnection, ids: &[CandidateId]) -> ApiResult<Vec<NoteRow>> {
    Ok(candidate_notes::table
        .filter(candidate_notes::candidate_id.eq_any(db::texts(ids)))
        .order(candidate_notes::id.asc())
        .select((
            candidate_notes::id,
            candidate_notes::candidate_id,
            candidate_notes::author_account_id,
            candidate_notes::body,
            candidate_notes::from_status,
            candidate_notes::to_status,
            candidate_notes::created_at,
        ))
        .load(conn)?)
}

/// Writes one entry of the trail: a note, a status change, or both.
pub fn add_note(
    conn: &mut DbConnection,
    candidate: &CandidateId,
    author: Option<&AccountId>,
    body: Option<&str>,
    change: Option<(Option<CandidateStatus>, CandidateStatus)>,
) -> ApiResult<()> {
    diesel::insert_into(candidate_notes::table)
        .values((
            candidate_notes::id.eq(db::new_id::<uuid::Uuid>().to_string()),
            candidate_notes::candidate_id.eq(candidate.to_string()),
            candidate_notes::author_account_id.eq(author.map(ToString::to_string)),
            candidate_notes::body.eq(body),
            candidate_notes::from_status.eq(change.and_then(|c| c.0)),
            candidate_notes::to_status.eq(change.map(|c| c.1)),
            candidate_notes::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The statuses of the candidates from these evenings: (evening, status).
pub fn statuses_by_event(
    conn: &mut DbConnection,
    events: &[EventId],
) -> ApiResult<Vec<(Option<EventId>, CandidateStatus)>> {
    Ok(candidates::table
        .filter(candidates::event_id.eq_any(db::texts(events)))
        .select((candidates::event_id, candidates::status))
        .load(conn)?)
}
