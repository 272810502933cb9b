//! A group's achievable goals (`/api/v1/groups/{id}/goals`): the training teaches connectors to
//! set them (DESIGN.md §1). What success looks like, a target date, a status, progress notes with
//! dates and the events, resources and questions that serve it; the group chooses whether a goal
//! shows on its public site.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
#[cfg(feature = "server")]
use validator::Validate;

/// Where a goal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    /// Set, not started.
    Planned,
    /// Being worked on.
    InProgress,
    /// Reached.
    Achieved,
    /// Given up (the group says why in a progress note).
    Dropped,
}

crate::string_values!(GoalStatus {
    Planned => "planned",
    InProgress => "in_progress",
    Achieved => "achieved",
    Dropped => "dropped",
});

/// A dated note of how a goal is going.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ProgressNote {
    /// UUID v7.
    pub id: Uuid,
    /// The day it is about (Dutch local date).
    pub on: NaiveDate,
    /// What happened.
    #[cfg_attr(feature = "server", schema(example = "Twaalf buren kwamen naar de eerste plantdag."))]
    pub note: String,
    /// Who wrote it.
    #[cfg_attr(feature = "server", schema(example = "Anouk Verbeek"))]
    pub written_by: Option<String>,
}

/// A goal as the group's members and the coordinators read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    /// UUID v7.
    pub id: Uuid,
    /// The group whose goal it is.
    pub group_id: Uuid,
    /// What the group wants to reach.
    #[cfg_attr(feature = "server", schema(example = "Een buurtmoestuin achter de flat"))]
    pub title: String,
    /// What success looks like.
    #[cfg_attr(feature = "server", schema(example = "Tien buren tuinieren er elke week samen."))]
    pub success: Option<String>,
    /// When the group wants to have reached it.
    pub target_on: Option<NaiveDate>,
    /// Where it stands.
    pub status: GoalStatus,
    /// Whether the group's public site shows it.
    pub public: bool,
    /// The progress notes, oldest first.
    pub progress: Vec<ProgressNote>,
    /// Events of the group that serve it.
    pub event_ids: Vec<Uuid>,
    /// Resources that serve it.
    pub resource_ids: Vec<Uuid>,
    /// Questions of the group that serve it.
    pub question_ids: Vec<Uuid>,
    /// When it was set (UTC).
    pub created_at: DateTime<Utc>,
    /// When it last changed, a progress note included (UTC).
    pub updated_at: DateTime<Utc>,
}

/// A goal as the group's public site shows it: no questions (they are private) and no notes
/// (they may name residents); the latest progress date says it is alive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PublicGoal {
    /// What the group wants to reach.
    #[cfg_attr(feature = "server", schema(example = "Een buurtmoestuin achter de flat"))]
    pub title: String,
    /// What success looks like.
    #[cfg_attr(feature = "server", schema(example = "Tien buren tuinieren er elke week samen."))]
    pub success: Option<String>,
    /// When the group wants to have reached it.
    pub target_on: Option<NaiveDate>,
    /// Where it stands.
    pub status: GoalStatus,
    /// The day of the latest progress note.
    pub last_progress_on: Option<NaiveDate>,
}

/// `POST /api/v1/groups/{id}/goals`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewGoal {
    /// What the group wants to reach, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(min_length = 1, max_length = 200, example = "Een buurtmoestuin achter de flat")
    )]
    pub title: String,
    /// What success looks like, at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[cfg_attr(feature = "server", schema(max_length = 1000, example = "Tien buren tuinieren er elke week samen."))]
    #[serde(default)]
    pub success: Option<String>,
    /// When the group wants to have reached it.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    #[serde(default)]
    pub target_on: Option<NaiveDate>,
    /// Where it stands (default `planned`).
    #[serde(default)]
    pub status: Option<GoalStatus>,
    /// Whether the group's public site shows it (default no).
    #[serde(default)]
    pub public: bool,
    /// Events of the group that serve it, at most 20.
    #[cfg_attr(feature = "server", validate(length(max = 20)))]
    #[cfg_attr(feature = "server", schema(max_items = 20))]
    #[serde(default)]
    pub event_ids: Vec<Uuid>,
    /// Resources that serve it, at most 20.
    #[cfg_attr(feature = "server", validate(length(max = 20)))]
    #[cfg_attr(feature = "server", schema(max_items = 20))]
    #[serde(default)]
    pub resource_ids: Vec<Uuid>,
    /// Questions of the group that serve it, at most 20.
    #[cfg_attr(feature = "server", validate(length(max = 20)))]
    #[cfg_attr(feature = "server", schema(max_items = 20))]
    #[serde(default)]
    pub question_ids: Vec<Uuid>,
}

/// `PATCH /api/v1/groups/{id}/goals/{goalId}` (JSON merge patch).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct GoalPatch {
    /// A new title, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Een buurtmoestuin achter de flat")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What success looks like, or `null`; at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 1000, example = "Tien buren tuinieren er elke week samen."))]
    pub success: Option<Option<String>>,
    /// A target date, or `null` for none.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<NaiveDate>))]
    pub target_on: Option<Option<NaiveDate>>,
    /// A new status.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<GoalStatus>,
    /// Show it on the group's public site, or not.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub public: Option<bool>,
    /// The events that serve it, the whole list.
    #[cfg_attr(feature = "server", validate(length(max = 20)))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, max_items = 20))]
    pub event_ids: Option<Vec<Uuid>>,
    /// The resources that serve it, the whole list.
    #[cfg_attr(feature = "server", validate(length(max = 20)))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, max_items = 20))]
    pub resource_ids: Option<Vec<Uuid>>,
    /// The questions that serve it, the whole list.
    #[cfg_attr(feature = "server", validate(length(max = 20)))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, max_items = 20))]
    pub question_ids: Option<Vec<Uuid>>,
}

/// `POST /api/v1/groups/{id}/goals/{goalId}/progress`: a dated note of how it goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewProgressNote {
    /// The day it is about (default today), not in the future.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    #[serde(default)]
    pub on: Option<NaiveDate>,
    /// What happened, 1–1000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 1000), custom(function = "crate::rules::not_blank"))
    )]
    #[cfg_attr(
        feature = "server",
        schema(min_length = 1, max_length = 1000, example = "Twaalf buren kwamen naar de eerste plantdag.")
    )]
    pub note: String,
}
