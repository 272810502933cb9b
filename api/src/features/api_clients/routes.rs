//! Handlers of the API clients (admins) and of the token endpoint, with their OpenAPI
//! annotations.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    ApiClient, ApiClientCredentials, ApiClientId, ApiClientPatch, ClientTokenResponse, NewApiClient, Page, Role,
    TokenError, TokenRequest,
};

use super::rules::{self, Refusal};
use crate::access::clients::{self, ClientChange};
use crate::access::{tokens, Principal};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        ApiError::TokenRefused { error: refusal.error, detail: refusal.detail }
    }
}

/// 400 when an end is given that is not in the future: such a client could never get a token.
fn require_future(end: Option<chrono::DateTime<chrono::Utc>>) -> ApiResult<Option<chrono::NaiveDateTime>> {
    match end {
        Some(end) if end.naive_utc() <= db::now() => {
            Err(ApiError::invalid("/expiresAt", "range", "The end must be in the future."))
        }
        end => Ok(end.map(|e| e.naive_utc())),
    }
}

fn credentials(conn: &mut DbConnection, id: &ApiClientId, secret: String) -> ApiResult<ApiClientCredentials> {
    Ok(ApiClientCredentials {
        client: clients::find(conn, id)?.to_client()?,
        client_id: id.to_string(),
        client_secret: secret,
    })
}

/// A new secret and its Argon2id hash: 256 random bits, shown once.
fn new_secret() -> ApiResult<(String, String)> {
    let secret = tokens::new_link_token();
    let hash = tokens::hash_password(&secret)?;
    Ok((secret, hash))
}

/// List API clients
///
/// List the API clients (admins), in order of creation.
#[utoipa::path(
    get, path = "/api-clients", tag = "api-clients",
    params(PageParams),
    responses((status = 200, description = "A page of API clients", body = Page<ApiClient>)),
    security(("bearer" = []))
)]
pub async fn list_api_clients(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let (http::NoFilter {}, request) = http::list_query(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            clients::page(conn, &request)?.iter().map(clients::ClientRow::to_client).collect::<ApiResult<Vec<_>>>()
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |c| c.id.to_string())))
}

/// Register an API client
///
/// Register an API client (admins). The answer holds its secret, the only time it is shown: hand
/// it to the system's operator; only its Argon2id hash is kept.
#[utoipa::path(
    post, path = "/api-clients", tag = "api-clients",
    request_body = NewApiClient,
    responses((status = 201, description = "The client, with its secret shown once", body = ApiClientCredentials,
               headers(("Location" = String, description = "The client's address"), ("ETag" = String, description = "The client's ETag"),
                       ("Cache-Control" = String, description = "`no-store`: the secret is never kept on the way")))),
    security(("bearer" = []))
)]
pub async fn create_api_client(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewApiClient>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let new = body.0;
    let expires_at = require_future(new.expires_at)?;
    let (secret, hash) = new_secret()?;
    let created = db::run_write(&state.pool, move |conn| {
        let id: ApiClientId = db::new_id();
        clients::insert(conn, &id, new.name.trim(), &new.scopes, &hash, expires_at, Some(&caller.account_id))?;
        credentials(conn, &id, secret)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/api/v1/api-clients/{}", created.client.id)))
        .insert_header((header::ETAG, http::etag_of(&created.client)))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(created))
}

/// Read an API client
///
/// Read an API client (admins).
#[utoipa::path(
    get, path = "/api-clients/{id}", tag = "api-clients",
    params(("id" = uuid::Uuid, Path, description = "API client id")),
    responses((status = 200, description = "The client", body = ApiClient,
               headers(("ETag" = String, description = "For `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn get_api_client(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let id: ApiClientId = http::id(&id)?;
    let client = db::run(&state.pool, move |conn| clients::find(conn, &id)?.to_client()).await?;
    Ok(http::ok_with_etag(&client))
}

/// Change an API client
///
/// Change an API client (admins; JSON merge patch with `If-Match`): its name, scopes, end, or
/// disable it. Disabling, a past end and a scope taken away count at once, also for tokens issued
/// before.
#[utoipa::path(
    patch, path = "/api-clients/{id}", tag = "api-clients",
    params(("id" = uuid::Uuid, Path, description = "API client id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = ApiClientPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed client", body = ApiClient,
               headers(("ETag" = String, description = "The new ETag")))),
    security(("bearer" = []))
)]
pub async fn patch_api_client(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<ApiClientPatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let id: ApiClientId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let expires_at = patch.expires_at.map(require_future).transpose()?;
    let client = db::run_write(&state.pool, move |conn| {
        // Compared after the row is locked, so of two changes based on one read only one wins.
        let current = clients::lock(conn, &id)?.to_client()?;
        if_match.check(&current)?;
        // Disabling or taking a scope away ends the tokens issued so far: enabling the client
        // again, or giving the scope back, does not revive them.
        let had = current.scopes.clone();
        let loses_scope = patch.scopes.as_ref().is_some_and(|new| had.iter().any(|s| !new.contains(s)));
        let change = ClientChange {
            name: patch.name.as_deref().map(|n| n.trim().to_string()),
            scopes: patch.scopes,
            expires_at,
            disabled: patch.disabled,
            secret_hash: None,
            end_tokens: (patch.disabled == Some(true) && !current.disabled) || loses_scope,
        };
        db::unless_unchanged(conn, current, |conn| {
            clients::update(conn, &id, &change)?;
            clients::find(conn, &id)?.to_client()
        })
    })
    .await?;
    Ok(http::ok_with_etag(&client))
}

/// Rotate an API client's secret
///
/// Rotate an API client's secret (admins): a new one, shown once in the answer; the old secret
/// and every token got with it stop working at once.
#[utoipa::path(
    post, path = "/api-clients/{id}/secret", tag = "api-clients",
    params(("id" = uuid::Uuid, Path, description = "API client id")),
    responses((status = 200, description = "The client with its new secret, shown once", body = ApiClientCredentials,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change"),
                 ("Cache-Control" = String, description = "`no-store`: the secret is never kept on the way")))),
    security(("bearer" = []))
)]
pub async fn rotate_api_client_secret(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let id: ApiClientId = http::id(&id)?;
    let (secret, hash) = new_secret()?;
    let rotated = db::run_write(&state.pool, move |conn| {
        clients::lock(conn, &id)?;
        clients::update(conn, &id, &ClientChange { secret_hash: Some(hash), ..ClientChange::default() })?;
        credentials(conn, &id, secret)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::ETAG, http::etag_of(&rotated.client)))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(rotated))
}

/// Get an access token with client credentials
///
/// Get an access token with client credentials (OAuth 2.0, RFC 6749 §4.4). Authenticate the
/// client with HTTP Basic (`client_id:client_secret`, each form-encoded) or with `client_id` and
/// `client_secret` in the form, not both. Success and errors are as RFC 6749 §5.1 and §5.2 say,
/// never cached; there is no refresh token (ask again when it expires). Rate-limited per
/// address, apart from people's log-ins (429 with `Retry-After`).
#[utoipa::path(
    post, path = "/oauth/token", tag = "auth",
    request_body(content = TokenRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "An access token", body = ClientTokenResponse,
         headers(("Cache-Control" = String, description = "`no-store` (RFC 6749 §5.1)"), ("Pragma" = String, description = "`no-cache`, for HTTP/1.0 caches"))),
        (status = 400, description = "Refused: `error` is `invalid_request`, `unsupported_grant_type` or `invalid_scope`; `application/problem+json` when `Accept` asks for it",
         content((TokenError = "application/json"), (TokenError = "application/problem+json")),
         headers(("Cache-Control" = String, description = "`no-store`"), ("Pragma" = String, description = "`no-cache`"))),
        (status = 401, description = "`invalid_client`: unknown client, wrong secret, disabled or expired; `application/problem+json` when `Accept` asks for it",
         content((TokenError = "application/json"), (TokenError = "application/problem+json")),
         headers(("WWW-Authenticate" = String, description = "`Basic realm=\"buurtverbinders\"`"),
                 ("Cache-Control" = String, description = "`no-store`"), ("Pragma" = String, description = "`no-cache`"))),
        (status = 429, description = "Too many token requests from this address; see `Retry-After`"),
    ),
    security(())
)]
pub async fn issue_token(state: web::Data<AppState>, req: HttpRequest, body: web::Bytes) -> ApiResult<HttpResponse> {
    match token(state, &req, body).await {
        Err(ApiError::TokenRefused { error, detail }) => {
            let refused = ApiError::TokenRefused { error, detail: detail.clone() };
            // RFC 6749 asks `application/json`; a client that asks for problem details gets the
            // same body as `application/problem+json`.
            let problem_json = req
                .headers()
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|accept| accept.contains(api_types::PROBLEM_JSON));
            Ok(crate::web::problem::token_error(&refused, error, &detail, problem_json, Some(req.path())))
        }
        other => other,
    }
}

async fn token(state: web::Data<AppState>, req: &HttpRequest, body: web::Bytes) -> ApiResult<HttpResponse> {
    state.check_token_request(req)?;
    let header_text = |name: header::HeaderName| req.headers().get(name).and_then(|v| v.to_str().ok());
    let ask = rules::read_token_request(header_text(header::CONTENT_TYPE), &body, header_text(header::AUTHORIZATION))?;
    let config = state.config.clone();
    let answer = db::run(&state.pool, move |conn| {
        let refused = || {
            ApiError::from(Refusal {
                error: "invalid_client",
                detail: "The client id or secret is not right, or the client is disabled or expired.".into(),
            })
        };
        let row = match ask.client_id.parse::<ApiClientId>() {
            Ok(id) => clients::find_optional(conn, &id)?,
            Err(_) => None,
        };
        // An unknown client costs the same work as a wrong secret.
        let hash = row.as_ref().map(|r| r.secret_hash.as_str()).unwrap_or(tokens::dummy_hash());
        let valid = tokens::verify_password(&ask.client_secret, hash);
        let row = match row {
            Some(row) if valid && row.usable_at(db::now()) => row,
            _ => return Err(refused()),
        };
        let scopes = rules::granted_scopes(ask.scopes.as_deref(), &row.scopes()?)?;
        db::write(conn, |conn| clients::touch(conn, &row.id))?;
        let lifetime = rules::token_lifetime(config.access_token_ttl_secs, row.expires_at, db::now());
        Ok(ClientTokenResponse {
            access_token: tokens::issue_client_token(&config, &row.id, &scopes, row.secret_mark(), lifetime)?,
            token_type: "Bearer".into(),
            expires_in: lifetime,
            scope: api_types::Scope::join(&scopes),
        })
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(answer))
}

crate::operations! {
    /// The operations of API clients and the token endpoint.
    pub struct ApiClientsApi;
    list_api_clients, create_api_client, get_api_client, patch_api_client, rotate_api_client_secret, issue_token,
}
