//! People: residents and professionals, with or without an account.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// How a person prefers to be contacted. Not everyone uses email: `in_person` is a real choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum ContactPreference {
    /// By email.
    Email,
    /// By phone.
    Phone,
    /// In person, at a meeting.
    InPerson,
}

crate::string_values!(ContactPreference {
    Email => "email",
    Phone => "phone",
    InPerson => "in_person",
});

/// A person: a resident or professional. A member does not need an account.
///
/// Contact details (`email`, `phone`, `postcode`) are only filled for callers allowed to see them:
/// coordinators and admins, and current members of a group the person currently belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// UUID v7.
    pub id: Uuid,
    /// Full name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub name: String,
    /// Email address (only when `contactDetailsVisible`).
    #[cfg_attr(feature = "server", schema(example = "sanne@example.org"))]
    pub email: Option<String>,
    /// Phone number (only when `contactDetailsVisible`).
    #[cfg_attr(feature = "server", schema(example = "06-12345678"))]
    pub phone: Option<String>,
    /// Dutch postcode (only when `contactDetailsVisible`).
    #[cfg_attr(feature = "server", schema(example = "9999 AB"))]
    pub postcode: Option<String>,
    /// How the person prefers to be contacted.
    pub contact_preference: ContactPreference,
    /// Whether the caller may see this person's contact details.
    pub contact_details_visible: bool,
    /// Whether the person has an account.
    pub has_account: bool,
    /// Whether the person completed a training (present at every required day).
    #[serde(default)]
    pub training_completed: bool,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// `POST /api/v1/people`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewPerson {
    /// Full name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "Sanne de Vries"))]
    pub name: String,
    /// Email address.
    #[cfg_attr(feature = "server", validate(email(code = "email"), length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "sanne@example.org"))]
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number: 6–15 digits, with `+`, spaces, `-` or `( )` if you like; at most 30 characters.
    #[cfg_attr(feature = "server", validate(length(max = 30), custom(function = "crate::rules::phone")))]
    #[cfg_attr(
        feature = "server",
        schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", max_length = 30, example = "06-12345678")
    )]
    #[serde(default)]
    pub phone: Option<String>,
    /// Dutch postcode, e.g. `1234 AB`.
    #[cfg_attr(feature = "server", schema(pattern = r"^[1-9][0-9]{3} ?[A-Z]{2}$", example = "1234 AB"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::postcode")))]
    #[serde(default)]
    pub postcode: Option<String>,
    /// How the person prefers to be contacted (default `in_person`).
    #[serde(default)]
    pub contact_preference: Option<ContactPreference>,
}

/// `PATCH /api/v1/people/{id}` (JSON merge patch; `null` clears a contact detail).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct PersonPatch {
    /// Full name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Sanne de Vries")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address or `null`.
    #[cfg_attr(feature = "server", validate(email(code = "email"), length(max = 254)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 254, format = Email, example = "sanne@example.org"))]
    pub email: Option<Option<String>>,
    /// Phone number or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 30), custom(function = "crate::rules::phone")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", value_type = Option<String>, max_length = 30, example = "06-12345678"))]
    pub phone: Option<Option<String>>,
    /// Dutch postcode or `null`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::postcode")))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, pattern = r"^[1-9][0-9]{3} ?[A-Z]{2}$", example = "9999 AB"))]
    pub postcode: Option<Option<String>>,
    /// How the person prefers to be contacted.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub contact_preference: Option<ContactPreference>,
}
