//! Handlers of `people`, with their OpenAPI annotations.

use std::collections::HashSet;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{NewPerson, Page, Person, PersonId, PersonPatch};
use serde::Deserialize;

use super::store::{self, PersonRow};
use super::{rules, Ports};
use crate::access::{self, policy, Caller, Principal};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, ChangesParams, IfMatch, PageParams};
use crate::web::state::AppState;

/// The representations of rows for the caller: contact details where the policy allows, whether
/// each has an account, and whether each completed a training. Three reads for the whole list.
fn to_people(conn: &mut DbConnection, caller: &Caller, ports: &Ports, rows: Vec<PersonRow>) -> ApiResult<Vec<Person>> {
    let co_members: HashSet<PersonId> = match caller.person() {
        Some(person) if !person.sees_everything() => (ports.co_members)(conn, person)?,
        _ => HashSet::new(),
    };
    let ids: Vec<PersonId> = rows.iter().map(|r| r.id).collect();
    let with_account = access::people_with_account(conn, &ids)?;
    let trained = (ports.completed)(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let visible = policy::sees_contact_details(caller, &row.id, co_members.contains(&row.id));
            let (has_account, completed) = (with_account.contains(&row.id), trained.contains(&row.id));
            row.into_person(visible, has_account, completed)
        })
        .collect())
}

fn load(conn: &mut DbConnection, caller: &Caller, ports: &Ports, id: &PersonId) -> ApiResult<Person> {
    let row = store::find(conn, id)?.ok_or_else(|| ApiError::NotFound("No person with this id.".into()))?;
    to_people(conn, caller, ports, vec![row])?.pop().ok_or_else(|| ApiError::Internal("person vanished".into()))
}

/// Filters of `GET /people`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct PersonFilter {
    /// Only people whose name contains this text (case-insensitive).
    name: Option<String>,
}

/// List people
///
/// List people. Every account sees names (to pick a member); contact details follow the rules
/// above. An API client needs `personal_data` besides `read`, and then sees every contact detail.
#[utoipa::path(
    get,
    path = "/people", tag = "people",
    params(PersonFilter, PageParams, ChangesParams),
    responses((status = 200, description = "A page of people", body = Page<Person>)),
    security(("bearer" = []), ("oauth2" = ["read", "personal_data"]))
)]
pub async fn list_people(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    req: HttpRequest,
    caller: Caller,
) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<PersonFilter>(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let rows = store::page(conn, filter.name.as_deref(), &request)?;
            to_people(conn, &caller, &ports, rows)
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::changes_page(&req, &request, items, |p| (p.id.to_string(), p.updated_at))))
}

/// Create a person
///
/// Create a person (any account: a connector adds a neighbour who joins the group). A member
/// does not need an account.
#[utoipa::path(
    post,
    path = "/people", tag = "people",
    request_body = NewPerson,
    responses((status = 201, description = "The person was created", body = Person,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_person(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    caller: Principal,
    body: ValidJson<NewPerson>,
) -> ApiResult<HttpResponse> {
    let new = body.0;
    let person = db::run_write(&state.pool, move |conn| {
        let id = store::insert(conn, &new, Some(&caller.account_id))?;
        let mut person = load(conn, &Caller::Person(caller), &ports, &id)?;
        // The creator has just typed these details in: show them back even to a connector.
        if !person.contact_details_visible {
            person.email = rules::stored_email(new.email.as_deref());
            person.phone = rules::stored_text(new.phone.as_deref());
            person.postcode = rules::stored_text(new.postcode.as_deref());
        }
        Ok(person)
    })
    .await?;
    Ok(http::created(format!("/api/v1/people/{}", person.id), &person))
}

/// Read a person
///
/// Read a person; contact details only for callers allowed to see them. An API client needs
/// `personal_data` besides `read`.
#[utoipa::path(
    get,
    path = "/people/{id}", tag = "people",
    params(("id" = uuid::Uuid, Path, description = "Person id")),
    responses((status = 200, description = "The person", body = Person)),
    security(("bearer" = []), ("oauth2" = ["read", "personal_data"]))
)]
pub async fn get_person(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: PersonId = http::id(&id)?;
    let person = db::run(&state.pool, move |conn| load(conn, &caller, &ports, &id)).await?;
    Ok(http::ok_with_etag(&person))
}

/// Change a person
///
/// Change a person (JSON merge patch): coordinators and admins, the person themself, and current
/// members of a group the person belongs to.
#[utoipa::path(
    patch,
    path = "/people/{id}", tag = "people",
    params(("id" = uuid::Uuid, Path, description = "Person id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = PersonPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed person", body = Person,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_person(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<PersonPatch>,
) -> ApiResult<HttpResponse> {
    let id: PersonId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let caller = Caller::Person(caller);
    let person = db::run_write(&state.pool, move |conn| {
        let current = load(conn, &caller, &ports, &id)?;
        // Whoever may see the details may change them.
        if !current.contact_details_visible {
            return Err(ApiError::Forbidden("You can only change people in your own groups.".into()));
        }
        if_match.check(&current)?;
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &patch)?;
            load(conn, &caller, &ports, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&person))
}

crate::operations! {
    /// The operations of people: one list for their routes and their part of the OpenAPI document.
    pub struct PeopleApi;
    list_people, create_person, get_person, patch_person,
}
