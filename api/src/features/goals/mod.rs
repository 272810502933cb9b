//! A group's achievable goals (`groups/{id}/goals`), from issue 14: the training teaches connectors
//! to set them. Members of the group write them and their dated progress notes; the group chooses
//! which show on its public site (`public/groups/{slug}/goals`).

mod routes;
mod store;

pub use routes::GoalsApi;

use api_types::{AccountId, GoalStatus, GroupId, PublicGoal};
use chrono::NaiveDate;

use crate::db::DbConnection;
use crate::error::ApiResult;

/// The group's public goals, oldest first, as its site shows them.
pub fn public_of_group(conn: &mut DbConnection, group: &GroupId) -> ApiResult<Vec<PublicGoal>> {
    routes::public_goals(conn, group)
}

/// A goal as the demo data gives it, with its progress notes (day, note).
#[derive(Debug, Clone)]
pub struct ImportedGoal<'a> {
    /// Title.
    pub title: &'a str,
    /// What success looks like.
    pub success: &'a str,
    /// Target date.
    pub target_on: Option<NaiveDate>,
    /// Status.
    pub status: GoalStatus,
    /// Shown on the public site.
    pub public: bool,
    /// Progress notes.
    pub progress: Vec<(NaiveDate, &'a str)>,
}

/// Stores the demo's goals of a group once (nothing when it has goals already); returns how many
/// rows it added.
pub fn import(
    conn: &mut DbConnection,
    group: &GroupId,
    by: &AccountId,
    goals: &[ImportedGoal<'_>],
) -> ApiResult<usize> {
    if store::any_of_group(conn, group)? {
        return Ok(0);
    }
    let mut added = 0;
    for goal in goals {
        let values = store::GoalValues {
            title: goal.title.to_string(),
            success: Some(goal.success.to_string()),
            target_on: goal.target_on,
            status: goal.status,
            public: goal.public,
            event_ids: "[]".into(),
            resource_ids: "[]".into(),
            question_ids: "[]".into(),
        };
        let id = store::insert(conn, group, &values, Some(by))?;
        added += 1;
        for (on, note) in &goal.progress {
            store::add_progress(conn, &id, *on, note, Some(by))?;
            added += 1;
        }
    }
    Ok(added)
}
