//! Members' time entries: the only code that touches the `time_entries` table.

use api_types::{AccountId, EventId, GroupId, PersonId, QuestionId, TimeActivity, TimeEntryId};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::time_entries;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::ApiResult;

/// One row of `time_entries`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = time_entries)]
pub struct EntryRow {
    /// Id.
    pub id: TimeEntryId,
    /// The group it was for.
    pub group_id: GroupId,
    /// Whose time.
    pub person_id: PersonId,
    /// The account that wrote it (`None` once that account is gone).
    pub entered_by: Option<AccountId>,
    /// The local date.
    pub worked_on: NaiveDate,
    /// Minutes; 0 for "nothing this week".
    pub minutes: i32,
    /// What it was for; `None` for "nothing this week".
    pub activity: Option<TimeActivity>,
    /// "Nothing this week".
    pub nothing_this_week: bool,
    /// The event it was for.
    pub event_id: Option<EventId>,
    /// The question it was for.
    pub question_id: Option<QuestionId>,
    /// A short note.
    pub note: Option<String>,
    /// Written, UTC.
    pub created_at: NaiveDateTime,
    /// Last changed, UTC.
    pub updated_at: NaiveDateTime,
}

/// What an entry holds, as the feature has checked it.
#[derive(Debug, Clone)]
pub struct EntryValues {
    /// The local date.
    pub worked_on: NaiveDate,
    /// Minutes (0 for "nothing this week").
    pub minutes: i32,
    /// What it was for.
    pub activity: Option<TimeActivity>,
    /// "Nothing this week".
    pub nothing_this_week: bool,
    /// The event it was for.
    pub event_id: Option<EventId>,
    /// The question it was for.
    pub question_id: Option<QuestionId>,
    /// A short note (trimmed here; blank is none).
    pub note: Option<String>,
}

fn note(values: &EntryValues) -> Option<String> {
    values.note.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string)
}

/// Stores a new entry; returns its id.
pub fn insert(
    conn: &mut DbConnection,
    group: &GroupId,
    person: &PersonId,
    entered_by: &AccountId,
    values: &EntryValues,
) -> ApiResult<TimeEntryId> {
    let id: TimeEntryId = db::new_id();
    let now = db::now();
    diesel::insert_into(time_entries::table)
        .values((
            time_entries::id.eq(id.to_string()),
            time_entries::group_id.eq(group.to_string()),
            time_entries::person_id.eq(person.to_string()),
            time_entries::entered_by.eq(Some(entered_by.to_string())),
            time_entries::worked_on.eq(values.worked_on),
            time_entries::minutes.eq(values.minutes),
            time_entries::activity.eq(values.activity),
            time_entries::nothing_this_week.eq(values.nothing_this_week),
            time_entries::event_id.eq(values.event_id.map(|e| e.to_string())),
            time_entries::question_id.eq(values.question_id.map(|q| q.to_string())),
            time_entries::note.eq(note(values)),
            time_entries::created_at.eq(now),
            time_entries::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Whether the group has any entry.
pub fn any_of_group(conn: &mut DbConnection, group: &GroupId) -> ApiResult<bool> {
    let count: i64 =
        time_entries::table.filter(time_entries::group_id.eq(group.to_string())).count().get_result(conn)?;
    Ok(count > 0)
}

/// One entry, if there is one with this id.
pub fn find(conn: &mut DbConnection, id: &TimeEntryId) -> ApiResult<Option<EntryRow>> {
    Ok(time_entries::table.find(id.to_string()).select(EntryRow::as_select()).first(conn).optional()?)
}

/// Locks the entry's row for the rest of the transaction (PostgreSQL; SQLite's write lock is held
/// already), so `If-Match` is compared with what the change will overwrite; `false` when there
/// is no such entry.
pub fn lock(conn: &mut DbConnection, id: &TimeEntryId) -> ApiResult<bool> {
    let id = id.to_string();
    Ok(diesel::update(time_entries::table.find(&id)).set(time_entries::id.eq(&id)).execute(conn)? > 0)
}

/// Writes an entry's values whole.
pub fn update(conn: &mut DbConnection, id: &TimeEntryId, values: &EntryValues) -> ApiResult<()> {
    diesel::update(time_entries::table.find(id.to_string()))
        .set((
            time_entries::worked_on.eq(values.worked_on),
            time_entries::minutes.eq(values.minutes),
            time_entries::activity.eq(values.activity),
            time_entries::event_id.eq(values.event_id.map(|e| e.to_string())),
            time_entries::question_id.eq(values.question_id.map(|q| q.to_string())),
            time_entries::note.eq(note(values)),
            time_entries::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Removes an entry.
pub fn delete(conn: &mut DbConnection, id: &TimeEntryId) -> ApiResult<()> {
    diesel::delete(time_entries::table.find(id.to_string())).execute(conn)?;
    Ok(())
}

/// Which entries a page holds.
#[derive(Debug, Clone, Default)]
pub struct EntryFilter {
    /// Only of this group.
    pub group: Option<GroupId>,
    /// Only of this person.
    pub person: Option<PersonId>,
    /// From this day on.
    pub from: Option<NaiveDate>,
    /// Up to this day.
    pub to: Option<NaiveDate>,
    /// Only what this caller may read: entries of this person, or written by this account, or of
    /// these groups (which the caller looks after). `None`: everything (the programme's staff).
    pub readable_by: Option<(Option<PersonId>, AccountId, Vec<GroupId>)>,
}

/// A page of entries in id order (up to `size + 1`).
pub fn page(conn: &mut DbConnection, filter: &EntryFilter, request: &PageRequest) -> ApiResult<Vec<EntryRow>> {
    let mut query = time_entries::table.select(EntryRow::as_select()).into_boxed();
    if let Some(group) = &filter.group {
        query = query.filter(time_entries::group_id.eq(group.to_string()));
    }
    if let Some(person) = &filter.person {
        query = query.filter(time_entries::person_id.eq(person.to_string()));
    }
    if let Some(from) = filter.from {
        query = query.filter(time_entries::worked_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(time_entries::worked_on.le(to));
    }
    if let Some((person, account, groups)) = &filter.readable_by {
        let person = person.map(|p| p.to_string()).unwrap_or_default();
        query = query.filter(
            time_entries::person_id
                .eq(person)
                .or(time_entries::entered_by.eq(account.to_string()))
                .or(time_entries::group_id.eq_any(db::texts(groups))),
        );
    }
    Ok(crate::keyset_page!(query, time_entries, request).load(conn)?)
}

/// Every entry of the group from `from` to `to` (local dates, both included): (person, day,
/// minutes, "nothing this week"), for the weeks.
pub fn of_group_between(
    conn: &mut DbConnection,
    group: &GroupId,
    from: NaiveDate,
    to: NaiveDate,
) -> ApiResult<Vec<(PersonId, NaiveDate, i32, bool)>> {
    Ok(time_entries::table
        .filter(time_entries::group_id.eq(group.to_string()))
        .filter(time_entries::worked_on.ge(from))
        .filter(time_entries::worked_on.le(to))
        .select((
            time_entries::person_id,
            time_entries::worked_on,
            time_entries::minutes,
            time_entries::nothing_this_week,
        ))
        .load(conn)?)
}
