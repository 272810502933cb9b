//! Assembly of the service: middleware, the API scope, the OpenAPI document and docs, and the web
//! client. Tests build the very same app with `configure_app`.

use actix_cors::Cors;
use actix_web::http::header::{self, HeaderName};
use actix_web::middleware::DefaultHeaders;
use actix_web::{web, HttpResponse, ResponseError};
use utoipa::OpenApi;

use crate::error::ApiError;
use crate::features;
use crate::web::health::HealthApi;
use crate::web::middleware::{json_error, query_error, MAX_BODY_BYTES};
use crate::web::openapi;
use crate::web::registry::{self, part, Part};
use crate::web::state::AppState;

/// Registers everything under `/api/v1` plus the web client. Used by `serve` and by the tests.
pub fn configure_app(state: AppState) -> impl FnOnce(&mut web::ServiceConfig) {
    move |cfg: &mut web::ServiceConfig| {
        let web_client_dir = state.config.web_client_dir.clone();
        let cors = cors(&state.config.cors_allowed_origins);
        cfg.app_data(web::Data::new(state))
            .app_data(web::Data::new(people_ports()))
            .app_data(web::Data::new(group_ports()))
            .app_data(web::Data::new(event_ports()))
            .app_data(web::JsonConfig::default().limit(MAX_BODY_BYTES).error_handler(|e, _| json_error(e).into()))
            .app_data(web::QueryConfig::default().error_handler(|e, _| query_error(e).into()))
            .app_data(
                web::PathConfig::default().error_handler(|_, _| ApiError::NotFound("No such resource.".into()).into()),
            )
            .service(
                web::resource("/api/v1/openapi.json")
                    .wrap(Cors::default().allow_any_origin().send_wildcard().allowed_methods(["GET"]))
                    .wrap(DefaultHeaders::new().add((header::CACHE_CONTROL, "no-cache")))
                    .route(web::get().to(serve_openapi_document)),
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
                    .wrap(actix_web::middleware::from_fn(crate::web::middleware::conditional_get))
                    .wrap(DefaultHeaders::new().add((header::CACHE_CONTROL, "no-store")))
                    .wrap(cors)
                    .configure(|cfg| registry::configure(cfg, &parts()))
                    .default_service(web::to(|| async {
                        ApiError::NotFound("No such resource.".into()).error_response()
                    })),
            )
            // The public pages as the server renders them, before the web client's other routes.
            .configure(features::pages::configure)
            .configure(|cfg| crate::web::web_client::configure(cfg, &web_client_dir));
    }
}

fn cors(origins: &[String]) -> Cors {
    let mut cors = Cors::default()
        .allowed_methods(["GET", "POST", "PATCH", "DELETE"])
        .allowed_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            header::IF_NONE_MATCH,
            header::ACCEPT,
            crate::web::geo::ACCEPT_CRS,
            crate::web::geo::CONTENT_CRS,
        ])
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            HeaderName::from_static("api-version"),
            crate::web::geo::CONTENT_CRS,
        ])
        .max_age(3600);
    for origin in origins {
        cors = cors.allowed_origin(origin);
    }
    cors
}

/// What lower features need from higher ones, plugged in here so that features depend one way
/// (see ARCHITECTURE.md).
fn people_ports() -> features::people::Ports {
    features::people::Ports { co_members: features::groups::co_member_ids, completed: features::trainings::completed }
}

fn event_ports() -> features::events::Ports {
    features::events::Ports { signed_up: features::candidates::on_sign_up }
}

fn group_ports() -> features::groups::Ports {
    features::groups::Ports { completed: features::trainings::completed, site: features::sites::public_site }
}

/// Every operation of the API, feature by feature: the one list both the routes and the OpenAPI
/// document are made from.
fn parts() -> Vec<Part> {
    vec![
        part::<HealthApi>(),
        part::<features::accounts::AccountsApi>(),
        part::<features::api_clients::ApiClientsApi>(),
        part::<features::neighbourhoods::NeighbourhoodsApi>(),
        part::<features::people::PeopleApi>(),
        part::<features::groups::GroupsApi>(),
        part::<features::trainings::TrainingsApi>(),
        part::<features::trainings::TrainingDaysApi>(),
        part::<features::trainings::InvitationsApi>(),
        part::<features::events::EventsApi>(),
        part::<features::events::RegistrationsApi>(),
        part::<features::candidates::CandidatesApi>(),
        part::<features::questions::QuestionsApi>(),
        part::<features::organisations::OrganisationsApi>(),
        part::<features::faq::FaqApi>(),
        part::<features::resources::ResourcesApi>(),
        part::<features::sites::SitesApi>(),
        part::<features::stories::StoriesApi>(),
        part::<features::time::TimeApi>(),
        part::<features::goals::GoalsApi>(),
        part::<features::reports::ReportsApi>(),
        part::<features::sync::SyncApi>(),
    ]
}

/// The API's OpenAPI document as JSON; `buurtverbinders openapi` prints it, CI compares it with
/// the committed `openapi/openapi.json`. JSON, not utoipa's model, because the examples it ends
/// with live in `components/examples`, which that model has no place for.
pub fn openapi_document() -> serde_json::Value {
    let mut document = registry::document(openapi::ApiDoc::openapi(), &parts());
    openapi::complete(&mut document);
    openapi::with_examples(&document)
}

/// The document as this installation serves it: its server is the absolute address of the API
/// (`PUBLIC_URL` + `/api/v1`), so a client resolves `_links` and `Location` against it (RFC 3986)
/// and a generated client needs no other base. The committed document keeps the relative
/// `/api/v1`, the same for every installation.
async fn serve_openapi_document(state: web::Data<AppState>) -> HttpResponse {
    let mut document = openapi_document();
    let url = format!("{}{}", state.config.public_url, api_types::API_BASE);
    document["servers"] = serde_json::json!([{ "url": url, "description": "This installation" }]);
    HttpResponse::Ok().json(document)
}
