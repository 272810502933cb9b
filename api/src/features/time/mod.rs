//! Members' time (`time-entries`) and the group's weeks against the band
//! (`groups/{id}/time-weeks`), from issue 14: a member logs their own time, also "nothing this
//! week"; a member or a coordinator logs for a member without an account, and the entry says who
//! wrote it. The weeks and their signals (overload, drop-off, back) are a care signal for the
//! group's professionals and the coordinators, never a ranking.

mod routes;
mod rules;
mod store;

pub use routes::TimeApi;

use api_types::{AccountId, GroupId, PersonId, TimeActivity, TimeEntryId};
use chrono::NaiveDate;

use crate::db::DbConnection;
use crate::error::ApiResult;

/// Whether the group has any time entry (the demo data adds its weeks once).
pub fn any_of_group(conn: &mut DbConnection, group: &GroupId) -> ApiResult<bool> {
    store::any_of_group(conn, group)
}

/// An entry as the demo data gives it.
#[derive(Debug, Clone, Copy)]
pub struct ImportedEntry<'a> {
    /// The group it was for.
    pub group: GroupId,
    /// Whose time.
    pub person: PersonId,
    /// Who wrote it.
    pub entered_by: AccountId,
    /// The local date.
    pub worked_on: NaiveDate,
    /// Minutes; 0 with no activity is "nothing this week".
    pub minutes: i32,
    /// What it was for.
    pub activity: Option<TimeActivity>,
    /// A short note.
    pub note: Option<&'a str>,
}

/// Stores an entry as an import gives it (the demo data), without the checks of the routes.
pub fn import_entry(conn: &mut DbConnection, entry: &ImportedEntry<'_>) -> ApiResult<TimeEntryId> {
    let values = store::EntryValues {
        worked_on: entry.worked_on,
        minutes: entry.minutes,
        activity: entry.activity,
        nothing_this_week: entry.activity.is_none(),
        event_id: None,
        question_id: None,
        note: entry.note.map(str::to_string),
    };
    store::insert(conn, &entry.group, &entry.person, &entry.entered_by, &values)
}
