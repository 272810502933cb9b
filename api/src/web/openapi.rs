//! The OpenAPI 3 document, generated from the handlers' annotations and completed in one place
//! with what every operation shares: the `API-Version` header on success, problem-details error
//! responses, and the bearer security scheme.

use api_types::Scope;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{ClientCredentials, Flow, HttpAuthScheme, HttpBuilder, OAuth2, Scopes, SecurityScheme};

use super::registry::{self, OAUTH2};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa::OpenApi;

/// What the API's OpenAPI document says besides its operations: info, servers, tags and the
/// problem schemas. `app::openapi_document` adds every feature's operations and completes it with
/// [`complete`].
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Buurtverbinders API",
        description = "The API of Buurtverbinders, the platform of Dutch neighbourhood-connector programmes: \
groups of 5–8 trained residents and 1–2 professionals, their members, and the three-day training planned \
with its participants, events and their registrations, the candidates a residents' evening brings in, resident questions with warm referrals, \
and what the neighbourhood has (resources, also as GeoJSON). \
Everything under `/public` is for residents without an account.\n\n\
Follows the Dutch government's REST API Design Rules (ADR 2.2), with one documented deviation: resource names \
are English, as the product's design names them. Errors are RFC 9457 problem details. Collections are \
keyset-paginated with `pageSize` (1–100, default 20) and an opaque `cursor`; writes use JSON merge patch and \
`If-Match` (412 on a lost update). Locations follow the geospatial module: GeoJSON geometry, CRS84 by default, \
RD New (EPSG:28992) on request with the `crs` parameter or `Accept-Crs`, answered with `Content-Crs`; `GET /crss` lists them.",
        contact(name = "Buurtverbinders", email = "api@buurtverbinders.nl", url = "https://buurtverbinders.nl"),
        license(name = "EUPL-1.2", identifier = "EUPL-1.2")
    ),
    servers((url = "/api/v1", description = "This installation")),
    components(schemas(api_types::Problem, api_types::InvalidParam)),
    tags(
        (name = "auth", description = "Log-in, tokens and the logged-in account"),
        (name = "accounts", description = "Accounts (admins)"),
        (name = "api-clients", description = "Systems that call the API with OAuth 2.0 client credentials, each with its scopes (admins)"),
        (name = "neighbourhoods", description = "Neighbourhoods with CBS codes"),
        (name = "people", description = "Residents and professionals"),
        (name = "groups", description = "Groups and memberships under the composition rules"),
        (name = "trainings", description = "Trainings planned with their participants; personal answer links"),
        (name = "events", description = "Events and weekly series, their dates, registrations and calendar feeds"),
        (name = "candidates", description = "Residents who would like to become a buurtverbinder (coordinators)"),
        (name = "questions", description = "Resident questions, their history and referrals, and the group's FAQ"),
        (name = "organisations", description = "The local directory of professional organisations (sociale kaart)"),
        (name = "resources", description = "What the neighbourhood has: initiatives, places, services and residents' skills; GeoJSON in CRS84 or RD New"),
        (name = "stories", description = "Stories from interviews with residents, published on the group's site with their consent; withdrawal erases them"),
        (name = "public", description = "For residents without an account: the agenda, signing up, feeds"),
        (name = "health", description = "Service health"),
    )
)]
pub struct ApiDoc;

/// Completes the merged document with what every operation shares: the `API-Version` header on
/// success, problem-details error responses, the bearer security scheme and the names of paged
/// schemas.
pub fn complete(openapi: &mut utoipa::openapi::OpenApi) {
    let components = openapi.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("JWT")
                .description(Some("A person's access token from `POST /auth/login` or `/auth/refresh`"))
                .build(),
        ),
    );
    components.add_security_scheme(OAUTH2, client_credentials_scheme());
    rename_generic_schemas(openapi);
    for (path, item) in openapi.paths.paths.iter_mut() {
        let has_path_params = path.contains('{');
        let operations = [
            ("get", item.get.as_mut()),
            ("post", item.post.as_mut()),
            ("patch", item.patch.as_mut()),
            ("put", item.put.as_mut()),
            ("delete", item.delete.as_mut()),
        ];
        for (method, operation) in operations {
            if let Some(operation) = operation {
                complete_operation(path, method, has_path_params, operation);
            }
        }
    }
}

/// OAuth 2.0 client credentials (RFC 6749 §4.4) for API clients, with every scope and what it
/// gives; each operation's `oauth2` requirement names the scopes it needs.
fn client_credentials_scheme() -> SecurityScheme {
    let scopes = Scopes::from_iter(Scope::ALL.map(|scope| {
        let meaning = match scope {
            Scope::Read => "Read the programme: groups, neighbourhoods, organisations — no names or contact details",
            Scope::Write => "Change organisations and neighbourhoods",
            Scope::Reports => "Read the reports (counts, never personal data)",
            Scope::PersonalData => "With `read`: people's names and contact details",
        };
        (scope.as_str(), meaning)
    }));
    SecurityScheme::OAuth2(OAuth2::with_description(
        [Flow::ClientCredentials(ClientCredentials::new(format!("{}/oauth/token", api_types::API_BASE), scopes))],
        "For API clients (municipal systems, scripts) registered by an admin: `POST /oauth/token` with \
         `grant_type=client_credentials` gives an access token with the client's scopes.",
    ))
}

fn complete_operation(path: &str, method: &str, has_path_params: bool, operation: &mut Operation) {
    // An operation that needs no token says so (`security: []`), so no tool assumes one.
    let anonymous = |requirement: &utoipa::openapi::security::SecurityRequirement| {
        serde_json::to_value(requirement).is_ok_and(|v| v.as_object().is_some_and(|o| o.is_empty()))
    };
    if operation.security.as_ref().is_none_or(|s| s.iter().all(anonymous)) {
        operation.security = Some(Vec::new());
    }
    let version = HeaderBuilder::new()
        .schema(utoipa::openapi::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::String))
        .description(Some("Full semantic version of the API, e.g. `0.1.0`"))
        .build();
    for (status, response) in operation.responses.responses.iter_mut() {
        if let RefOr::T(response) = response {
            if status.starts_with('2') || status.starts_with('3') {
                response.headers.insert("API-Version".into(), version.clone());
            }
        }
    }
    let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
    let writes = matches!(method, "post" | "patch" | "put");
    // The invitation token is a path parameter too.
    let has_path_params = has_path_params || path.starts_with("/invitations/");
    let mut errors: Vec<(&str, &str)> = vec![("400", "Invalid input: every problem is listed in `errors`")];
    if secured {
        errors.push(("401", "No valid access token (`WWW-Authenticate: Bearer`)"));
        errors.push(if registry::client_scopes(operation).is_some() {
            ("403", "Not allowed for this account or object, or the API client's token lacks a scope this needs (`insufficient-scope`, named in `WWW-Authenticate`)")
        } else {
            ("403", "Not allowed for this account or object; API clients cannot use this operation (`insufficient-scope`)")
        });
    }
    if has_path_params {
        errors.push(("404", "No such resource"));
    }
    let token_endpoint = path == "/oauth/token";
    if writes && !token_endpoint {
        errors.push(("409", "Conflicts with the current state (the problem type names the rule)"));
        errors.push(("413", "The body is too large"));
        errors.push(("415", "The body is not JSON"));
    }
    if method == "patch" {
        errors.push(("412", "`If-Match` does not match the current ETag"));
    }
    if path == "/auth/login" || token_endpoint || (path.starts_with("/invitations/") && writes) {
        errors.push(("429", "Too many log-in attempts; see `Retry-After`"));
    }
    errors.push(("500", "A fault of the service"));
    errors.push(("503", "The database does not answer"));
    for (status, description) in errors {
        operation.responses.responses.entry(status.to_string()).or_insert_with(|| {
            RefOr::T(
                ResponseBuilder::new()
                    .description(description)
                    .content(
                        api_types::PROBLEM_JSON,
                        ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
                    )
                    .build(),
            )
        });
    }
}

/// utoipa names instances of the generic `Page<T>` `Page_T`; the ADR ruleset wants UpperCamelCase
/// schema names, so `Page_Group` becomes `GroupPage` (in the components and in every reference).
fn rename_generic_schemas(openapi: &mut utoipa::openapi::OpenApi) {
    let Ok(mut json) = serde_json::to_string(openapi) else {
        return;
    };
    // `Page_Group` becomes `GroupPage`, `ResourceFeatureCollection_PublicResource`
    // `PublicResourceFeatureCollection`: the item's name first, then what holds it.
    const GENERICS: [(&str, &str); 3] =
        [("Page_", "Page"), ("ResourceFeatureCollection_", "FeatureCollection"), ("ResourceFeature_", "Feature")];
    let names: Vec<(String, String)> = openapi
        .components
        .as_ref()
        .map(|c| {
            c.schemas
                .keys()
                .filter_map(|k| {
                    GENERICS.iter().find_map(|(prefix, suffix)| {
                        k.strip_prefix(prefix).map(|item| (k.clone(), format!("{item}{suffix}")))
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    for (name, renamed) in names {
        json = json.replace(&format!("\"{name}\""), &format!("\"{renamed}\""));
        json = json.replace(&format!("/{name}\""), &format!("/{renamed}\""));
    }
    if let Ok(document) = serde_json::from_str(&json) {
        *openapi = document;
    }
}
