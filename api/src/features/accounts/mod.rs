//! `accounts` (admins manage them), log-in, token refresh and log-out, and `me`.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{Account, AccountPatch, LoginRequest, Me, NewAccount, Page, RefreshRequest, Role, TokenResponse};
use diesel::prelude::*;

use crate::access::{self, Caller};
use crate::db::schema::{accounts, people, refresh_tokens};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

/// Name of the cookie that carries the refresh token for the web client (HttpOnly, SameSite=Strict).
pub const REFRESH_COOKIE: &str = "refresh_token";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = accounts)]
struct AccountRow {
    id: String,
    email: String,
    display_name: String,
    password_hash: String,
    role: Role,
    disabled: bool,
    person_id: Option<String>,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
}

impl AccountRow {
    fn to_account(&self) -> Account {
        Account {
            id: http::uuid(&self.id),
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            role: self.role,
            disabled: self.disabled,
            person_id: self.person_id.as_deref().map(http::uuid),
            created_at: http::utc(self.created_at),
            updated_at: http::utc(self.updated_at),
        }
    }
}

fn load_row(conn: &mut DbConnection, id: &str) -> ApiResult<AccountRow> {
    accounts::table
        .find(id)
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No account with this id.".into()))
}

/// Creates an account; used by `POST /accounts`, `create-admin` and the demo data.
pub fn insert_account(conn: &mut DbConnection, new: &NewAccount) -> ApiResult<Account> {
    let email = new.email.trim().to_lowercase();
    let taken: i64 = accounts::table.filter(accounts::email.eq(&email)).count().get_result(conn)?;
    if taken > 0 {
        return Err(ApiError::conflict(
            ProblemCode::DuplicateEmail,
            "An account with this email address exists already.",
        ));
    }
    if let Some(person_id) = new.person_id {
        require_person(conn, &person_id.to_string())?;
    }
    let id = http::new_id();
    let now = db::now();
    diesel::insert_into(accounts::table)
        .values((
            accounts::id.eq(&id),
            accounts::email.eq(&email),
            accounts::display_name.eq(new.display_name.trim()),
            accounts::password_hash.eq(access::hash_password(&new.password)?),
            accounts::role.eq(new.role),
            accounts::disabled.eq(false),
            accounts::person_id.eq(new.person_id.map(|p| p.to_string())),
            accounts::created_at.eq(now),
            accounts::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(load_row(conn, &id)?.to_account())
}

fn require_person(conn: &mut DbConnection, person_id: &str) -> ApiResult<()> {
    let exists: i64 = people::table.filter(people::id.eq(person_id)).count().get_result(conn)?;
    if exists == 0 {
        return Err(ApiError::invalid("/personId", "not_found", "No person with this id."));
    }
    let linked: i64 = accounts::table.filter(accounts::person_id.eq(person_id)).count().get_result(conn)?;
    if linked > 0 {
        return Err(ApiError::conflict(
            ProblemCode::PersonHasAccount,
            "This person is linked to another account already.",
        ));
    }
    Ok(())
}

/// Log in with email and password. Answers the same 401 for an unknown email and a wrong
/// password. Rate-limited per client address (429 with `Retry-After`). The refresh token also comes
/// as an HttpOnly cookie for the web client.
#[utoipa::path(
    post,
    path = "/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses((status = 200, description = "Logged in", body = TokenResponse)),
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
        let row: Option<AccountRow> = accounts::table
            .filter(accounts::email.eq(email.trim().to_lowercase()))
            .select(AccountRow::as_select())
            .first(conn)
            .optional()?;
        let hash = row.as_ref().map(|r| r.password_hash.as_str()).unwrap_or(access::dummy_hash());
        let valid = access::verify_password(&password, hash);
        match row {
            Some(row) if valid && !row.disabled => issue_tokens(conn, &config, &row),
            _ => Err(ApiError::Unauthorized("The email address or password is not right.".into())),
        }
    })
    .await?;
    Ok(token_response(&req, tokens))
}

fn issue_tokens(conn: &mut DbConnection, config: &crate::config::Config, row: &AccountRow) -> ApiResult<TokenResponse> {
    Ok(TokenResponse {
        access_token: access::issue_access_token(config, &row.id, row.role)?,
        token_type: "Bearer".into(),
        expires_in: config.access_token_ttl_secs,
        refresh_token: access::create_refresh_token(conn, config, &row.id)?,
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

/// Exchange a refresh token (body or cookie) for new tokens. The presented token is revoked
/// (rotation); presenting a revoked token again revokes every token of the account (reuse means
/// it was stolen).
#[utoipa::path(
    post,
    path = "/auth/refresh", tag = "auth",
    request_body(content = Option<RefreshRequest>, description = "Empty when the refresh token comes as a cookie"),
    responses((status = 200, description = "New tokens", body = TokenResponse)),
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
            let row: Option<(String, String, chrono::NaiveDateTime, Option<chrono::NaiveDateTime>)> =
                refresh_tokens::table
                    .filter(refresh_tokens::token_hash.eq(access::hash_refresh_token(&token)))
                    .select((
                        refresh_tokens::id,
                        refresh_tokens::account_id,
                        refresh_tokens::expires_at,
                        refresh_tokens::revoked_at,
                    ))
                    .first(conn)
                    .optional()?;
            let Some((id, account_id, expires_at, revoked_at)) = row else {
                return Ok(Err("The refresh token is not valid."));
            };
            if revoked_at.is_some() {
                access::revoke_all_refresh_tokens(conn, &account_id)?;
                return Ok(Err("The refresh token was used before; log in again."));
            }
            if expires_at <= db::now() {
                return Ok(Err("The refresh token has expired; log in again."));
            }
            diesel::update(refresh_tokens::table.find(&id))
                .set(refresh_tokens::revoked_at.eq(db::now()))
                .execute(conn)?;
            let account = load_row(conn, &account_id)?;
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
        db::run(&state.pool, move |conn| {
            diesel::update(refresh_tokens::table)
                .filter(refresh_tokens::token_hash.eq(access::hash_refresh_token(&token)))
                .filter(refresh_tokens::revoked_at.is_null())
                .set(refresh_tokens::revoked_at.eq(db::now()))
                .execute(conn)?;
            Ok(())
        })
        .await?;
    }
    let mut cookie = refresh_cookie(&req, "", 0);
    cookie.make_removal();
    Ok(HttpResponse::NoContent().cookie(cookie).finish())
}

/// The logged-in account and the groups its person currently belongs to.
#[utoipa::path(
    get,
    path = "/me", tag = "auth",
    responses((status = 200, description = "The logged-in account", body = Me)),
    security(("bearer" = []))
)]
pub async fn me(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let me = db::run(&state.pool, move |conn| {
        let account = load_row(conn, &caller.account_id)?.to_account();
        let group_ids = caller.current_group_ids(conn)?.iter().map(|id| http::uuid(id)).collect();
        Ok(Me { account, group_ids })
    })
    .await?;
    Ok(HttpResponse::Ok().json(me))
}

/// List accounts (admins).
#[utoipa::path(
    get,
    path = "/accounts", tag = "accounts",
    params(PageParams),
    responses((status = 200, description = "A page of accounts", body = Page<Account>)),
    security(("bearer" = []))
)]
pub async fn list_accounts(state: web::Data<AppState>, req: HttpRequest, caller: Caller) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let (http::NoFilter {}, request) = http::list_query(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = accounts::table
                .select(AccountRow::as_select())
                .order(accounts::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(after) = &request.after {
                query = query.filter(accounts::id.gt(after.clone()));
            }
            Ok(query.load::<AccountRow>(conn)?.iter().map(AccountRow::to_account).collect::<Vec<_>>())
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |a| a.id.to_string())))
}

/// Create an account (admins).
#[utoipa::path(
    post,
    path = "/accounts", tag = "accounts",
    request_body = NewAccount,
    responses((status = 201, description = "The account was created", body = Account)),
    security(("bearer" = []))
)]
pub async fn create_account(
    state: web::Data<AppState>,
    caller: Caller,
    body: ValidJson<NewAccount>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let new = body.0;
    let account = db::run(&state.pool, move |conn| db::write(conn, |conn| insert_account(conn, &new))).await?;
    Ok(http::created(format!("/api/v1/accounts/{}", account.id), &account))
}

/// Read an account (admins, or the account itself).
#[utoipa::path(
    get,
    path = "/accounts/{id}", tag = "accounts",
    params(("id" = uuid::Uuid, Path, description = "Account id")),
    responses((status = 200, description = "The account", body = Account)),
    security(("bearer" = []))
)]
pub async fn get_account(state: web::Data<AppState>, caller: Caller, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "account")?;
    if caller.role != Role::Admin && caller.account_id != id {
        return Err(ApiError::Forbidden("Only admins see other accounts.".into()));
    }
    let account = db::run(&state.pool, move |conn| Ok(load_row(conn, &id)?.to_account())).await?;
    Ok(http::ok_with_etag(&account))
}

/// Change an account (admins; JSON merge patch). A new password or disabling revokes every
/// refresh token of the account.
#[utoipa::path(
    patch,
    path = "/accounts/{id}", tag = "accounts",
    params(("id" = uuid::Uuid, Path, description = "Account id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = AccountPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed account", body = Account)),
    security(("bearer" = []))
)]
pub async fn patch_account(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<AccountPatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin])?;
    let id = http::path_id(&id, "account")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let account = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let current = load_row(conn, &id)?.to_account();
            if_match.check(&current)?;
            if let Some(Some(person_id)) = patch.person_id {
                if current.person_id != Some(person_id) {
                    require_person(conn, &person_id.to_string())?;
                }
            }
            let password_hash = patch.password.as_deref().map(access::hash_password).transpose()?;
            diesel::update(accounts::table.find(&id))
                .set((
                    patch.display_name.as_deref().map(|n| accounts::display_name.eq(n.trim().to_string())),
                    patch.role.map(|r| accounts::role.eq(r)),
                    patch.disabled.map(|d| accounts::disabled.eq(d)),
                    password_hash.map(|h| accounts::password_hash.eq(h)),
                    patch.person_id.map(|p| accounts::person_id.eq(p.map(|p| p.to_string()))),
                    accounts::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            if patch.password.is_some() || patch.disabled == Some(true) {
                access::revoke_all_refresh_tokens(conn, &id)?;
            }
            Ok(load_row(conn, &id)?.to_account())
        })
    })
    .await?;
    Ok(http::ok_with_etag(&account))
}

/// Registers this module's handlers; one resource per path, so a wrong method gets 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/auth/login").post(login))
        .service(web::resource("/auth/refresh").post(refresh))
        .service(web::resource("/auth/logout").post(logout))
        .service(web::resource("/me").get(me))
        .service(web::resource("/accounts").get(list_accounts).post(create_account))
        .service(web::resource("/accounts/{id}").get(get_account).patch(patch_account));
}
