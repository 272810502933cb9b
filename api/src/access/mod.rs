//! Authentication: Argon2id password hashes, JWT access tokens, rotating refresh tokens, and the
//! `Caller` extractor that every protected handler takes, so none can forget to check the token.

pub mod audit;

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use api_types::Role;
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::Engine;
use diesel::prelude::*;
use futures_util::future::LocalBoxFuture;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::{Config, JWT_AUDIENCE, JWT_ISSUER};
use crate::db::schema::{accounts, memberships, refresh_tokens};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::state::AppState;

/// Hashes a password with Argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> ApiResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| ApiError::Internal(format!("hashing failed: {e}")))
}

/// Checks a password against a PHC hash; false for any mismatch or malformed hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

/// A hash to verify against when the email is unknown, so both cases take the same time.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("no such account, same work").unwrap_or_default())
}

/// Claims of an access token.
#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// Account id.
    pub sub: String,
    /// Role at the time of issue (the account is read again on every request).
    pub role: String,
    /// Issuer, `buurtverbinders`.
    pub iss: String,
    /// Audience, `buurtverbinders-api`.
    pub aud: String,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expires at (seconds since the epoch).
    pub exp: i64,
    /// Token id.
    pub jti: String,
}

/// Issues an HS256 access token for an account.
pub fn issue_access_token(config: &Config, account_id: &str, role: Role) -> ApiResult<String> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: account_id.to_string(),
        role: role.as_str().to_string(),
        iss: JWT_ISSUER.into(),
        aud: JWT_AUDIENCE.into(),
        iat: now,
        exp: now + config.access_token_ttl_secs,
        jti: uuid::Uuid::now_v7().to_string(),
    };
    let key =
        EncodingKey::from_secret(&config.jwt_secret).map_err(|e| ApiError::Internal(format!("signing key: {e}")))?;
    encode(&Header::new(Algorithm::HS256), &claims, &key)
        .map_err(|e| ApiError::Internal(format!("token encoding failed: {e}")))
}

/// Checks signature, issuer, audience and expiry (with 30 s leeway for clock skew).
pub fn verify_access_token(config: &Config, token: &str) -> ApiResult<Claims> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_issuer(&[JWT_ISSUER]);
    validation.set_audience(&[JWT_AUDIENCE]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    validation.leeway = 30;
    let key = DecodingKey::from_secret(&config.jwt_secret)
        .map_err(|e| ApiError::Internal(format!("verification key: {e}")))?;
    decode::<Claims>(token, &key, &validation).map(|data| data.claims).map_err(|e| match e.kind() {
        jsonwebtoken::errors::ErrorKind::ExpiredSignature => {
            ApiError::Unauthorized("The access token has expired; refresh it or log in again.".into())
        }
        _ => ApiError::Unauthorized("The access token is not valid.".into()),
    })
}

/// SHA-256 of a refresh token, hex: only this is stored.
pub fn hash_refresh_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Creates and stores a new refresh token for an account; returns the token itself.
pub fn create_refresh_token(conn: &mut DbConnection, config: &Config, account_id: &str) -> ApiResult<String> {
    let bytes: [u8; 32] = rand::random();
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = db::now();
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::id.eq(crate::web::http::new_id()),
            refresh_tokens::account_id.eq(account_id),
            refresh_tokens::token_hash.eq(hash_refresh_token(&token)),
            refresh_tokens::expires_at.eq(now + chrono::TimeDelta::days(config.refresh_token_ttl_days)),
            refresh_tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Revokes every live refresh token of an account (logout everywhere, password change, reuse).
pub fn revoke_all_refresh_tokens(conn: &mut DbConnection, account_id: &str) -> ApiResult<()> {
    diesel::update(refresh_tokens::table)
        .filter(refresh_tokens::account_id.eq(account_id))
        .filter(refresh_tokens::revoked_at.is_null())
        .set(refresh_tokens::revoked_at.eq(db::now()))
        .execute(conn)?;
    Ok(())
}

/// An unguessable token for a personal link without an account (a training invitation, an event
/// sign-up): 256 random bits, URL-safe base64 without padding (43 characters).
pub fn new_link_token() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The authenticated account behind a request. Taking it as a handler argument makes the handler
/// answer 401 to a request without a valid, current access token.
#[derive(Debug, Clone)]
pub struct Caller {
    /// Account id.
    pub account_id: String,
    /// The account's current role (read from the database, not from the token).
    pub role: Role,
    /// The person linked to the account, if any.
    pub person_id: Option<String>,
}

impl Caller {
    /// Whether the caller sees and changes every group (coordinators and admins).
    pub fn sees_everything(&self) -> bool {
        self.role.sees_everything()
    }

    /// 403 unless the caller has one of `roles`.
    pub fn require_role(&self, roles: &[Role]) -> ApiResult<()> {
        if roles.contains(&self.role) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("Your role does not allow this.".into()))
        }
    }

    /// Ids of the groups the caller's person currently belongs to.
    pub fn current_group_ids(&self, conn: &mut DbConnection) -> ApiResult<Vec<String>> {
        let Some(person_id) = &self.person_id else {
            return Ok(Vec::new());
        };
        let today = db::today();
        Ok(memberships::table
            .filter(memberships::person_id.eq(person_id))
            .filter(memberships::left_on.is_null().or(memberships::left_on.gt(today)))
            .select(memberships::group_id)
            .distinct()
            .load(conn)?)
    }

    /// Whether the caller may see the group's private data and change it: coordinators and admins
    /// always, others while they are a current member.
    pub fn can_manage_group(&self, conn: &mut DbConnection, group_id: &str) -> ApiResult<bool> {
        Ok(self.sees_everything() || self.current_group_ids(conn)?.iter().any(|id| id == group_id))
    }
}

impl FromRequest for Caller {
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
            let claims = verify_access_token(&state.config, &token)?;
            let caller = db::run(&state.pool, move |conn| {
                let row: Option<(Role, bool, Option<String>)> = accounts::table
                    .find(&claims.sub)
                    .select((accounts::role, accounts::disabled, accounts::person_id))
                    .first(conn)
                    .optional()?;
                match row {
                    Some((role, false, person_id)) => Ok(Caller { account_id: claims.sub, role, person_id }),
                    _ => Err(ApiError::Unauthorized("The account is disabled or no longer exists.".into())),
                }
            })
            .await?;
            Ok(caller)
        })
    }
}
