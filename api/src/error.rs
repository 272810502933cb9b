//! The one error type of the API. Every error path ends here and leaves as RFC 9457 problem
//! details (`application/problem+json`); internal causes are logged, never sent.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use api_types::{CompositionRule, InvalidParam, Problem, PROBLEM_JSON};

/// Base of every problem `type` URI; the last segment is the problem's stable code.
pub const PROBLEM_TYPE_BASE: &str = "https://buurtverbinders.nl/problems/";

/// An error answered to a client. Each variant has a stable code (the last segment of the problem
/// `type`) and one HTTP status.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// 400: the input is invalid; lists every problem found.
    #[error("invalid input")]
    InvalidInput(Vec<InvalidParam>),
    /// 400: the body is not JSON, or not the JSON expected.
    #[error("malformed body: {0}")]
    MalformedBody(String),
    /// 401: no valid credentials.
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    /// 403: authenticated, but not allowed.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 404: no such resource (or route).
    #[error("not found: {0}")]
    NotFound(String),
    /// 405: the resource exists, the method does not.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// 409: the change conflicts with the state of a resource; `code` names the rule.
    #[error("conflict {code}: {detail}")]
    Conflict {
        /// Stable code, e.g. `max-members` or `composition-rules`.
        code: &'static str,
        /// For a person.
        detail: String,
        /// Composition rules not met, if that is the conflict.
        unmet_rules: Vec<CompositionRule>,
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

    /// A 409 on a single composition rule.
    pub fn composition(rule: CompositionRule, detail: impl Into<String>) -> Self {
        let code = match rule {
            CompositionRule::MinMembers => "min-members",
            CompositionRule::MaxMembers => "max-members",
            CompositionRule::MinProfessionals => "min-professionals",
            CompositionRule::MaxProfessionals => "max-professionals",
            CompositionRule::ResidentMajority => "resident-majority",
        };
        ApiError::Conflict { code, detail: detail.into(), unmet_rules: vec![rule] }
    }

    /// The stable code of this error, the last segment of its problem `type`.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::InvalidInput(_) => "invalid-input",
            ApiError::MalformedBody(_) => "malformed-body",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::NotFound(_) => "not-found",
            ApiError::MethodNotAllowed => "method-not-allowed",
            ApiError::Conflict { code, .. } => code,
            ApiError::PreconditionFailed => "precondition-failed",
            ApiError::PayloadTooLarge => "payload-too-large",
            ApiError::UnsupportedMediaType => "unsupported-media-type",
            ApiError::TooManyRequests { .. } => "too-many-requests",
            ApiError::Unavailable(_) => "service-unavailable",
            ApiError::Internal(_) => "internal-error",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            ApiError::InvalidInput(_) => "Your request has invalid input.",
            ApiError::MalformedBody(_) => "The request body could not be read.",
            ApiError::Unauthorized(_) => "Authentication is required.",
            ApiError::Forbidden(_) => "You are not allowed to do this.",
            ApiError::NotFound(_) => "Not found.",
            ApiError::MethodNotAllowed => "Method not allowed.",
            ApiError::Conflict { code: "composition-rules", .. } => "The group does not meet the composition rules.",
            ApiError::Conflict { .. } => "The change conflicts with the current state.",
            ApiError::PreconditionFailed => "The resource has changed since you read it.",
            ApiError::PayloadTooLarge => "The request body is too large.",
            ApiError::UnsupportedMediaType => "Unsupported media type.",
            ApiError::TooManyRequests { .. } => "Too many requests.",
            ApiError::Unavailable(_) => "The service is temporarily unavailable.",
            ApiError::Internal(_) => "Something went wrong on our side.",
        }
    }

    fn detail(&self) -> String {
        match self {
            ApiError::InvalidInput(errors) => {
                format!("{} problem(s) found; see `errors`.", errors.len())
            }
            ApiError::MalformedBody(d) | ApiError::Unauthorized(d) | ApiError::Forbidden(d) | ApiError::NotFound(d) => {
                d.clone()
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
            type_: format!("{PROBLEM_TYPE_BASE}{}", self.code()),
            title: self.title().to_string(),
            status: self.status_code().as_u16(),
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
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::InvalidInput(_) | ApiError::MalformedBody(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Internal(cause) | ApiError::Unavailable(cause) => {
                log::error!("{}: {cause}", self.code())
            }
            _ => {}
        }
        // The instance is filled in by the problem middleware, which knows the request path.
        let mut response = HttpResponse::build(self.status_code());
        response.content_type(PROBLEM_JSON);
        match self {
            ApiError::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            ApiError::TooManyRequests { retry_after_secs } => {
                response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            ApiError::Unavailable(_) => {
                response.insert_header((header::RETRY_AFTER, "5"));
            }
            _ => {}
        }
        response.json(self.to_problem(None))
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match &error {
            Error::NotFound => ApiError::NotFound("The resource does not exist.".into()),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => ApiError::Conflict {
                code: "duplicate",
                detail: "A resource with this unique value exists already.".into(),
                unmet_rules: Vec::new(),
            },
            Error::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => {
                ApiError::Unavailable(error.to_string())
            }
            Error::DatabaseError(_, info) if info.message().contains("database is locked") => {
                ApiError::Unavailable(error.to_string())
            }
            _ => ApiError::Internal(error.to_string()),
        }
    }
}

impl From<diesel::r2d2::PoolError> for ApiError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        ApiError::Unavailable(error.to_string())
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(error.to_string())
    }
}

/// Result of every handler and database function.
pub type ApiResult<T> = Result<T, ApiError>;
