//! Assembly of the service: middleware, the API scope, the OpenAPI document and docs, and the web
//! client. Tests build the very same app with `configure_app`.

use actix_cors::Cors;
use actix_web::http::header::{self, HeaderName};
use actix_web::middleware::DefaultHeaders;
use actix_web::{web, HttpResponse, ResponseError};
use utoipa::OpenApi;

use crate::error::ApiError;
use crate::features;
use crate::web::health::health;
use crate::web::middleware::{json_error, query_error, MAX_BODY_BYTES};
use crate::web::openapi;
use crate::web::state::AppState;

/// Registers everything under `/api/v1` plus the web client. Used by `serve` and by the tests.
pub fn configure_app(state: AppState) -> impl FnOnce(&mut web::ServiceConfig) {
    move |cfg: &mut web::ServiceConfig| {
        let web_client_dir = state.config.web_client_dir.clone();
        let cors = cors(&state.config.cors_allowed_origins);
        cfg.app_data(web::Data::new(state))
            .app_data(web::JsonConfig::default().limit(MAX_BODY_BYTES).error_handler(|e, _| json_error(e).into()))
            .app_data(web::QueryConfig::default().error_handler(|e, _| query_error(e).into()))
            .app_data(
                web::PathConfig::default().error_handler(|_, _| ApiError::NotFound("No such resource.".into()).into()),
            )
            .service(
                web::resource("/api/v1/openapi.json")
                    .wrap(Cors::default().allow_any_origin().send_wildcard().allowed_methods(["GET"]))
                    .wrap(DefaultHeaders::new().add((header::CACHE_CONTROL, "no-cache")))
                    .route(web::get().to(openapi_document)),
            )
            .service(web::resource("/api/v1/docs").get(|| async {
                HttpResponse::PermanentRedirect().insert_header((header::LOCATION, "/api/v1/docs/")).finish()
            }))
            .service(
                utoipa_swagger_ui::SwaggerUi::new("/api/v1/docs/{_:.*}")
                    .config(utoipa_swagger_ui::Config::from("/api/v1/openapi.json")),
            )
            .service(
                web::scope("/api/v1")
                    .wrap(DefaultHeaders::new().add((header::CACHE_CONTROL, "no-store")))
                    .wrap(cors)
                    .service(web::resource("/health").get(health))
                    .configure(features::accounts::configure)
                    .configure(features::neighbourhoods::configure)
                    .configure(features::people::configure)
                    .configure(features::groups::configure)
                    .configure(features::trainings::configure)
                    .configure(features::events::configure)
                    .configure(features::registrations::configure)
                    .configure(features::candidates::configure)
                    .configure(features::questions::configure)
                    .configure(features::organisations::configure)
                    .configure(features::faq::configure)
                    .default_service(web::to(|| async {
                        ApiError::NotFound("No such resource.".into()).error_response()
                    })),
            )
            .configure(|cfg| crate::web::web_client::configure(cfg, &web_client_dir));
    }
}

fn cors(origins: &[String]) -> Cors {
    let mut cors = Cors::default()
        .allowed_methods(["GET", "POST", "PATCH", "DELETE"])
        .allowed_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::IF_MATCH, header::ACCEPT])
        .expose_headers([header::ETAG, header::LOCATION, HeaderName::from_static("api-version")])
        .max_age(3600);
    for origin in origins {
        cors = cors.allowed_origin(origin);
    }
    cors
}

async fn openapi_document() -> HttpResponse {
    HttpResponse::Ok().json(openapi::ApiDoc::openapi())
}
