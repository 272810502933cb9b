//! Errors leave as RFC 9457 problem details (`application/problem+json`), with the headers their
//! status asks for (`WWW-Authenticate`, `Retry-After`).

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use api_types::PROBLEM_JSON;

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

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(error.to_string())
    }
}
