//! API clients, for admins: the systems that call the API with OAuth 2.0 client credentials.

use api_types::{ApiClient, ApiClientCredentials, ApiClientPatch, NewApiClient};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{get_all, request, url, ApiError, ApiRequest, MERGE_PATCH_JSON};

/// Every API client (`GET /api-clients`, admins), page by page.
pub async fn api_clients() -> Result<Vec<ApiClient>, ApiError> {
    get_all(url("/api-clients?pageSize=100")).await
}

/// `POST /api-clients` (admins): the client with its secret, shown once.
pub async fn create_api_client(new: &NewApiClient) -> Result<ApiClientCredentials, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/api-clients")).json(new, "application/json")).await?.value)
}

/// `PATCH /api-clients/{id}` (admins): disable or enable, rename, other scopes or expiry.
pub async fn patch_api_client(id: Uuid, patch: &ApiClientPatch) -> Result<ApiClient, ApiError> {
    let path = url(&format!("/api-clients/{id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `POST /api-clients/{id}/secret` (admins): a new secret, shown once; the old one stops working.
pub async fn rotate_api_client_secret(id: Uuid) -> Result<ApiClientCredentials, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url(&format!("/api-clients/{id}/secret")))).await?.value)
}
