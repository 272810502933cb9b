//! A group's goals and their progress notes: the only code that touches `goals` and
//! `goal_progress`.

use api_types::{AccountId, GoalId, GoalStatus, GroupId};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{goal_progress, goals};
use crate::db::{self, DbConnection};
use crate::error::ApiResult;

/// One row of `goals`; the id lists are JSON text, read by the feature.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = goals)]
pub struct GoalRow {
    /// Id.
    pub id: GoalId,
    /// The group.
    pub group_id: GroupId,
    /// Title.
    pub title: String,
    /// What success looks like.
    pub success: Option<String>,
    /// Target date.
    pub target_on: Option<NaiveDate>,
    /// Status.
    pub status: GoalStatus,
    /// Shown on the public site.
    pub public: bool,
    /// JSON array of event ids.
    pub event_ids: String,
    /// JSON array of resource ids.
    pub resource_ids: String,
    /// JSON array of question ids.
    pub question_ids: String,
    /// Set, UTC.
    pub created_at: NaiveDateTime,
    /// Last changed, UTC.
    pub updated_at: NaiveDateTime,
}

/// One progress note: (id, goal, day, note, written by).
pub type ProgressRow = (String, GoalId, NaiveDate, String, Option<AccountId>);

/// What a goal holds, checked by the feature (texts trimmed here, blanks dropped).
#[derive(Debug, Clone)]
pub struct GoalValues {
    /// Title.
    pub title: String,
    /// What success looks like.
    pub success: Option<String>,
    /// Target date.
    pub target_on: Option<NaiveDate>,
    /// Status.
    pub status: GoalStatus,
    /// Shown on the public site.
    pub public: bool,
    /// Event ids as JSON.
    pub event_ids: String,
    /// Resource ids as JSON.
    pub resource_ids: String,
    /// Question ids as JSON.
    pub question_ids: String,
}

fn trimmed(text: &Option<String>) -> Option<String> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string)
}

/// Stores a new goal of the group; returns its id.
pub fn insert(
    conn: &mut DbConnection,
    group: &GroupId,
    values: &GoalValues,
    by: Option<&AccountId>,
) -> ApiResult<GoalId> {
    let id: GoalId = db::new_id();
    let now = db::now();
    diesel::insert_into(goals::table)
        .values((
            goals::id.eq(id.to_string()),
            goals::group_id.eq(group.to_string()),
            goals::title.eq(values.title.trim()),
            goals::success.eq(trimmed(&values.success)),
            goals::target_on.eq(values.target_on),
            goals::status.eq(values.status),
            goals::public.eq(values.public),
            goals::event_ids.eq(&values.event_ids),
            goals::resource_ids.eq(&values.resource_ids),
            goals::question_ids.eq(&values.question_ids),
            goals::created_by.eq(by.map(ToString::to_string)),
            goals::created_at.eq(now),
            goals::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a goal's values whole.
pub fn update(conn: &mut DbConnection, id: &GoalId, values: &GoalValues) -> ApiResult<()> {
    diesel::update(goals::table.find(id.to_string()))
        .set((
            goals::title.eq(values.title.trim()),
            goals::success.eq(trimmed(&values.success)),
            goals::target_on.eq(values.target_on),
            goals::status.eq(values.status),
            goals::public.eq(values.public),
            goals::event_ids.eq(&values.event_ids),
            goals::resource_ids.eq(&values.resource_ids),
            goals::question_ids.eq(&values.question_ids),
            goals::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The group's goal with this id, locked for the rest of the transaction when `lock`.
pub fn find(conn: &mut DbConnection, group: &GroupId, id: &GoalId, lock: bool) -> ApiResult<Option<GoalRow>> {
    if lock {
        let key = id.to_string();
        diesel::update(goals::table.find(&key)).set(goals::id.eq(&key)).execute(conn)?;
    }
    Ok(goals::table
        .filter(goals::id.eq(id.to_string()))
        .filter(goals::group_id.eq(group.to_string()))
        .select(GoalRow::as_select())
        .first(conn)
        .optional()?)
}

/// The group's goals, oldest first; only the public ones when `public_only`.
pub fn of_group(conn: &mut DbConnection, group: &GroupId, public_only: bool) -> ApiResult<Vec<GoalRow>> {
    let mut query = goals::table
        .filter(goals::group_id.eq(group.to_string()))
        .select(GoalRow::as_select())
        .order(goals::id.asc())
        .into_boxed();
    if public_only {
        query = query.filter(goals::public.eq(true));
    }
    Ok(query.load(conn)?)
}

/// The progress notes of these goals, oldest first.
pub fn progress_of(conn: &mut DbConnection, ids: &[GoalId]) -> ApiResult<Vec<ProgressRow>> {
    Ok(goal_progress::table
        .filter(goal_progress::goal_id.eq_any(db::texts(ids)))
        .order((goal_progress::noted_on.asc(), goal_progress::id.asc()))
        .select((
            goal_progress::id,
            goal_progress::goal_id,
            goal_progress::noted_on,
            goal_progress::note,
            goal_progress::written_by,
        ))
        .load(conn)?)
}

/// Adds a progress note to a goal and moves the goal's `updated_at`.
pub fn add_progress(
    conn: &mut DbConnection,
    goal: &GoalId,
    on: NaiveDate,
    note: &str,
    by: Option<&AccountId>,
) -> ApiResult<()> {
    let now = db::now();
    diesel::insert_into(goal_progress::table)
        .values((
            goal_progress::id.eq(db::new_id::<uuid::Uuid>().to_string()),
            goal_progress::goal_id.eq(goal.to_string()),
            goal_progress::noted_on.eq(on),
            goal_progress::note.eq(note.trim()),
            goal_progress::written_by.eq(by.map(ToString::to_string)),
            goal_progress::created_at.eq(now),
        ))
        .execute(conn)?;
    diesel::update(goals::table.find(goal.to_string())).set(goals::updated_at.eq(now)).execute(conn)?;
    Ok(())
}

/// Whether the group has any goal (the demo data adds its goals once).
pub fn any_of_group(conn: &mut DbConnection, group: &GroupId) -> ApiResult<bool> {
    let count: i64 = goals::table.filter(goals::group_id.eq(group.to_string())).count().get_result(conn)?;
    Ok(count > 0)
}
