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
    #[cfg_attr(feature = "server", schema(example = "sanne@example.org"))]
    pub email: String,
    /// The account's password.
    #[cfg_attr(feature = "server", schema(example = "een-lang-wachtwoord-van-mij"))]
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
    #[cfg_attr(feature = "server", schema(example = "k3VbQ9x0yT2rS8wL1nM4pA6cD7eF5gH0"))]
    pub refresh_token: Option<String>,
}

/// Tokens issued by log-in and refresh.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TokenResponse {
    /// JWT access token (HS256), sent as `Authorization: Bearer …`.
    #[cfg_attr(feature = "server", schema(example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl"))]
    pub access_token: String,
    /// Always `Bearer`.
    #[cfg_attr(feature = "server", schema(example = "Bearer"))]
    pub token_type: String,
    /// Lifetime of the access token in seconds.
    pub expires_in: i64,
    /// Opaque refresh token; each use returns a new one and revokes the old (rotation).
    #[cfg_attr(feature = "server", schema(example = "k3VbQ9x0yT2rS8wL1nM4pA6cD7eF5gH0"))]
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
    #[cfg_attr(feature = "server", schema(example = "sanne@example.org"))]
    pub email: String,
    /// Name shown in the web client.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub display_name: String,
    /// What the account may do.
    pub role: Role,
    /// A disabled account cannot log in; its tokens stop working.
    pub disabled: bool,
    /// The person linked to this account, if any.
    #[serde(default)]
    pub person_id: Option<Uuid>,
    /// Whether a password is set: `false` for an account invited by link that has not set one yet.
    #[serde(default)]
    pub password_set: bool,
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
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "sanne@example.org"))]
    pub email: String,
    /// Name shown in the web client, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "Sanne de Vries"))]
    pub display_name: String,
    /// The account's role.
    pub role: Role,
    /// Initial password, 12–200 characters; leave it out to invite the person with a password link
    /// (`POST /accounts/{id}/password-link`) so they choose their own.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 12, max = 200), custom(function = "crate::rules::not_blank"))
    )]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(example = "een-lang-wachtwoord-van-mij", min_length = 12, max_length = 200))]
    pub password: Option<String>,
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
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Sanne de Vries")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// New role.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub role: Option<Role>,
    /// Disable or enable log-in.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub disabled: Option<bool>,
    /// New password, 12–200 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 12, max = 200), custom(function = "crate::rules::not_blank"))
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, example = "een-lang-wachtwoord-van-mij", min_length = 12, max_length = 200)
    )]
    pub password: Option<String>,
    /// Link to a person, or `null` to unlink.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Uuid>))]
    pub person_id: Option<Option<Uuid>>,
}

/// Fewest characters of a password, not all blank.
pub const MIN_PASSWORD_LENGTH: usize = 12;

/// Most characters of a password.
pub const MAX_PASSWORD_LENGTH: usize = 200;

/// What a password link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum PasswordLinkPurpose {
    /// A new account chooses its first password.
    Invitation,
    /// An account with a password chooses a new one (the old one works until then).
    Reset,
}

crate::string_values!(PasswordLinkPurpose {
    Invitation => "invitation",
    Reset => "reset",
});

/// `POST /api/v1/accounts/{id}/password-link` (admins): a personal link for the account's person to
/// set a password without logging in. The token is shown only here (only its hash is kept); a new
/// link replaces any earlier one of the account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasswordLink {
    /// The secret: 43 URL-safe characters, for `public/password-links/{token}` and the web
    /// client's `/wachtwoord/{token}`.
    #[cfg_attr(feature = "server", schema(example = "p7Qm2Xc9Lk4Rt8Vb1Ns6Hd3Fg0Jw5Yz"))]
    pub token: String,
    /// Invitation (no password yet) or reset.
    pub purpose: PasswordLinkPurpose,
    /// Until when it works (UTC); it works once.
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// `GET /api/v1/public/password-links/{token}`: whose password the link sets, for the page that
/// asks for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasswordLinkInfo {
    /// The account's name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub display_name: String,
    /// The account's log-in email address.
    #[cfg_attr(feature = "server", schema(example = "sanne@example.org"))]
    pub email: String,
    /// Invitation or reset.
    pub purpose: PasswordLinkPurpose,
    /// Until when it works (UTC).
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// `POST /api/v1/public/password-links/{token}`: the new password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewPassword {
    /// 12–200 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 12, max = 200), custom(function = "crate::rules::not_blank"))
    )]
    #[cfg_attr(feature = "server", schema(example = "een-lang-wachtwoord-van-mij", min_length = 12, max_length = 200))]
    pub password: String,
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
