//! Handlers of log-in, tokens, `me` and accounts, with their OpenAPI annotations.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    Account, AccountId, AccountPatch, LoginRequest, Me, NewAccount, NewPassword, Page, PasswordLink, PasswordLinkInfo,
    PersonId, RefreshRequest, Role, TokenResponse,
};

use super::rules::{self, Refused};
use crate::access::store::{self, AccountChange, AccountRow};
use crate::access::{policy, tokens, Principal};
use crate::config::Config;
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::groups;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

/// Name of the cookie that carries the refresh token for the web client (HttpOnly, SameSite=Strict).
pub const REFRESH_COOKIE: &str = "refresh_token";

/// Log in with e-mail and password
///
/// Log in with email and password. Answers the same 401 for an unknown email and a wrong
/// password. Rate-limited per client address (429 with `Retry-After`). The refresh token also comes
/// as an HttpOnly cookie for the web client.
#[utoipa::path(
    post,
    path = "/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in", body = TokenResponse),
        (status = 401, description = "Wrong e-mail address or password, or the account is disabled"),
        (status = 429, description = "Too many log-in attempts from this address; see `Retry-After`"),
    ),
)]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<LoginRequest>,
) -> ApiResult<HttpResponse> {
    state.check_login(&req)?;
    let LoginRequest { email, password } = body.0;
    let config = state.config.clone();
    let tokens = db::run(&state.pool, move |conn| {
        let row = store::find_by_email(conn, &rules::normalized_email(&email))?;
        // An unknown email costs the same work as a wrong password.
        let hash = row.as_ref().map(|r| r.password_hash.as_str()).unwrap_or(tokens::dummy_hash());
        let valid = tokens::verify_password(&password, hash);
        match row {
            Some(row) if valid && !row.disabled => issue_tokens(conn, &config, &row),
            _ => Err(ApiError::Unauthorized("The email address or password is not right.".into())),
        }
    })
    .await?;
    Ok(token_response(&req, tokens))
}

/// A new access token and a new refresh token (stored by its hash) for an account.
fn issue_tokens(conn: &mut DbConnection, config: &Config, row: &AccountRow) -> ApiResult<TokenResponse> {
    let refresh_token = tokens::new_link_token();
    let expires_at = db::now() + chrono::TimeDelta::days(config.refresh_token_ttl_days);
    store::insert_refresh_token(conn, &row.id, &tokens::secret_hash(&refresh_token), expires_at)?;
    Ok(TokenResponse {
        access_token: tokens::issue_access_token(config, &row.id, row.role)?,
        token_type: "Bearer".into(),
        expires_in: config.access_token_ttl_secs,
        refresh_token,
    })
}

fn refresh_cookie(req: &HttpRequest, value: &str, max_age_days: i64) -> Cookie<'static> {
    Cookie::build(REFRESH_COOKIE, value.to_string())
        .path("/api/v1/auth")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(req.connection_info().scheme() == "https")
        .max_age(actix_web::cookie::time::Duration::days(max_age_days))
        .finish()
}

fn token_response(req: &HttpRequest, tokens: TokenResponse) -> HttpResponse {
    let days = req.app_data::<web::Data<AppState>>().map(|s| s.config.refresh_token_ttl_days).unwrap_or(30);
    HttpResponse::Ok().cookie(refresh_cookie(req, &tokens.refresh_token, days)).json(tokens)
}

fn presented_refresh_token(req: &HttpRequest, body: Option<RefreshRequest>) -> Option<String> {
    body.and_then(|b| b.refresh_token)
        .or_else(|| req.cookie(REFRESH_COOKIE).map(|c| c.value().to_string()))
        .filter(|t| !t.is_empty())
}

/// Exchange a refresh token for new tokens
///
/// Exchange a refresh token (body or cookie) for new tokens. The presented token is revoked
/// (rotation); presenting a revoked token again revokes every token of the account (reuse means
/// it was stolen).
#[utoipa::path(
    post,
    path = "/auth/refresh", tag = "auth",
    request_body(content = Option<RefreshRequest>, description = "Empty when the refresh token comes as a cookie"),
    responses(
        (status = 200, description = "New tokens", body = TokenResponse),
        (status = 401, description = "No refresh token, or one that is expired, revoked or used before (a reuse revokes every token of the account)"),
    ),
)]
pub async fn refresh(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: Option<web::Json<RefreshRequest>>,
) -> ApiResult<HttpResponse> {
    let token = presented_refresh_token(&req, body.map(|b| b.into_inner()))
        .ok_or_else(|| ApiError::Unauthorized("Send a refresh token.".into()))?;
    let config = state.config.clone();
    let tokens = db::run(&state.pool, move |conn| {
        let outcome = db::write(conn, |conn| {
            let Some(row) = store::find_refresh_token(conn, &tokens::secret_hash(&token))? else {
                return Ok(Err(Refused::Unknown.detail()));
            };
            if let Err(refused) = rules::check_refresh(row.revoked_at, row.expires_at, db::now()) {
                if refused == Refused::Reused {
                    store::revoke_all_refresh_tokens(conn, &row.account_id)?;
                }
                return Ok(Err(refused.detail()));
            }
            store::revoke_refresh_token(conn, &row.id)?;
            let account = store::find(conn, &row.account_id)?;
            if account.disabled {
                return Ok(Err("The account is disabled."));
            }
            Ok(Ok(issue_tokens(conn, &config, &account)?))
        })?;
        // The reuse revocation above is committed even though the answer is a 401.
        outcome.map_err(|message| ApiError::Unauthorized(message.into()))
    })
    .await?;
    Ok(token_response(&req, tokens))
}

/// Log out
///
/// Log out: revoke the presented refresh token (body or cookie) and clear the cookie. The access
/// token stays valid until it expires (at most `expiresIn` seconds).
#[utoipa::path(
    post,
    path = "/auth/logout", tag = "auth",
    request_body(content = Option<RefreshRequest>, description = "Empty when the refresh token comes as a cookie"),
    responses((status = 204, description = "Logged out")),
)]
pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: Option<web::Json<RefreshRequest>>,
) -> ApiResult<HttpResponse> {
    if let Some(token) = presented_refresh_token(&req, body.map(|b| b.into_inner())) {
        db::run(&state.pool, move |conn| store::revoke_refresh_token_by_hash(conn, &tokens::secret_hash(&token)))
            .await?;
    }
    let mut cookie = refresh_cookie(&req, "", 0);
    cookie.make_removal();
    Ok(HttpResponse::NoContent().cookie(cookie).finish())
}

/// Read the logged-in account
///
/// The logged-in account and the groups its person currently belongs to.
#[utoipa::path(
    get,
    path = "/me", tag = "auth",
    responses((status = 200, description = "The logged-in account", body = Me)),
    security(("bearer" = []))
)]
pub async fn me(state: web::Data<AppState>, caller: Principal) -> ApiResult<HttpResponse> {
    let me = db::run(&state.pool, move |conn| {
        let account = store::find(conn, &caller.account_id)?.to_account();
        let group_ids = groups::caller_group_ids(conn, &caller)?.iter().map(|id| id.uuid()).collect();
        Ok(Me { account, group_ids })
    })
    .await?;
    Ok(HttpResponse::Ok().json(me))
}

/// List accounts
///
/// List accounts (admins).
#[utoipa::path(
    get,
    path = "/accounts", tag = "accounts",
    params(PageParams),
    responses((status = 200, description = "A page of accounts", body = Page<Account>)),
    security(("bearer" = []))
)]
pub async fn list_accounts(state: web::Data<AppState>, req: HttpRequest, caller: Principal) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let (http::NoFilter {}, request) = http::list_query(&req)?;
    let rows = db::run(&state.pool, {
        let request = request.clone();
        move |conn| store::page(conn, &request)
    })
    .await?;
    let items: Vec<Account> = rows.iter().map(AccountRow::to_account).collect();
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |a| a.id.to_string())))
}

/// Create an account
///
/// Create an account (admins).
#[utoipa::path(
    post,
    path = "/accounts", tag = "accounts",
    request_body = NewAccount,
    responses((status = 201, description = "The account was created", body = Account,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_account(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewAccount>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let new = body.0;
    let account = db::run_write(&state.pool, move |conn| super::create(conn, &new)).await?;
    Ok(http::created(format!("/api/v1/accounts/{}", account.id), &account))
}

/// Read an account
///
/// Read an account (admins, or the account itself).
#[utoipa::path(
    get,
    path = "/accounts/{id}", tag = "accounts",
    params(("id" = uuid::Uuid, Path, description = "Account id")),
    responses((status = 200, description = "The account", body = Account)),
    security(("bearer" = []))
)]
pub async fn get_account(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: AccountId = http::id(&id)?;
    if !policy::reads_account(&caller, &id) {
        return Err(ApiError::Forbidden("Only admins see other accounts.".into()));
    }
    let account = db::run(&state.pool, move |conn| Ok(store::find(conn, &id)?.to_account())).await?;
    Ok(http::ok_with_etag(&account))
}

/// Change an account
///
/// Change an account (admins; JSON merge patch). A new password or disabling revokes every
/// refresh token of the account.
#[utoipa::path(
    patch,
    path = "/accounts/{id}", tag = "accounts",
    params(("id" = uuid::Uuid, Path, description = "Account id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = AccountPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed account", body = Account,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_account(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<AccountPatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let id: AccountId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let account = db::run_write(&state.pool, move |conn| {
        let current = store::find(conn, &id)?.to_account();
        if_match.check(&current)?;
        let standing_changes = patch.role.is_some_and(|r| r != current.role) || patch.disabled == Some(true);
        if standing_changes && !policy::changes_standing_of(&caller, &id) {
            return Err(ApiError::Forbidden(
                "You cannot change the role of your own account or disable it; ask another admin.".into(),
            ));
        }
        if let Some(Some(person)) = patch.person_id {
            if current.person_id != Some(person) {
                super::require_linkable(conn, &PersonId::from(person))?;
            }
        }
        let change = AccountChange {
            display_name: patch.display_name.as_deref().map(|n| n.trim().to_string()),
            role: patch.role,
            disabled: patch.disabled,
            password_hash: patch.password.as_deref().map(tokens::hash_password).transpose()?,
            person_id: patch.person_id.map(|p| p.map(PersonId::from)),
        };
        // A new password is a change even when the account's representation stays the same.
        if patch.password.is_some() {
            store::update(conn, &id, &change)?;
            store::revoke_all_refresh_tokens(conn, &id)?;
            return Ok(store::find(conn, &id)?.to_account());
        }
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &change)?;
            if patch.disabled == Some(true) {
                store::revoke_all_refresh_tokens(conn, &id)?;
            }
            Ok(store::find(conn, &id)?.to_account())
        })
    })
    .await?;
    Ok(http::ok_with_etag(&account))
}

/// Make a personal link to set a password
///
/// A personal link for the account's person to set a password without logging in (admins): an
/// invitation while the account has no password, else a reset (the old password works until the
/// new one is set). The token is in this answer only; the link works once, for seven days, and
/// replaces the account's earlier unused links. Hand it over in person, by phone or by mail.
#[utoipa::path(
    post,
    path = "/accounts/{id}/password-link", tag = "accounts",
    params(("id" = uuid::Uuid, Path, description = "Account id")),
    responses((status = 201, description = "The link, shown once", body = PasswordLink,
         headers(("Location" = String, description = "Where the new resource is")))),
    security(("bearer" = []))
)]
pub async fn create_password_link(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let id: AccountId = http::id(&id)?;
    let link = db::run_write(&state.pool, move |conn| {
        let account = store::find(conn, &id)?.to_account();
        let token = tokens::new_link_token();
        let purpose = rules::link_purpose(account.password_set);
        let expires_at = db::now() + chrono::TimeDelta::days(rules::PASSWORD_LINK_DAYS);
        store::replace_password_link(conn, &id, &tokens::secret_hash(&token), purpose, expires_at, &caller.account_id)?;
        Ok(PasswordLink { token, purpose, expires_at: http::utc(expires_at) })
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((actix_web::http::header::LOCATION, format!("/api/v1/public/password-links/{}", link.token)))
        .json(link))
}

/// The link of this token if it works now, with its account; 404 for a token that is unknown,
/// used, replaced or expired (one answer for all: the link is simply not valid).
fn working_link(conn: &mut DbConnection, token: &str) -> ApiResult<(store::PasswordLinkRow, AccountRow)> {
    let not_valid = || ApiError::NotFound("This link is not valid (any more); ask for a new one.".into());
    let link = store::find_password_link(conn, &tokens::secret_hash(token))?.ok_or_else(not_valid)?;
    if !rules::link_works(link.used_at, link.expires_at, db::now()) {
        return Err(not_valid());
    }
    let account = store::find(conn, &link.account_id)?;
    Ok((link, account))
}

/// Read whose password a link sets
///
/// Whose password a link sets, for the page that asks for it; no log-in. 404 for a link that is
/// not valid (any more).
#[utoipa::path(
    get,
    path = "/public/password-links/{token}", tag = "public",
    params(("token" = String, Path, description = "The link's token")),
    responses((status = 200, description = "The link's account", body = PasswordLinkInfo)),
)]
pub async fn get_password_link(state: web::Data<AppState>, token: web::Path<String>) -> ApiResult<HttpResponse> {
    let token = token.into_inner();
    let info = db::run(&state.pool, move |conn| {
        let (link, account) = working_link(conn, &token)?;
        Ok(PasswordLinkInfo {
            display_name: account.display_name,
            email: account.email,
            purpose: link.purpose,
            expires_at: http::utc(link.expires_at),
        })
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header((actix_web::http::header::CACHE_CONTROL, "no-store")).json(info))
}

/// Set a password through its link
///
/// Sets the account's password through its link, without logging in: the link is used up and
/// every refresh token of the account is revoked. Rate-limited per client address; 404 for a link
/// that is not valid (any more).
#[utoipa::path(
    post,
    path = "/public/password-links/{token}", tag = "public",
    params(("token" = String, Path, description = "The link's token")),
    request_body = NewPassword,
    responses(
        (status = 204, description = "The password is set; log in with it"),
        (status = 429, description = "Too many requests from this address; see `Retry-After`"),
    ),
)]
pub async fn set_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
    body: ValidJson<NewPassword>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let token = token.into_inner();
    let password = body.0.password;
    // Hashing takes a while: do it before the write lock is taken.
    let hash = web::block(move || tokens::hash_password(&password))
        .await
        .map_err(|e| ApiError::Internal(format!("hashing was cancelled: {e}")))??;
    db::run_write(&state.pool, move |conn| {
        let (link, account) = working_link(conn, &token)?;
        if !store::use_password_link(conn, &link.id)? {
            return Err(ApiError::NotFound("This link is not valid (any more); ask for a new one.".into()));
        }
        store::update(conn, &account.id, &AccountChange { password_hash: Some(hash), ..AccountChange::default() })?;
        store::revoke_all_refresh_tokens(conn, &account.id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

crate::operations! {
    /// The operations of accounts: one list for their routes and their part of the OpenAPI document.
    pub struct AccountsApi;
    login, refresh, logout, me, list_accounts, create_account, get_account, patch_account, create_password_link,
    get_password_link, set_password,
}
