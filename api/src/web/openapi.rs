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

mod examples;

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
RD New (EPSG:28992) on request with the `crs` parameter or `Accept-Crs`, answered with `Content-Crs`; `GET /crss` lists them. \
Every answer carries `Cache-Control: no-store` (they may hold personal data) unless its operation documents another.",
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
        (name = "time", description = "Members' time against the band of two to four hours a week, and the group's weeks with their signals (overload, drop-off, back) for whoever looks after the group"),
        (name = "reports", description = "What the programme did in a period, per group, per neighbourhood or for the programme, with CBS codes; JSON or CSV; counts only"),
        (name = "sync", description = "Following the main collections from another system: `updatedSince` on each, and the removals"),
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
    reference_inlined_schemas(openapi);
    list_problem_types(openapi);
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

/// The completed document as JSON, with an example for every request body and successful JSON
/// response, built from the schemas' examples ([`examples::add`]). After [`complete`], once the
/// operations have their final schemas.
pub fn with_examples(openapi: &utoipa::openapi::OpenApi) -> serde_json::Value {
    let mut json = serde_json::to_value(openapi).unwrap_or_default();
    examples::add(&mut json);
    json
}

/// The `Problem` schema lists every problem type with its status and meaning, from
/// [`api_types::ProblemCode::ALL`]: the same table as `api/API-DESIGN.md`, for an integrator who
/// has only the document.
fn list_problem_types(openapi: &mut utoipa::openapi::OpenApi) {
    let Some(RefOr::T(utoipa::openapi::schema::Schema::Object(problem))) =
        openapi.components.as_mut().and_then(|c| c.schemas.get_mut("Problem"))
    else {
        return;
    };
    let mut table = String::from("\n\nEvery problem `type` this API sends (`https://buurtverbinders.nl/problems/` + code):\n\n| code | status | meaning |\n|---|---|---|\n");
    for code in api_types::ProblemCode::ALL {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            code.as_str(),
            code.status(),
            code.meaning().replace('|', "\\|")
        ));
    }
    let description = problem.description.get_or_insert_with(String::new);
    description.push_str(table.trim_end());
}

/// OAuth 2.0 client credentials (RFC 6749 §4.4) for API clients, with every scope and what it
/// gives; each operation's `oauth2` requirement names the scopes it needs.
fn client_credentials_scheme() -> SecurityScheme {
    let scopes = Scopes::from_iter(Scope::ALL.map(|scope| {
        let meaning = match scope {
            Scope::Read => "Read the programme: groups, neighbourhoods, organisations, public events and public resources, what changed and what was removed — no names, and only the contact details published",
            Scope::Write => "Change organisations and neighbourhoods",
            Scope::Reports => "Read the reports (counts, never personal data), also as CSV",
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
    if method == "get" {
        document_conditional_get(operation);
    }
    let version = string_header("Full semantic version of the API, e.g. `0.1.0`");
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
    if (writes || method == "delete") && !token_endpoint {
        errors.push(("409", "Conflicts with the current state (the problem type names the rule)"));
    }
    if writes && !token_endpoint {
        errors.push(("413", "The body is too large"));
        errors.push(("415", "The body is not JSON"));
    }
    let conditional = operation
        .parameters
        .as_ref()
        .is_some_and(|parameters| parameters.iter().any(|p| p.name.eq_ignore_ascii_case("If-Match")));
    if method == "patch" || conditional {
        errors.push(("412", "`If-Match` does not match the current ETag"));
    }
    errors.push(("500", "A fault of the service"));
    errors.push(("503", "The database does not answer"));
    let problem = || ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build();
    for (status, description) in errors {
        operation.responses.responses.entry(status.to_string()).or_insert_with(|| {
            RefOr::T(
                ResponseBuilder::new().description(description).content(api_types::PROBLEM_JSON, problem()).build(),
            )
        });
    }
    // What an annotation leaves out of an error response (a 429 says only when it happens): the
    // problem body, and the headers its status carries.
    for (status, response) in operation.responses.responses.iter_mut() {
        let RefOr::T(response) = response else { continue };
        if (status.starts_with('4') || status.starts_with('5')) && response.content.is_empty() {
            response.content.insert(api_types::PROBLEM_JSON.into(), problem());
        }
        let header = match status.as_str() {
            "401" => Some((
                "WWW-Authenticate",
                "The challenge (RFC 6750 §3): `Bearer` when no token was sent; `Bearer error=\"invalid_token\", error_description=\"…\"` for one that was refused (expired, malformed, of a disabled account or API client): get a new token",
            )),
            "403" if secured => Some((
                "WWW-Authenticate",
                "For an API client's token without a scope the operation needs: `Bearer error=\"insufficient_scope\", scope=\"…\"`",
            )),
            "429" => Some(("Retry-After", "Seconds to wait before trying again (RFC 9110)")),
            "503" => Some(("Retry-After", "Seconds after which the service expects to answer again (RFC 9110)")),
            _ => None,
        };
        if let Some((name, description)) = header {
            response.headers.entry(name.into()).or_insert_with(|| string_header(description));
        }
    }
}

/// Every JSON `GET` (and every calendar feed) answers with an `ETag` and honours `If-None-Match`
/// with 304 (`middleware::conditional_get`, `http::calendar_response`); the document says so on
/// each.
fn document_conditional_get(operation: &mut Operation) {
    let Some(RefOr::T(ok)) = operation.responses.responses.get_mut("200") else {
        return;
    };
    // Calendar feeds answer their conditional requests themselves (`http::calendar_response`).
    if !ok
        .content
        .keys()
        .any(|media| media == "application/json" || media.ends_with("+json") || media == "text/calendar")
    {
        return;
    }
    let etag = "Strong ETag of this answer; send it as `If-None-Match` to get 304 while nothing changed";
    ok.headers.entry("ETag".into()).or_insert_with(|| string_header(etag));
    let not_modified = operation.responses.responses.entry("304".into()).or_insert_with(|| {
        RefOr::T(
            ResponseBuilder::new().description("Not modified: `If-None-Match` names the current ETag; no body").build(),
        )
    });
    if let RefOr::T(not_modified) = not_modified {
        not_modified.headers.entry("ETag".into()).or_insert_with(|| string_header("The current ETag"));
    }
    let parameter = utoipa::openapi::path::ParameterBuilder::new()
        .name("If-None-Match")
        .parameter_in(utoipa::openapi::path::ParameterIn::Header)
        .required(utoipa::openapi::Required::False)
        .description(Some("ETags of answers the client has: 304 when one of them is still current (RFC 9110 §13.1.2)"))
        .schema(Some(utoipa::openapi::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::String)))
        .build();
    let parameters = operation.parameters.get_or_insert_with(Vec::new);
    if !parameters.iter().any(|p| p.name == "If-None-Match") {
        parameters.push(parameter);
    }
}

fn string_header(description: &str) -> utoipa::openapi::header::Header {
    HeaderBuilder::new()
        .schema(utoipa::openapi::ObjectBuilder::new().schema_type(utoipa::openapi::schema::Type::String))
        .description(Some(description))
        .build()
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

/// utoipa inlines the item schema of a generic (`Page<Group>`'s items are a copy of `Group`), so a
/// generated client would get an anonymous duplicate model per page. Every inline copy of a named
/// object schema becomes a `$ref` to it; its description, when it has its own, stays beside it.
fn reference_inlined_schemas(openapi: &mut utoipa::openapi::OpenApi) {
    use serde_json::Value;
    let Ok(mut json) = serde_json::to_value(&*openapi) else {
        return;
    };
    let without_description = |schema: &Value| {
        let mut schema = schema.clone();
        if let Some(object) = schema.as_object_mut() {
            object.remove("description");
        }
        schema
    };
    let named: Vec<(String, Value)> = json["components"]["schemas"]
        .as_object()
        .map(|schemas| {
            schemas
                .iter()
                .filter(|(_, s)| s.get("properties").is_some())
                .map(|(name, s)| (name.clone(), without_description(s)))
                .collect()
        })
        .unwrap_or_default();
    fn replace(value: &mut Value, named: &[(String, Value)], strip: &dyn Fn(&Value) -> Value, root: bool) {
        if !root && value.get("properties").is_some() {
            let bare = strip(value);
            if let Some((name, _)) = named.iter().find(|(_, schema)| *schema == bare) {
                let mut reference = serde_json::Map::new();
                reference.insert("$ref".into(), Value::String(format!("#/components/schemas/{name}")));
                if let Some(description) = value.get("description") {
                    reference.insert("description".into(), description.clone());
                }
                *value = Value::Object(reference);
                return;
            }
        }
        match value {
            Value::Object(members) => members.values_mut().for_each(|v| replace(v, named, strip, false)),
            Value::Array(items) => items.iter_mut().for_each(|v| replace(v, named, strip, false)),
            _ => {}
        }
    }
    if let Some(schemas) = json["components"]["schemas"].as_object_mut() {
        for schema in schemas.values_mut() {
            replace(schema, &named, &without_description, true);
        }
    }
    replace(&mut json["paths"], &named, &without_description, true);
    if let Ok(document) = serde_json::from_value(json) {
        *openapi = document;
    }
}
