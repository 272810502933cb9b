//! The one error type of the API. Every error path ends here; each error has one [`ProblemCode`]
//! (shared with the web client through `api-types`) and leaves as RFC 9457 problem details
//! (`web::problem`). Internal causes are logged, never sent.

use api_types::{CompositionRule, InvalidParam, Problem, ProblemCode, PROBLEM_TYPE_BASE};

/// An error answered to a client. The variants carry what the answer needs besides its code.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// 400: the input is invalid; lists every problem found.
    #[error("invalid input")]
    InvalidInput(Vec<InvalidParam>),
    /// 400: the body is not JSON, or not the JSON expected.
    #[error("malformed body: {0}")]
    MalformedBody(String),
    /// 401: no credentials, or wrong ones at log-in (`WWW-Authenticate: Bearer`).
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    /// 401 for an access token that was sent but is refused: expired, malformed, or of an account
    /// or API client that is disabled or gone (RFC 6750 §3.1 `invalid_token`, named in
    /// `WWW-Authenticate`, so a client knows to get a new token rather than to ask for one).
    #[error("invalid token: {0}")]
    InvalidToken(String),
    /// 403: authenticated, but not allowed.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 403 for an API client whose token lacks scopes the operation needs (RFC 6750 §3.1
    /// `insufficient_scope`); empty: the operation is for people's accounts only.
    #[error("insufficient scope")]
    InsufficientScope(Vec<api_types::Scope>),
    /// 400 or 401 from the token endpoint, as RFC 6749 §5.2 says: `error` is its code
    /// (`invalid_client` is the 401).
    #[error("token request refused: {error}")]
    TokenRefused {
        /// `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
        /// `unsupported_grant_type` or `invalid_scope`.
        error: &'static str,
        /// What was wrong, for the developer.
        detail: String,
    },
    /// 404: no such resource (or route).
    #[error("not found: {0}")]
    NotFound(String),
    /// 405: the resource exists, the method does not.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// 406: the representation asked for (a CRS in `Accept-Crs`) is not one this API makes.
    #[error("not acceptable: {0}")]
    NotAcceptable(String),
    /// 409: the change conflicts with the state of a resource; `code` names the rule.
    #[error("conflict {}: {detail}", code.as_str())]
    Conflict {
        /// Which rule, e.g. [`ProblemCode::MaxMembers`]; always a code with status 409.
        code: ProblemCode,
        /// For a person.
        detail: String,
        /// Composition rules not met, if that is the conflict.
        unmet_rules: Vec<CompositionRule>,
        /// For `member-of-other-group`: the other groups' names.
        other_groups: Vec<String>,
    },
    /// 412: `If-Match` does not match the current representation.
    #[error("precondition failed")]
    PreconditionFailed,
    /// 413: the body is larger than allowed.
    #[error("payload too large")]
    PayloadTooLarge,
    /// 415: the body is not `application/json`.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 429: slow down; retry after this many seconds.
    #[error("too many requests")]
    TooManyRequests {
        /// Seconds until a retry can succeed.
        retry_after_secs: u64,
    },
    /// 503: the database does not answer, or is busy.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// 500: a fault of ours; the cause is logged, the client gets a generic text.
    #[error("internal error: {0}")]
    Internal(String),
}

/// One invalid input, for an `ApiError::InvalidInput` list: the JSON pointer (or `?name` for a
/// query parameter), a stable code and a text for a person.
pub fn invalid(pointer: impl Into<String>, code: &str, detail: impl Into<String>) -> InvalidParam {
    InvalidParam { pointer: pointer.into(), detail: detail.into(), code: code.into() }
}

impl ApiError {
    /// A 400 with one invalid input.
    pub fn invalid(pointer: impl Into<String>, code: &str, detail: impl Into<String>) -> Self {
        ApiError::InvalidInput(vec![invalid(pointer, code, detail)])
    }

    /// A 409 on the rule `code` (a code whose status is 409).
    pub fn conflict(code: ProblemCode, detail: impl Into<String>) -> Self {
        debug_assert_eq!(code.status(), 409, "{} is not a conflict", code.as_str());
        ApiError::Conflict { code, detail: detail.into(), unmet_rules: Vec::new(), other_groups: Vec::new() }
    }

    /// 409 `member-of-other-group`: the person is a current member of these other groups; the
    /// caller confirms to add them anyway.
    pub fn member_of_other_group(other_groups: Vec<String>) -> Self {
        ApiError::Conflict {
            code: ProblemCode::MemberOfOtherGroup,
            detail: format!(
                "This person is already a current member of {}. Send `confirmOtherGroups: true` to add them anyway.",
                other_groups.join(", ")
            ),
            unmet_rules: Vec::new(),
            other_groups,
        }
    }

    /// A 409 on composition rules: the rule's own code for one of the limits a write can break
    /// (`max-members`, `max-professionals`), `composition-rules` for anything else or more.
    pub fn composition(rules: Vec<CompositionRule>, detail: impl Into<String>) -> Self {
        let code = match rules.as_slice() {
            [CompositionRule::MaxMembers] => ProblemCode::MaxMembers,
            [CompositionRule::MaxProfessionals] => ProblemCode::MaxProfessionals,
            _ => ProblemCode::CompositionRules,
        };
        ApiError::Conflict { code, detail: detail.into(), unmet_rules: rules, other_groups: Vec::new() }
    }

    /// The code of this error, the last segment of its problem `type`; its status is the answer's.
    pub fn code(&self) -> ProblemCode {
        match self {
            ApiError::InvalidInput(_) => ProblemCode::InvalidInput,
            ApiError::MalformedBody(_) => ProblemCode::MalformedBody,
            ApiError::Unauthorized(_) | ApiError::InvalidToken(_) => ProblemCode::Unauthorized,
            ApiError::Forbidden(_) => ProblemCode::Forbidden,
            ApiError::InsufficientScope(_) => ProblemCode::InsufficientScope,
            ApiError::TokenRefused { error: "invalid_client", .. } => ProblemCode::InvalidClient,
            ApiError::TokenRefused { .. } => ProblemCode::TokenRequestRefused,
            ApiError::NotFound(_) => ProblemCode::NotFound,
            ApiError::MethodNotAllowed => ProblemCode::MethodNotAllowed,
            ApiError::NotAcceptable(_) => ProblemCode::NotAcceptable,
            ApiError::Conflict { code, .. } => *code,
            ApiError::PreconditionFailed => ProblemCode::PreconditionFailed,
            ApiError::PayloadTooLarge => ProblemCode::PayloadTooLarge,
            ApiError::UnsupportedMediaType => ProblemCode::UnsupportedMediaType,
            ApiError::TooManyRequests { .. } => ProblemCode::TooManyRequests,
            ApiError::Unavailable(_) => ProblemCode::ServiceUnavailable,
            ApiError::Internal(_) => ProblemCode::InternalError,
        }
    }

    fn title(&self) -> &'static str {
        match self.code() {
            ProblemCode::InvalidInput => "Your request has invalid input.",
            ProblemCode::MalformedBody => "The request body could not be read.",
            ProblemCode::Unauthorized => "Authentication is required.",
            ProblemCode::Forbidden => "You are not allowed to do this.",
            ProblemCode::InsufficientScope => "The access token does not have the scope this needs.",
            ProblemCode::InvalidClient => "The API client could not be authenticated.",
            ProblemCode::TokenRequestRefused => "The token request was refused.",
            ProblemCode::NotFound => "Not found.",
            ProblemCode::MethodNotAllowed => "Method not allowed.",
            ProblemCode::NotAcceptable => "This representation is not available.",
            ProblemCode::CompositionRules => "The group does not meet the composition rules.",
            ProblemCode::PreconditionFailed => "The resource has changed since you read it.",
            ProblemCode::PayloadTooLarge => "The request body is too large.",
            ProblemCode::UnsupportedMediaType => "Unsupported media type.",
            ProblemCode::TooManyRequests => "Too many requests.",
            ProblemCode::ServiceUnavailable => "The service is temporarily unavailable.",
            ProblemCode::InternalError => "Something went wrong on our side.",
            _ => "The change conflicts with the current state.",
        }
    }

    fn detail(&self) -> String {
        match self {
            ApiError::InvalidInput(errors) => {
                format!("{} problem(s) found; see `errors`.", errors.len())
            }
            ApiError::MalformedBody(d)
            | ApiError::Unauthorized(d)
            | ApiError::InvalidToken(d)
            | ApiError::Forbidden(d)
            | ApiError::NotFound(d)
            | ApiError::NotAcceptable(d) => d.clone(),
            ApiError::TokenRefused { detail, .. } => detail.clone(),
            ApiError::InsufficientScope(needed) if needed.is_empty() => {
                "This operation is for people's accounts: an API client cannot use it.".into()
            }
            ApiError::InsufficientScope(needed) => {
                format!("This operation needs the scopes `{}`.", api_types::Scope::join(needed))
            }
            ApiError::MethodNotAllowed => "This resource does not support this method.".into(),
            ApiError::Conflict { detail, .. } => detail.clone(),
            ApiError::PreconditionFailed => {
                "The If-Match header does not match the current ETag; read the resource again.".into()
            }
            ApiError::PayloadTooLarge => "The request body exceeds the size limit.".into(),
            ApiError::UnsupportedMediaType => "Send the body as application/json.".into(),
            ApiError::TooManyRequests { retry_after_secs: 1 } => "Try again in a second.".into(),
            ApiError::TooManyRequests { retry_after_secs } => format!("Try again in {retry_after_secs} seconds."),
            // Never the cause: it may hold SQL or paths.
            ApiError::Unavailable(_) => "Please try again shortly.".into(),
            ApiError::Internal(_) => "The error has been logged.".into(),
        }
    }

    /// The problem details body for a request to `instance`.
    pub fn to_problem(&self, instance: Option<String>) -> Problem {
        Problem {
            type_: format!("{PROBLEM_TYPE_BASE}{}", self.code().as_str()),
            title: self.title().to_string(),
            status: self.code().status(),
            detail: self.detail(),
            instance,
            errors: match self {
                ApiError::InvalidInput(errors) => errors.clone(),
                _ => Vec::new(),
            },
            unmet_rules: match self {
                ApiError::Conflict { unmet_rules, .. } => unmet_rules.clone(),
                _ => Vec::new(),
            },
            other_groups: match self {
                ApiError::Conflict { other_groups, .. } => other_groups.clone(),
                _ => Vec::new(),
            },
        }
    }
}

/// Result of every handler and database function.
pub type ApiResult<T> = Result<T, ApiError>;
