//! The OpenAPI 3 document, generated from the handlers' annotations and completed in one place
//! with what every operation shares: the `API-Version` header on success, problem-details error
//! responses, and the bearer security scheme.

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
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
        license(name = "EUPL-1.2")
    ),
    servers((url = "/api/v1", description = "This installation")),
    components(schemas(api_types::Problem, api_types::InvalidParam)),
    tags(
        (name = "auth", description = "Log-in, tokens and the logged-in account"),
        (name = "accounts", description = "Accounts (admins)"),
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
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
    );
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

fn complete_operation(path: &str, method: &str, has_path_params: bool, operation: &mut Operation) {
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
        errors.push(("401", "No valid access token"));
        errors.push(("403", "Not allowed for this account or object"));
    }
    if has_path_params {
        errors.push(("404", "No such resource"));
    }
    if writes {
        errors.push(("409", "Conflicts with the current state (the problem type names the rule)"));
        errors.push(("413", "The body is too large"));
        errors.push(("415", "The body is not JSON"));
    }
    if method == "patch" {
        errors.push(("412", "`If-Match` does not match the current ETag"));
    }
    if path == "/auth/login" || (path.starts_with("/invitations/") && writes) {
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
