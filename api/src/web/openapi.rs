//! The OpenAPI 3 document, generated from the handlers' annotations and completed in one place
//! with what every operation shares: the `API-Version` header on success, problem-details error
//! responses, and the bearer security scheme.

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use crate::features::{
    accounts, candidates, events, faq, groups, neighbourhoods, organisations, people, questions, registrations,
    trainings,
};

/// The API's OpenAPI document; `buurtverbinders openapi` prints it, CI compares it with the
/// committed `openapi/openapi.json`.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Buurtverbinders API",
        description = "The API of Buurtverbinders, the platform of Dutch neighbourhood-connector programmes: \
groups of 5–8 trained residents and 1–2 professionals, their members, and the three-day training planned \
with its participants, events and their registrations, the candidates a residents' evening brings in, and resident questions with warm referrals. \
Everything under `/public` is for residents without an account.\n\n\
Follows the Dutch government's REST API Design Rules (ADR 2.2), with one documented deviation: resource names \
are English, as the product's design names them. Errors are RFC 9457 problem details. Collections are \
keyset-paginated with `pageSize` (1–100, default 20) and an opaque `cursor`; writes use JSON merge patch and \
`If-Match` (412 on a lost update).",
        contact(name = "Buurtverbinders", email = "api@buurtverbinders.nl", url = "https://buurtverbinders.nl"),
        license(name = "EUPL-1.2")
    ),
    servers((url = "/api/v1", description = "This installation")),
    paths(
        crate::web::health::health,
        accounts::login, accounts::refresh, accounts::logout, accounts::me,
        accounts::list_accounts, accounts::create_account, accounts::get_account, accounts::patch_account,
        neighbourhoods::list_neighbourhoods, neighbourhoods::create_neighbourhood,
        neighbourhoods::get_neighbourhood, neighbourhoods::patch_neighbourhood,
        people::list_people, people::create_person, people::get_person, people::patch_person,
        groups::list_groups, groups::create_group, groups::get_group, groups::patch_group,
        groups::list_members, groups::add_member, groups::get_member, groups::patch_member,
        trainings::list_trainings, trainings::create_training, trainings::get_training, trainings::patch_training,
        trainings::list_participants, trainings::add_participants, trainings::remove_participant,
        trainings::record_availability, trainings::list_date_options, trainings::add_date_option,
        trainings::remove_date_option, trainings::availability_grid, trainings::proposal, trainings::confirm,
        trainings::list_sessions, trainings::move_session, trainings::get_attendance, trainings::record_attendance,
        trainings::training_calendar, trainings::get_invitation, trainings::answer_invitation,
        trainings::invitation_calendar,
        events::list_events, events::create_event, events::get_event, events::patch_event,
        events::list_occurrences, events::patch_occurrence, events::group_calendar,
        registrations::list_registrations, registrations::patch_registration,
        candidates::list_candidates, candidates::create_candidate, candidates::get_candidate,
        candidates::patch_candidate, candidates::enrol, candidates::residents_evenings,
        events::list_public_occurrences, events::get_public_event, registrations::register,
        registrations::get_own_registration, registrations::cancel_own_registration,
        events::public_calendar, events::public_group_calendar,
        questions::list_questions, questions::create_question, questions::get_question, questions::patch_question,
        questions::question_history, questions::list_referrals, questions::create_referral, questions::get_referral,
        questions::patch_referral,
        organisations::list_organisations, organisations::create_organisation, organisations::get_organisation,
        organisations::patch_organisation,
        faq::list_faq, faq::create_faq_item, faq::get_faq_item, faq::patch_faq_item, faq::delete_faq_item,
        groups::public_group, questions::ask_publicly, questions::track, faq::public_faq,
    ),
    components(schemas(api_types::Problem, api_types::InvalidParam)),
    modifiers(&Conventions),
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
        (name = "public", description = "For residents without an account: the agenda, signing up, feeds"),
        (name = "health", description = "Service health"),
    )
)]
pub struct ApiDoc;

struct Conventions;

impl Modify for Conventions {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
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
                    complete(path, method, has_path_params, operation);
                }
            }
        }
    }
}

fn complete(path: &str, method: &str, has_path_params: bool, operation: &mut Operation) {
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
    let names: Vec<String> = openapi
        .components
        .as_ref()
        .map(|c| c.schemas.keys().filter(|k| k.starts_with("Page_")).cloned().collect())
        .unwrap_or_default();
    for name in names {
        let renamed = format!("{}Page", &name["Page_".len()..]);
        json = json.replace(&format!("\"{name}\""), &format!("\"{renamed}\""));
        json = json.replace(&format!("/{name}\""), &format!("/{renamed}\""));
    }
    if let Ok(document) = serde_json::from_str(&json) {
        *openapi = document;
    }
}
