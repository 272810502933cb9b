//! The principal of a request: the account behind its access token. Taking [`Principal`] as a
//! handler argument makes the handler answer 401 to a request without a valid, current token, so
//! no handler can forget the check.

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use api_types::{AccountId, PersonId, Role};
use futures_util::future::LocalBoxFuture;

use super::{store, tokens};
use crate::db;
use crate::error::ApiError;
use crate::web::state::AppState;

/// Who makes a request: an account today (an API client with scopes later). Its role and person
/// are read from the database on every request, so a changed role or a disabled account counts at
/// once, not when the token expires.
#[derive(Debug, Clone)]
pub struct Principal {
    /// The account.
    pub account_id: AccountId,
    /// The account's current role.
    pub role: Role,
    /// The person linked to the account, if any: whose groups and trainings are the caller's.
    pub person_id: Option<PersonId>,
}

impl FromRequest for Principal {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(|v| v.trim().to_string());
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::Internal("state missing".into()))?;
            let token = token
                .ok_or_else(|| ApiError::Unauthorized("Send an access token as `Authorization: Bearer …`.".into()))?;
            let claims = tokens::verify_access_token(&state.config, &token)?;
            let gone = || ApiError::Unauthorized("The account is disabled or no longer exists.".into());
            let account_id: AccountId = claims.sub.parse().map_err(|_| gone())?;
            let principal = db::run(&state.pool, move |conn| match store::principal(conn, &account_id)? {
                Some((role, false, person_id)) => Ok(Principal { account_id, role, person_id }),
                _ => Err(gone()),
            })
            .await?;
            Ok(principal)
        })
    }
}
