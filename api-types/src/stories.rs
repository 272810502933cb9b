//! Stories from interviews with residents (`/api/v1/stories`): what a resident told, written up
//! by the group, shown on the group's site only with the resident's consent — and gone at once,
//! text and name, when they withdraw it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
#[cfg(feature = "server")]
use validator::Validate;

/// What the resident agreed to: their story with their name, without it, or only for the group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum StoryConsent {
    /// Published with the resident's name (`tellerName`).
    Named,
    /// Published without a name.
    Anonymous,
    /// For the group and the programme only; never published.
    Internal,
}

crate::string_values!(StoryConsent {
    Named => "named",
    Anonymous => "anonymous",
    Internal => "internal",
});

/// A story as the group's members read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Story {
    /// UUID v7.
    pub id: Uuid,
    /// The group that wrote it up.
    pub group_id: Uuid,
    /// Its title.
    #[cfg_attr(feature = "server", schema(example = "Veertig jaar aan het Lindeplein"))]
    pub title: String,
    /// The story; `null` once the resident withdrew their consent (it is erased).
    #[cfg_attr(
        feature = "server",
        schema(example = "Toen ik hier kwam wonen, kende iedereen elkaar. Nu zorgen de buren weer voor elkaar.")
    )]
    pub text: Option<String>,
    /// The interview it came from.
    pub event_id: Option<Uuid>,
    /// That interview's title.
    #[cfg_attr(feature = "server", schema(example = "Inwonersavond Molenwijk"))]
    pub event_title: Option<String>,
    /// What the resident agreed to.
    pub consent: StoryConsent,
    /// When that consent was recorded (UTC).
    pub consent_recorded_at: DateTime<Utc>,
    /// The resident's name as they want it shown (with `named`); erased on withdrawal.
    #[cfg_attr(feature = "server", schema(example = "Mevrouw Yilmaz"))]
    pub teller_name: Option<String>,
    /// Whether it shows on the group's site.
    pub published: bool,
    /// When it was first published (UTC).
    pub published_at: Option<DateTime<Utc>>,
    /// When the resident withdrew their consent (UTC); the story no longer changes.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// Instant of creation (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// A published story, as the group's site shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PublicStory {
    /// UUID v7.
    pub id: Uuid,
    /// Its title.
    #[cfg_attr(feature = "server", schema(example = "Veertig jaar aan het Lindeplein"))]
    pub title: String,
    /// The story.
    #[cfg_attr(
        feature = "server",
        schema(example = "Toen ik hier kwam wonen, kende iedereen elkaar. Nu zorgen de buren weer voor elkaar.")
    )]
    pub text: String,
    /// The resident's name, only when they agreed to be named.
    #[cfg_attr(feature = "server", schema(example = "Mevrouw Yilmaz"))]
    pub teller_name: Option<String>,
    /// When it was published (UTC).
    pub published_at: DateTime<Utc>,
}

/// `POST /api/v1/stories`: a member of the group writes up an interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[cfg_attr(feature = "server", validate(schema(function = "NewStory::check", skip_on_field_errors = false)))]
#[serde(rename_all = "camelCase")]
pub struct NewStory {
    /// The group.
    pub group_id: Uuid,
    /// Title, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(min_length = 1, max_length = 200, example = "Veertig jaar aan het Lindeplein")
    )]
    pub title: String,
    /// The story, 1–10000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 10000), custom(function = "crate::rules::not_blank"))
    )]
    #[cfg_attr(
        feature = "server",
        schema(
            example = "Toen ik hier kwam wonen, kende iedereen elkaar. Nu zorgen de buren weer voor elkaar.",
            min_length = 1,
            max_length = 10000
        )
    )]
    pub text: String,
    /// The interview it came from: an event of the group.
    #[serde(default)]
    pub event_id: Option<Uuid>,
    /// What the resident agreed to (recorded with this moment).
    pub consent: StoryConsent,
    /// The resident's name as they want it shown; required with `named`, refused otherwise.
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[cfg_attr(feature = "server", schema(max_length = 100, example = "Mevrouw Yilmaz"))]
    #[serde(default)]
    pub teller_name: Option<String>,
    /// Show it on the group's site now (not with `internal`).
    #[serde(default)]
    pub published: bool,
}

/// What is wrong with a story's consent, name and publication together, as `(pointer, message)`:
/// `named` needs the name, the others refuse one, and `internal` is never published.
pub fn story_problems(
    consent: StoryConsent,
    teller_name: Option<&str>,
    published: bool,
) -> Vec<(&'static str, &'static str)> {
    let named = teller_name.is_some_and(|n| !n.trim().is_empty());
    let mut problems = Vec::new();
    match consent {
        StoryConsent::Named if !named => {
            problems.push(("/tellerName", "With consent `named`, give the name the resident wants shown."))
        }
        StoryConsent::Anonymous | StoryConsent::Internal if named => {
            problems.push(("/tellerName", "Only with consent `named` is the resident's name kept."))
        }
        _ => {}
    }
    if consent == StoryConsent::Internal && published {
        problems.push(("/published", "A story with consent `internal` is for the group only and is never published."));
    }
    problems
}

#[cfg(feature = "server")]
impl NewStory {
    fn check(&self) -> Result<(), validator::ValidationError> {
        match story_problems(self.consent, self.teller_name.as_deref(), self.published).first() {
            Some((pointer, message)) => Err(crate::rules::on_member(pointer, "invalid_value", message)),
            None => Ok(()),
        }
    }
}

/// `PATCH /api/v1/stories/{id}` (JSON merge patch, with `If-Match`). A new `consent` records its
/// moment anew. A withdrawn story no longer changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StoryPatch {
    /// Title, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Veertig jaar aan het Lindeplein")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The story, 1–10000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 10000), custom(function = "crate::rules::not_blank"))
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "server",
        schema(
            nullable = false,
            example = "Toen ik hier kwam wonen, kende iedereen elkaar. Nu zorgen de buren weer voor elkaar.",
            min_length = 1,
            max_length = 10000
        )
    )]
    pub text: Option<String>,
    /// What the resident agreed to now.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub consent: Option<StoryConsent>,
    /// The name to show, or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 100, example = "Mevrouw Yilmaz"))]
    pub teller_name: Option<Option<String>>,
    /// Whether it shows on the group's site.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub published: Option<bool>,
}
