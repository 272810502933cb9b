//! RFC 9457 problem details, the one error shape of the API.

use serde::{Deserialize, Serialize};

/// Media type of a problem details body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem details object (`application/problem+json`).
///
/// `type` is a URI naming the problem, e.g. `https://buurtverbinders.nl/problems/max-members`;
/// `errors` lists every invalid input at once (only for 400).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// URI reference that identifies the problem type.
    #[serde(rename = "type")]
    pub type_: String,
    /// Short, human-readable summary of the problem type.
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// Human-readable explanation specific to this occurrence.
    pub detail: String,
    /// URI reference of this occurrence: the request path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Every invalid input, for a 400.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<InvalidParam>,
    /// For a 409 on a composition rule: the codes of every rule not met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmet_rules: Vec<crate::CompositionRule>,
}

/// One invalid input in a problem's `errors` list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct InvalidParam {
    /// JSON pointer (RFC 6901) into the request body (`/name`), or the query parameter's name
    /// prefixed with `?` (`?pageSize`).
    pub pointer: String,
    /// What is wrong, for a person.
    pub detail: String,
    /// Stable machine-readable code: `required`, `invalid_type`, `length`, `range`, `email`,
    /// `pattern`, `invalid_value`, …
    pub code: String,
}
