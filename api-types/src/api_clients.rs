//! API clients: municipal systems and scripts that call the API with OAuth 2.0 client credentials
//! (RFC 6749 §4.4) instead of a person's log-in, each with the scopes an admin gave it.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// What an API client may do. Every operation of the OpenAPI document names the scopes it needs
/// (its `oauth2` security requirement); an operation without one is for people's accounts only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Read the programme: groups and their composition counts, neighbourhoods, organisations,
    /// public events and public resources, what changed and what was removed — without anyone's
    /// name, and only the contact details that are published.
    Read,
    /// Change what the programme keeps for the municipality: organisations and neighbourhoods.
    Write,
    /// Read the reports (counts, never personal data).
    Reports,
    /// With `read`: people's names and contact details (the people directory). Give it only
    /// where a processing agreement covers it (AVG/GDPR).
    PersonalData,
}

crate::string_values!(Scope {
    Read => "read",
    Write => "write",
    Reports => "reports",
    PersonalData => "personal_data",
});

impl Scope {
    /// Scopes as OAuth writes them (RFC 6749 §3.3): space-separated, in declaration order, each
    /// once.
    pub fn join(scopes: &[Scope]) -> String {
        Scope::ALL.iter().filter(|s| scopes.contains(s)).map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// Reads a space-separated scope list; `Err` holds the first token that is not a scope.
    pub fn split(text: &str) -> Result<Vec<Scope>, String> {
        let mut scopes = Vec::new();
        for token in text.split(' ').filter(|t| !t.is_empty()) {
            let scope = Scope::parse(token).ok_or_else(|| token.to_string())?;
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
        scopes.sort();
        Ok(scopes)
    }
}

/// An API client as admins see it. Its secret is never shown again after it was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApiClient {
    /// UUID v7; also the `client_id` of OAuth 2.0.
    pub id: Uuid,
    /// Who calls with it, e.g. "Gemeente Tilburg – wijkmonitor".
    #[cfg_attr(feature = "server", schema(example = "Koppeling gemeente Voorbeeldstad"))]
    pub name: String,
    /// What it may do, in declaration order.
    pub scopes: Vec<Scope>,
    /// After this instant (UTC) it gets no tokens and its tokens stop working; absent: no end.
    #[serde(default)]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// A disabled client gets no tokens and its tokens stop working at once.
    pub disabled: bool,
    /// When it last obtained an access token (UTC); absent: never.
    #[serde(default)]
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Instant of creation (UTC).
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// A client with its secret: the answer to `POST /api/v1/api-clients` and to
/// `POST /api/v1/api-clients/{id}/secret`, the only time the secret is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApiClientCredentials {
    /// The client.
    pub client: ApiClient,
    /// The `client_id` for the token endpoint (the client's id).
    #[cfg_attr(feature = "server", schema(example = "0193b5c0-0000-7000-8000-000000000001"))]
    pub client_id: String,
    /// The `client_secret`: 43 URL-safe characters. Only its Argon2id hash is kept; a lost secret
    /// is replaced by rotating it.
    #[cfg_attr(feature = "server", schema(example = "geheim-dat-eenmaal-getoond-wordt"))]
    pub client_secret: String,
}

/// Longest name of an API client.
pub const MAX_API_CLIENT_NAME: usize = 200;

/// `POST /api/v1/api-clients` (admins).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewApiClient {
    /// Who calls with it, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "Gemeente – wijkmonitor"))]
    pub name: String,
    /// What it may do: at least one scope, and `personal_data` only with `read` or `write` (alone
    /// it opens no operation).
    #[cfg_attr(feature = "server", validate(length(min = 1), custom(function = "crate::rules::usable_scopes")))]
    #[cfg_attr(feature = "server", schema(min_items = 1))]
    pub scopes: Vec<Scope>,
    /// When it stops working (UTC), in the future; absent: no end.
    #[serde(default)]
    #[cfg_attr(
        feature = "server",
        validate(custom(function = "crate::rules::plausible_date"), custom(function = "crate::rules::in_future"))
    )]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// `PATCH /api/v1/api-clients/{id}` (admins; JSON merge patch).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApiClientPatch {
    /// New name, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Koppeling gemeente Voorbeeldstad")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New scopes, at least one, `personal_data` only with `read` or `write`. Taking a scope away
    /// ends every token issued before (the system asks a new one, with the scopes it still has).
    #[cfg_attr(feature = "server", validate(length(min = 1), custom(function = "crate::rules::usable_scopes")))]
    #[cfg_attr(feature = "server", schema(nullable = false, min_items = 1))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<Scope>>,
    /// New end (UTC), or `null` for none.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<chrono::DateTime<chrono::Utc>>))]
    #[cfg_attr(
        feature = "server",
        validate(custom(function = "crate::rules::plausible_date"), custom(function = "crate::rules::in_future"))
    )]
    pub expires_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// Disable (tokens stop working at once) or enable.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub disabled: Option<bool>,
}

/// `POST /api/v1/oauth/token`, as `application/x-www-form-urlencoded` (RFC 6749 §4.4.2). The
/// client authenticates with HTTP Basic or with `client_id` and `client_secret` here, not both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct TokenRequest {
    /// The grant: `client_credentials`, the only one this server gives.
    #[cfg_attr(feature = "server", schema(pattern = "^client_credentials$", example = "client_credentials"))]
    pub grant_type: String,
    /// The scopes asked for, space-separated; absent: every scope of the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, example = "read reports"))]
    pub scope: Option<String>,
    /// The client's id, when not sent by HTTP Basic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, example = "0193b5c0-0000-7000-8000-000000000001"))]
    pub client_id: Option<String>,
    /// The client's secret, when not sent by HTTP Basic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, example = "geheim-dat-eenmaal-getoond-wordt"))]
    pub client_secret: Option<String>,
}

/// A successful token response (RFC 6749 §5.1). Sent with `Cache-Control: no-store`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ClientTokenResponse {
    /// JWT access token (RFC 9068 claims: `iss`, `sub` and `client_id` the client's id, `aud`,
    /// `exp`, `iat`, `jti`, `scope`), sent as `Authorization: Bearer …`.
    #[cfg_attr(feature = "server", schema(example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl"))]
    pub access_token: String,
    /// Always `Bearer`.
    #[cfg_attr(feature = "server", schema(example = "Bearer"))]
    pub token_type: String,
    /// Lifetime of the access token in seconds. There is no refresh token: ask for a new one.
    #[cfg_attr(feature = "server", schema(example = 900))]
    pub expires_in: i64,
    /// The scopes granted, space-separated.
    #[cfg_attr(feature = "server", schema(example = "read reports"))]
    pub scope: String,
}

/// An error of the token endpoint (RFC 6749 §5.2), with the problem details members beside it
/// (RFC 9457) so both kinds of client read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct TokenError {
    /// `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
    /// `unsupported_grant_type` or `invalid_scope`.
    #[cfg_attr(feature = "server", schema(example = "invalid_scope"))]
    pub error: String,
    /// What was wrong, in English, for the developer.
    #[cfg_attr(feature = "server", schema(example = "The client credentials are not valid."))]
    pub error_description: String,
    /// Problem type URI.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "server", schema(example = "https://buurtverbinders.nl/problems/invalid-client"))]
    pub type_: String,
    /// Short summary of the problem type.
    #[cfg_attr(feature = "server", schema(example = "Invalid client"))]
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// The same as `error_description`.
    #[cfg_attr(feature = "server", schema(example = "The client credentials are not valid."))]
    pub detail: String,
    /// The path of the request that was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(example = "/api/v1/oauth/token"))]
    pub instance: Option<String>,
}
