//! Who makes a request: a person's account ([`Principal`]) or an API client ([`Caller::Client`]),
//! from the access token. Taking [`Principal`] as a handler argument makes the handler answer 401
//! to a request without a valid, current token and 403 to an API client, so no handler can forget
//! the check; taking [`Caller`] lets API clients in too, with the scopes the operation's OpenAPI
//! security requirement names (checked here, before the handler runs).

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use api_types::{AccountId, ApiClientId, PersonId, Role, Scope};
use futures_util::future::LocalBoxFuture;

use super::{clients, store, tokens};
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::web::registry::ClientAccess;
use crate::web::state::AppState;

/// A person calling through their account. Its role and person are read from the database on
/// every request, so a changed role or a disabled account counts at once, not when the token
/// expires.
#[derive(Debug, Clone)]
pub struct Principal {
    /// The account.
    pub account_id: AccountId,
    /// The account's current role.
    pub role: Role,
    /// The person linked to the account, if any: whose groups and trainings are the caller's.
    pub person_id: Option<PersonId>,
}

/// An API client calling with a client-credentials token: a principal of its own, never a
/// person. It reads the whole programme within its scopes and belongs to no group.
#[derive(Debug, Clone)]
pub struct ClientPrincipal {
    /// The client.
    pub client_id: ApiClientId,
    /// The scopes of its token that it still has (a scope taken away counts at once).
    pub scopes: Vec<Scope>,
}

/// Who calls an operation that API clients may use too.
#[derive(Debug, Clone)]
pub enum Caller {
    /// A person's account.
    Person(Principal),
    /// An API client, whose scopes cover the operation's requirement.
    Client(ClientPrincipal),
}

impl Caller {
    /// The person's account, or `None` for an API client.
    pub fn person(&self) -> Option<&Principal> {
        match self {
            Caller::Person(principal) => Some(principal),
            Caller::Client(_) => None,
        }
    }
}

/// The token of `Authorization: Bearer …`; the scheme's name in any case (RFC 9110 §11.1).
fn bearer_token(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_string())
}

/// The caller behind a bearer token: 401 without a valid token, or for a disabled, expired or
/// removed account or client.
async fn authenticate(state: Option<web::Data<AppState>>, token: Option<String>) -> ApiResult<Caller> {
    let state = state.ok_or_else(|| ApiError::Internal("state missing".into()))?;
    let token =
        token.ok_or_else(|| ApiError::Unauthorized("Send an access token as `Authorization: Bearer …`.".into()))?;
    let claims = tokens::verify_access_token(&state.config, &token)?;
    if let Some(client) = claims.client_id {
        let gone = || {
            ApiError::InvalidToken(
                "The API client is disabled, expired or no longer exists, its secret was rotated, or it lost a scope since this token was issued: ask a new one.".into(),
            )
        };
        let client_id: ApiClientId = client.parse().map_err(|_| gone())?;
        let granted = Scope::split(claims.scope.as_deref().unwrap_or_default()).map_err(|_| gone())?;
        let mark = claims.sid.unwrap_or_default();
        let issued_at = claims.iat;
        return db::run(&state.pool, move |conn| match clients::find_optional(conn, &client_id)? {
            Some(row)
                if row.usable_at(db::now()) && row.secret_mark() == mark && row.accepts_token_issued_at(issued_at) =>
            {
                let current = row.scopes()?;
                let scopes = granted.into_iter().filter(|s| current.contains(s)).collect();
                Ok(Caller::Client(ClientPrincipal { client_id, scopes }))
            }
            _ => Err(gone()),
        })
        .await;
    }
    let gone = || ApiError::InvalidToken("The account is disabled or no longer exists.".into());
    let account_id: AccountId = claims.sub.parse().map_err(|_| gone())?;
    db::run(&state.pool, move |conn| match store::principal(conn, &account_id)? {
        Some((role, false, person_id)) => Ok(Caller::Person(Principal { account_id, role, person_id })),
        _ => Err(gone()),
    })
    .await
}

impl FromRequest for Principal {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_token(req);
        Box::pin(async move {
            match authenticate(state, token).await? {
                Caller::Person(principal) => Ok(principal),
                Caller::Client(_) => Err(ApiError::InsufficientScope(Vec::new()).into()),
            }
        })
    }
}

impl FromRequest for Caller {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_token(req);
        // What the operation's `oauth2` requirement asks; `None`: for people's accounts only.
        let needed = req.app_data::<ClientAccess>().and_then(|access| access.scopes(req.method()));
        Box::pin(async move {
            let caller = authenticate(state, token).await?;
            if let Caller::Client(client) = &caller {
                let needed = needed.unwrap_or_default();
                if needed.is_empty() || !needed.iter().all(|s| client.scopes.contains(s)) {
                    return Err(ApiError::InsufficientScope(needed).into());
                }
            }
            Ok(caller)
        })
    }
}
