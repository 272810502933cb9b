//! Logging in and out, who is logged in, account administration (admins) and setting a password
//! through a personal link.

use api_types::{
    Account, AccountPatch, LoginRequest, Me, NewAccount, NewPassword, PasswordLink, PasswordLinkInfo, TokenResponse,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, get, get_all, request, set_access_token, url, ApiError, ApiRequest, MERGE_PATCH_JSON};

/// `POST /auth/login`. Keeps the access token; the server sets the refresh cookie.
pub async fn login(email: String, password: String) -> Result<TokenResponse, ApiError> {
    let body = LoginRequest { email, password };
    let tokens: TokenResponse =
        request(ApiRequest::new(Method::POST, url("/auth/login")).anonymous().json(&body, "application/json"))
            .await?
            .value;
    set_access_token(Some(tokens.access_token.clone()));
    Ok(tokens)
}

/// `POST /auth/logout`: revokes the refresh token and clears its cookie; forgets the access token.
pub async fn logout() -> Result<(), ApiError> {
    let result = request::<()>(ApiRequest::new(Method::POST, url("/auth/logout")).anonymous()).await.map(|_| ());
    set_access_token(None);
    result
}

/// `GET /me`.
pub async fn me() -> Result<Me, ApiError> {
    get(url("/me")).await
}

/// Every account (`GET /accounts`, admins), page by page.
pub async fn accounts() -> Result<Vec<Account>, ApiError> {
    get_all(url("/accounts?pageSize=100")).await
}

/// `POST /accounts` (admins).
pub async fn create_account(new: &NewAccount) -> Result<Account, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/accounts")).json(new, "application/json")).await?.value)
}

/// `PATCH /accounts/{id}` (admins).
pub async fn patch_account(id: Uuid, patch: &AccountPatch) -> Result<Account, ApiError> {
    let path = url(&format!("/accounts/{id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `POST /accounts/{id}/password-link` (admins): a new link to set the password, shown once.
pub async fn create_password_link(id: Uuid) -> Result<PasswordLink, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url(&format!("/accounts/{id}/password-link")))).await?.value)
}

/// `GET /public/password-links/{token}`, without log-in.
pub async fn password_link(token: &str) -> Result<PasswordLinkInfo, ApiError> {
    let path = url(&format!("/public/password-links/{}", encode(token)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}

/// `POST /public/password-links/{token}`, without log-in: sets the password.
pub async fn set_password(token: &str, password: &str) -> Result<(), ApiError> {
    let path = url(&format!("/public/password-links/{}", encode(token)));
    let body = NewPassword { password: password.to_string() };
    request::<()>(ApiRequest::new(Method::POST, path).anonymous().json(&body, "application/json")).await.map(|_| ())
}
