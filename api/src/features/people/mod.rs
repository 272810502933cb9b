//! `people`: residents and professionals. Contact details are shown only to callers allowed to
//! see them (DESIGN.md §5): coordinators and admins, the person themself, and current members of a
//! group the person currently belongs to.

use std::collections::HashSet;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{ContactPreference, NewPerson, Page, Person, PersonPatch};
use diesel::prelude::*;
use serde::Deserialize;

use crate::access::Caller;
use crate::db::schema::{accounts, memberships, people};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::groups::is_current;
use crate::features::trainings::people_who_completed;
use crate::web::body::blank_to_none;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = people)]
struct PersonRow {
    id: String,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    postcode: Option<String>,
    contact_preference: ContactPreference,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
}

/// Who the caller may see the contact details of: `None` means everyone.
fn visible_people(conn: &mut DbConnection, caller: &Caller) -> ApiResult<Option<HashSet<String>>> {
    if caller.sees_everything() {
        return Ok(None);
    }
    let group_ids = caller.current_group_ids(conn)?;
    let mut ids: HashSet<String> = memberships::table
        .filter(memberships::group_id.eq_any(&group_ids))
        .filter(is_current(db::today()))
        .select(memberships::person_id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    ids.extend(caller.person_id.clone());
    Ok(Some(ids))
}

fn to_person(row: PersonRow, visible: bool, has_account: bool, training_completed: bool) -> Person {
    Person {
        id: http::uuid(&row.id),
        name: row.name,
        email: row.email.filter(|_| visible),
        phone: row.phone.filter(|_| visible),
        postcode: row.postcode.filter(|_| visible),
        contact_preference: row.contact_preference,
        contact_details_visible: visible,
        has_account,
        training_completed,
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    }
}

fn load_person(conn: &mut DbConnection, caller: &Caller, id: &str) -> ApiResult<Person> {
    let row: PersonRow = people::table
        .find(id)
        .select(PersonRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No person with this id.".into()))?;
    let visible = visible_people(conn, caller)?.is_none_or(|ids| ids.contains(id));
    let has_account: i64 = accounts::table.filter(accounts::person_id.eq(id)).count().get_result(conn)?;
    let trained = people_who_completed(conn, std::slice::from_ref(&row.id))?.contains(&row.id);
    Ok(to_person(row, visible, has_account > 0, trained))
}

/// Filters of `GET /people`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct PersonFilter {
    /// Only people whose name contains this text (case-insensitive).
    name: Option<String>,
}

/// List people. Every account sees names (to pick a member); contact details follow the rules above.
#[utoipa::path(
    get,
    path = "/people", tag = "people",
    params(PersonFilter, PageParams),
    responses((status = 200, description = "A page of people", body = Page<Person>)),
    security(("bearer" = []))
)]
pub async fn list_people(state: web::Data<AppState>, req: HttpRequest, caller: Caller) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<PersonFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = people::table
                .select(PersonRow::as_select())
                .order(people::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(name) = filter.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                let pattern = format!(
                    "%{}%",
                    // LIKE wildcards in the filter are taken literally by dropping them.
                    name.to_lowercase().replace(['\\', '%', '_'], "")
                );
                query = query.filter(lower(people::name).like(pattern));
            }
            if let Some(after) = &request.after {
                query = query.filter(people::id.gt(after.clone()));
            }
            let rows: Vec<PersonRow> = query.load(conn)?;
            let visible = visible_people(conn, &caller)?;
            let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
            let with_account: HashSet<String> = accounts::table
                .filter(accounts::person_id.eq_any(&ids))
                .select(accounts::person_id.assume_not_null())
                .load::<String>(conn)?
                .into_iter()
                .collect();
            let trained = people_who_completed(conn, &ids)?;
            Ok(rows
                .into_iter()
                .map(|row| {
                    let shown = visible.as_ref().is_none_or(|ids| ids.contains(&row.id));
                    let has_account = with_account.contains(&row.id);
                    let trained = trained.contains(&row.id);
                    to_person(row, shown, has_account, trained)
                })
                .collect::<Vec<_>>())
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |p| p.id.to_string())))
}

use sql::lower;

mod sql {
    #![allow(missing_docs)]
    diesel::define_sql_function!(
        /// SQL `lower(text)`, on both backends.
        fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text
    );
}

/// Inserts a person entered by the caller within the caller's transaction; returns the new id.
/// Used by `create_person` and by a candidate's enrolment.
pub fn insert_person(conn: &mut DbConnection, caller: &Caller, new: &NewPerson) -> ApiResult<String> {
    let id = http::new_id();
    let now = db::now();
    diesel::insert_into(people::table)
        .values((
            people::id.eq(&id),
            people::name.eq(new.name.trim()),
            people::email.eq(blank_to_none(new.email.as_deref()).map(|e| e.to_lowercase())),
            people::phone.eq(blank_to_none(new.phone.as_deref())),
            people::postcode.eq(blank_to_none(new.postcode.as_deref())),
            people::contact_preference.eq(new.contact_preference.unwrap_or(ContactPreference::InPerson)),
            people::created_at.eq(now),
            people::updated_at.eq(now),
            people::created_by.eq(&caller.account_id),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Create a person (any account: a connector adds a neighbour who joins the group). A member
/// does not need an account.
#[utoipa::path(
    post,
    path = "/people", tag = "people",
    request_body = NewPerson,
    responses((status = 201, description = "The person was created", body = Person)),
    security(("bearer" = []))
)]
pub async fn create_person(
    state: web::Data<AppState>,
    caller: Caller,
    body: ValidJson<NewPerson>,
) -> ApiResult<HttpResponse> {
    let new = body.0;
    let person = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let id = insert_person(conn, &caller, &new)?;
            let mut person = load_person(conn, &caller, &id)?;
            // The creator has just typed these details in: show them back even to a connector.
            if !person.contact_details_visible {
                person.email = blank_to_none(new.email.as_deref()).map(|e| e.to_lowercase());
                person.phone = blank_to_none(new.phone.as_deref());
                person.postcode = blank_to_none(new.postcode.as_deref());
            }
            Ok(person)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/people/{}", person.id), &person))
}

/// Read a person; contact details only for callers allowed to see them.
#[utoipa::path(
    get,
    path = "/people/{id}", tag = "people",
    params(("id" = uuid::Uuid, Path, description = "Person id")),
    responses((status = 200, description = "The person", body = Person)),
    security(("bearer" = []))
)]
pub async fn get_person(state: web::Data<AppState>, caller: Caller, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "person")?;
    let person = db::run(&state.pool, move |conn| load_person(conn, &caller, &id)).await?;
    Ok(http::ok_with_etag(&person))
}

/// Change a person (JSON merge patch): coordinators and admins, the person themself, and current
/// members of a group the person belongs to.
#[utoipa::path(
    patch,
    path = "/people/{id}", tag = "people",
    params(("id" = uuid::Uuid, Path, description = "Person id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = PersonPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed person", body = Person)),
    security(("bearer" = []))
)]
pub async fn patch_person(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<PersonPatch>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "person")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let person = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let current = load_person(conn, &caller, &id)?;
            if !current.contact_details_visible {
                return Err(ApiError::Forbidden("You can only change people in your own groups.".into()));
            }
            if_match.check(&current)?;
            diesel::update(people::table.find(&id))
                .set((
                    patch.name.as_deref().map(|n| people::name.eq(n.trim().to_string())),
                    patch
                        .email
                        .as_ref()
                        .map(|e| people::email.eq(blank_to_none(e.as_deref()).map(|e| e.to_lowercase()))),
                    patch.phone.as_ref().map(|p| people::phone.eq(blank_to_none(p.as_deref()))),
                    patch.postcode.as_ref().map(|p| people::postcode.eq(blank_to_none(p.as_deref()))),
                    patch.contact_preference.map(|c| people::contact_preference.eq(c)),
                    people::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            load_person(conn, &caller, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&person))
}

/// Registers this module's handlers; one resource per path, so a wrong method gets 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/people").get(list_people).post(create_person))
        .service(web::resource("/people/{id}").get(get_person).patch(patch_person));
}
