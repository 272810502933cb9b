//! The middleware every response goes through and the handlers of actix's own extractor errors:
//! problem details for every error, the request id, one log line per request, and the version and
//! security headers (DESIGN.md §4).

use actix_web::body::{BoxBody, EitherBody};
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::{DefaultHeaders, ErrorHandlerResponse, ErrorHandlers};
use actix_web::{error, HttpMessage, HttpRequest, HttpResponse};
use api_types::PROBLEM_JSON;

use crate::error::ApiError;

/// Version of the API, returned in `API-Version` on every response (semver, from Cargo.toml).
pub const API_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Largest JSON request body, in bytes (64 KiB); larger bodies get 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The request id: taken from `X-Request-Id` when the caller sends a sane one, else a new UUID v7.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// Wraps the app in the middleware every response goes through, outermost last: problem details
/// for any error, the request id, one log line per request, and the version and security headers.
#[macro_export]
macro_rules! wrap_middleware {
    ($app:expr) => {
        $app.wrap($crate::web::middleware::problem_details())
            .wrap_fn($crate::web::middleware::request_id)
            .wrap($crate::web::middleware::request_log())
            .wrap($crate::web::middleware::standard_headers())
    };
}

/// One log line per request: method, path, status, duration in ms and request id. The query
/// string is left out (filters can hold names) and so are personal link tokens.
pub fn request_log() -> actix_web::middleware::Logger {
    actix_web::middleware::Logger::new("%{METHOD}xi %{PATH}xi %s %Dms request_id=%{x-request-id}o")
        .custom_request_replace("METHOD", |req| req.method().to_string())
        .custom_request_replace("PATH", |req| redact_tokens(req.path()))
}

/// `/api/v1/invitations/abc…/calendar` → `/api/v1/invitations/[token]/calendar`.
pub fn redact_tokens(path: &str) -> String {
    let mut segments: Vec<&str> = path.split('/').collect();
    for i in 1..segments.len() {
        if segments[i - 1] == "invitations" {
            segments[i] = "[token]";
        }
    }
    segments.join("/")
}

/// `API-Version` and the security headers of DESIGN.md §4, on every response.
pub fn standard_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((HeaderName::from_static("api-version"), API_VERSION))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"))
        .add((header::REFERRER_POLICY, "no-referrer"))
}

/// Assigns the request id and returns it as `X-Request-Id`.
pub fn request_id<S, B>(
    req: actix_web::dev::ServiceRequest,
    srv: &S,
) -> impl std::future::Future<Output = Result<ServiceResponse<B>, actix_web::Error>>
where
    S: Service<actix_web::dev::ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
{
    let id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
    req.extensions_mut().insert(RequestId(id.clone()));
    let response = srv.call(req);
    async move {
        let mut response = response.await?;
        if let Ok(value) = HeaderValue::from_str(&id) {
            response.headers_mut().insert(HeaderName::from_static("x-request-id"), value);
        }
        Ok(response)
    }
}

/// Turns every error response into RFC 9457 problem details with `instance` set: our own
/// `ApiError`s and the plain responses of actix itself (405, CORS refusals, …). HTML pages for
/// people are left as they are.
pub fn problem_details<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|response: ServiceResponse<B>| {
        // A page for people (the server-rendered public pages' 404) stays a page.
        // So do the token endpoint's errors, which RFC 6749 §5.2 makes `application/json` (or
        // problem details a handler built whole).
        let built = response.response().extensions().get::<super::problem::Complete>().is_some();
        let kept = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| {
            let v = v.as_bytes();
            v.starts_with(b"text/html")
                || v.starts_with(b"application/json")
                || (built && v.starts_with(PROBLEM_JSON.as_bytes()))
        });
        if kept {
            return Ok(ErrorHandlerResponse::Response(response.map_into_left_body()));
        }
        let (req, res) = response.into_parts();
        let status = res.status();
        let api_error = res.error().and_then(|e| e.as_error::<ApiError>());
        let error = api_error.cloned().unwrap_or_else(|| from_status(status));
        let mut problem = error.to_problem(Some(req.path().to_string()));
        problem.status = status.as_u16();
        let mut replacement = HttpResponse::build(status);
        for (name, value) in res.headers() {
            if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                replacement.append_header((name.clone(), value.clone()));
            }
        }
        let replacement = replacement.content_type(PROBLEM_JSON).json(problem);
        let response: ServiceResponse<EitherBody<B, BoxBody>> =
            ServiceResponse::new(req, replacement).map_into_right_body();
        Ok(ErrorHandlerResponse::Response(response))
    })
}

fn from_status(status: actix_web::http::StatusCode) -> ApiError {
    use actix_web::http::StatusCode as S;
    match status {
        S::NOT_FOUND => ApiError::NotFound("No such resource.".into()),
        S::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
        S::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType,
        S::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge,
        S::UNAUTHORIZED => ApiError::Unauthorized("Authentication is required.".into()),
        S::FORBIDDEN => ApiError::Forbidden("This is not allowed.".into()),
        S::SERVICE_UNAVAILABLE => ApiError::Unavailable("unavailable".into()),
        s if s.is_client_error() => ApiError::MalformedBody("The request was not understood.".into()),
        _ => ApiError::Internal(format!("status {status}")),
    }
}

/// The problem for a body the JSON extractor refused: too large, not JSON, or not parseable.
pub fn json_error(error: error::JsonPayloadError) -> ApiError {
    match error {
        error::JsonPayloadError::OverflowKnownLength { .. } | error::JsonPayloadError::Overflow { .. } => {
            ApiError::PayloadTooLarge
        }
        error::JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
        error::JsonPayloadError::Deserialize(e) => ApiError::MalformedBody(format!("The body is not valid JSON: {e}.")),
        _ => ApiError::MalformedBody("The body could not be read.".into()),
    }
}

/// The problem for a query string the query extractor refused, under `?`.
pub fn query_error(error: error::QueryPayloadError) -> ApiError {
    let detail = match &error {
        error::QueryPayloadError::Deserialize(e) => e.to_string(),
        _ => "The query string could not be read.".into(),
    };
    ApiError::InvalidInput(vec![api_types::InvalidParam { pointer: "?".into(), detail, code: "invalid_value".into() }])
}

/// Conditional `GET` (RFC 9110 §13.1.2) for every JSON (and CSV) answer of the API: a 200 carries a strong
/// `ETag` (the resource's own, or a hash of the body for a page or list), and a request whose
/// `If-None-Match` names it gets 304 without a body, so a mirror polling for changes moves no
/// data when nothing changed. Calendar feeds answer their conditional requests themselves.
pub async fn conditional_get(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let wanted = (req.method() == actix_web::http::Method::GET)
        .then(|| req.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).map(str::to_string))
        .flatten();
    let is_get = req.method() == actix_web::http::Method::GET;
    let response = next.call(req).await?;
    // JSON and the reports' CSV; not problem details, not the calendar feeds (their own).
    let data = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        let media = v.split(';').next().unwrap_or_default().trim();
        media == "application/json" || media == "text/csv" || (media.ends_with("+json") && media != PROBLEM_JSON)
    });
    if !is_get || response.status() != actix_web::http::StatusCode::OK || !data {
        return Ok(response.map_into_boxed_body());
    }
    let (req, res) = response.into_parts();
    let (mut res, body) = res.into_parts();
    let bytes = actix_web::body::to_bytes(body)
        .await
        .map_err(|_| actix_web::Error::from(ApiError::Internal("the answer could not be read".into())))?;
    let etag = match res.headers().get(header::ETAG).and_then(|v| v.to_str().ok()) {
        Some(etag) => etag.to_string(),
        None => {
            let etag = super::http::etag_of_bytes(&bytes);
            if let Ok(value) = HeaderValue::from_str(&etag) {
                res.headers_mut().insert(header::ETAG, value);
            }
            etag
        }
    };
    if wanted.is_some_and(|w| super::http::etag_listed(&w, &etag)) {
        let mut not_modified = HttpResponse::NotModified();
        for (name, value) in res.headers() {
            if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                not_modified.append_header((name.clone(), value.clone()));
            }
        }
        return Ok(ServiceResponse::new(req, not_modified.finish()));
    }
    Ok(ServiceResponse::new(req, res.set_body(BoxBody::new(bytes))))
}

/// The request's id, for log lines written by handlers.
pub fn request_id_of(req: &HttpRequest) -> Option<String> {
    req.extensions().get::<RequestId>().map(|r| r.0.clone())
}

#[cfg(test)]
mod tests {
    #[test]
    fn personal_link_tokens_stay_out_of_the_log() {
        assert_eq!(super::redact_tokens("/api/v1/invitations/s3cr3t/calendar"), "/api/v1/invitations/[token]/calendar");
        assert_eq!(super::redact_tokens("/api/v1/groups"), "/api/v1/groups");
    }
}
