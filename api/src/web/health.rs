//! `GET /health`: whether the service and its database answer.

use actix_web::{web, HttpResponse};
use api_types::Health;

use crate::db;
use crate::error::ApiResult;
use crate::web::state::AppState;

/// Check health
///
/// Health: 200 when the database answers, 503 (problem details) when it does not.
#[utoipa::path(
    get,
    path = "/health", tag = "health",
    responses((status = 200, description = "The service and its database answer", body = Health)),
)]
pub async fn health(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    let database = state.config.database.backend_name().to_string();
    db::run(&state.pool, db::ping).await?;
    Ok(HttpResponse::Ok().json(Health { status: "ok".into(), database }))
}

crate::operations! {
    /// The health check: its route and its part of the OpenAPI document.
    pub struct HealthApi;
    health,
}
