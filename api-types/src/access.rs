//! Accounts, roles, log-in and tokens (DESIGN.md §5).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// The role of an account. From the programme: coordinators run it, professionals and connectors
/// work in groups, admins operate the installation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Installation operator: accounts and settings.
    Admin,
    /// Programme coordinator: sees and changes every group.
    Coordinator,
    /// Professional in a group (district director, volunteer coordinator, social worker).
    Professional,
    /// Resident connector (buurtverbinder).
    Connector,
}

crate::string_values!(Role {
    Admin => "admin",
    Coordinator => "coordinator",
    Professional => "professional",
    Connector => "connector",
});

impl Role {
    /// Whether this role sees and changes every group (coordinators and admins).
    pub fn sees_everything(self) -> bool {
        matches!(self, Role::Admin | Role::Coordinator)
    }
}

/// `POST /api/v1/auth/login`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct LoginRequest {
    /// The account's email address.
    #[cfg_attr(feature = "server", schema(example = "coordinator@example.org"))]
    pub email: String,
    /// The account's password.
    #[cfg_attr(feature = "server", schema(example = "buurtverbinders-demo"))]
    pub password: String,
}

/// `POST /api/v1/auth/refresh` and `/auth/logout`. The web client sends the refresh token as the
/// `refresh_token` cookie instead and leaves the body empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct RefreshRequest {
    /// The refresh token from the last log-in or refresh.
    #[serde(default)]
    pub refresh_token: Option<String>,
}

/// Tokens issued by log-in and refresh.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TokenResponse {
    /// JWT access token (HS256), sent as `Authorization: Bearer …`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Lifetime of the access token in seconds.
    pub expires_in: i64,
    /// Opaque refresh token; each use returns a new one and revokes the old (rotation).
    pub refresh_token: String,
}

/// An account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Account {
    /// UUID v7.
    pub id: Uuid,
    /// Log-in email address (unique, stored lower case).
    pub email: String,
    /// Name shown in the web client.
    pub display_name: String,
    /// What the account may do.
    pub role: Role,
    /// A disabled account cannot log in; its tokens stop working.
    pub disabled: bool,
    /// The person linked to this account, if any.
    #[serde(default)]
    pub person_id: Option<Uuid>,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// `POST /api/v1/accounts` (admins only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewAccount {
    /// Log-in email address.
    #[cfg_attr(feature = "server", validate(email(code = "email"), length(max = 254)))]
    pub email: String,
    /// Name shown in the web client, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    pub display_name: String,
    /// The account's role.
    pub role: Role,
    /// Initial password, 12–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 12, max = 200)))]
    pub password: String,
    /// Person to link to this account.
    #[serde(default)]
    pub person_id: Option<Uuid>,
}

/// `PATCH /api/v1/accounts/{id}` (admins; JSON merge patch). A new password revokes every refresh
/// token of the account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct AccountPatch {
    /// New display name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// New role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Disable or enable log-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// New password, 12–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 12, max = 200)))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Link to a person, or `null` to unlink.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Uuid>))]
    pub person_id: Option<Option<Uuid>>,
}

/// `GET /api/v1/me`: the logged-in account with the groups it currently belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Me {
    /// The account.
    pub account: Account,
    /// Ids of the groups whose current member the account's person is.
    pub group_ids: Vec<Uuid>,
}
