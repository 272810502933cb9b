//! Errors leave as RFC 9457 problem details (`application/problem+json`), with the headers their
//! status asks for (`WWW-Authenticate`, `Retry-After`).

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use api_types::{Scope, TokenError, PROBLEM_JSON};

use crate::error::ApiError;

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        // The code decides the status, so an answer and its problem type cannot disagree.
        StatusCode::from_u16(self.code().status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Internal(cause) | ApiError::Unavailable(cause) => {
                log::error!("{}: {cause}", self.code().as_str())
            }
            _ => {}
        }
        if let ApiError::TokenRefused { error, detail } = self {
            return token_error(self, error, detail, false, None);
        }
        // The instance is filled in by the problem middleware, which knows the request path.
        let mut response = HttpResponse::build(self.status_code());
        response.content_type(PROBLEM_JSON);
        match self {
            ApiError::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            ApiError::InvalidToken(detail) => {
                // A quoted-string (RFC 9110 §5.6.4): the details hold no quotes or backslashes.
                let description: String = detail.chars().filter(|c| !matches!(c, '"' | '\\')).collect();
                response.insert_header((
                    header::WWW_AUTHENTICATE,
                    format!(r#"Bearer error="invalid_token", error_description="{description}""#),
                ));
            }
            ApiError::InsufficientScope(needed) => {
                let challenge = if needed.is_empty() {
                    r#"Bearer error="insufficient_scope""#.to_string()
                } else {
                    format!(r#"Bearer error="insufficient_scope", scope="{}""#, Scope::join(needed))
                };
                response.insert_header((header::WWW_AUTHENTICATE, challenge));
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

/// A token endpoint error as RFC 6749 §5.2 says (`application/json`, `error`,
/// `error_description`, never cached), with the problem details members beside them.
/// `invalid_client` is a 401 with a `Basic` challenge (§5.2: the scheme clients authenticate with).
/// With `problem_json` (the client's `Accept` asks for it) the same body comes as
/// `application/problem+json`. `instance` is the request's path.
pub fn token_error(
    refused: &ApiError,
    error: &str,
    detail: &str,
    problem_json: bool,
    instance: Option<&str>,
) -> HttpResponse {
    let problem = refused.to_problem(instance.map(str::to_string));
    let mut response = HttpResponse::build(refused.status_code());
    if problem_json {
        response.content_type(PROBLEM_JSON);
    }
    response.insert_header((header::CACHE_CONTROL, "no-store")).insert_header((header::PRAGMA, "no-cache"));
    if error == "invalid_client" {
        response.insert_header((header::WWW_AUTHENTICATE, r#"Basic realm="buurtverbinders""#));
    }
    let mut response = response.json(TokenError {
        error: error.to_string(),
        error_description: detail.to_string(),
        type_: problem.type_,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance: problem.instance,
    });
    response.extensions_mut().insert(Complete);
    response
}

/// Marks a response whose problem body is complete already, so the problem middleware keeps it.
#[derive(Debug, Clone, Copy)]
pub struct Complete;

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(error.to_string())
    }
}
