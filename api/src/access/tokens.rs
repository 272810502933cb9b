//! Secrets and tokens: Argon2id password hashes, HS256 access tokens (JWT) with `iss`, `aud` and
//! `exp` checked, refresh tokens and personal-link tokens stored only as their SHA-256.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::Engine;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::{Config, JWT_AUDIENCE, JWT_ISSUER};
use crate::error::{ApiError, ApiResult};
use api_types::{AccountId, ApiClientId, Role, Scope};

/// Hashes a password with Argon2id and a random salt (PHC string).
pub fn hash_password(password: &str) -> ApiResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| ApiError::Internal(format!("hashing failed: {e}")))
}

/// What `accounts.password_hash` holds for an account invited by link that has not set a
/// password yet: no PHC string, so no password matches it.
pub const NO_PASSWORD: &str = "!";

/// Checks a password against a PHC hash; false for any mismatch or malformed hash. An account
/// without a password costs the same work as a wrong password, so timing tells nothing.
pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => {
            let _ = PasswordHash::new(dummy_hash())
                .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed));
            false
        }
    }
}

/// A hash to verify against when the email is unknown, so both cases take the same time.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("no such account, same work").unwrap_or_default())
}

/// Claims of an access token: a person's (an account's) or an API client's (RFC 9068: `sub` and
/// `client_id` the client's id, `scope`).
#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// Account id, or the API client's id.
    pub sub: String,
    /// An account's role at the time of issue (the account is read again on every request).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// An API client's id; absent in a person's token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// An API client's scopes, space-separated (the client is read again on every request, and
    /// only scopes it still has count).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// An API client's mark of the secret the token was got with (a rotation ends the token).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
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

/// Issues an HS256 access token for an account, valid for `ACCESS_TOKEN_TTL_SECONDS`.
pub fn issue_access_token(config: &Config, account: &AccountId, role: Role) -> ApiResult<String> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: account.to_string(),
        role: Some(role.as_str().to_string()),
        client_id: None,
        scope: None,
        sid: None,
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

/// Issues an access token for an API client with these scopes (RFC 9068: header `typ` `at+jwt`),
/// valid for `lifetime_secs` (`ACCESS_TOKEN_TTL_SECONDS`, or less for a client that expires
/// sooner). There is no refresh token: the client asks again.
pub fn issue_client_token(
    config: &Config,
    client: &ApiClientId,
    scopes: &[Scope],
    secret_mark: String,
    lifetime_secs: i64,
) -> ApiResult<String> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: client.to_string(),
        role: None,
        client_id: Some(client.to_string()),
        scope: Some(Scope::join(scopes)),
        sid: Some(secret_mark),
        iss: JWT_ISSUER.into(),
        aud: JWT_AUDIENCE.into(),
        iat: now,
        exp: now + lifetime_secs,
        jti: uuid::Uuid::now_v7().to_string(),
    };
    let key =
        EncodingKey::from_secret(&config.jwt_secret).map_err(|e| ApiError::Internal(format!("signing key: {e}")))?;
    let header = Header { typ: Some("at+jwt".into()), ..Header::new(Algorithm::HS256) };
    encode(&header, &claims, &key).map_err(|e| ApiError::Internal(format!("token encoding failed: {e}")))
}

/// Checks signature, issuer, audience and expiry (with 30 s leeway for clock skew); 401 otherwise.
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
            ApiError::InvalidToken("The access token has expired; refresh it or log in again.".into())
        }
        _ => ApiError::InvalidToken("The access token is not valid.".into()),
    })
}

/// The stored form of a secret handed out (a refresh token, a personal link's token): its
/// SHA-256, hex. Only this is kept, so a copy of the database opens nothing.
pub fn secret_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// An unguessable token for a refresh token or a personal link without an account (a training
/// invitation, an event sign-up): 256 random bits, URL-safe base64 without padding (43
/// characters).
pub fn new_link_token() -> String {
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}
