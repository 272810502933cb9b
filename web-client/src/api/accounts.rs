//! Logging in and out, and who is logged in.

use api_types::{LoginRequest, Me, TokenResponse};
use gloo_net::http::Method;

use super::{get, request, set_access_token, url, ApiError, ApiRequest};

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
