//! Registrations: residents sign up for a public event without an account
//! (`public/events/{id}/registrations`), within its capacity or on its waiting list, and keep a
//! personal link to look at or cancel their sign-up (`public/registrations/{token}`). Members see
//! and check in the registrations of their group's events (`events/{id}/registrations`).
//!
//! Capacity holds under concurrent sign-ups: each sign-up takes the event's row lock (PostgreSQL)
//! or the database's write lock (SQLite) before it counts the places taken.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{
    CandidateStatus, EventType, NewRegistration, Page, Registration, RegistrationPatch, RegistrationReceipt,
    RegistrationStatus,
};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::access::Caller;
use crate::db::schema::{candidate_notes, candidates, registrations};
use crate::db::{self, DbConnection};
use crate::error::invalid;
use crate::error::{ApiError, ApiResult};
use crate::features::events::{self, EventRow};
use crate::web::body::blank_to_none;
use crate::web::body::ValidJson;
use crate::web::http::{self, PageParams};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = registrations)]
struct RegistrationRow {
    id: String,
    event_id: String,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    contact_consent_at: Option<NaiveDateTime>,
    number_of_people: i32,
    status: RegistrationStatus,
    wants_to_become_connector: bool,
    checked_in_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl RegistrationRow {
    fn status(&self) -> RegistrationStatus {
        self.status
    }
}

/// The stored form of a personal token: its SHA-256, hex.
fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Place on the waiting list (1 is next) of a waiting registration: ids are time-ordered, so
/// earlier sign-ups sort first.
fn waiting_position(conn: &mut DbConnection, row: &RegistrationRow) -> ApiResult<Option<i64>> {
    if row.status() != RegistrationStatus::Waitlisted {
        return Ok(None);
    }
    let ahead: i64 = registrations::table
        .filter(registrations::event_id.eq(&row.event_id))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted))
        .filter(registrations::id.lt(&row.id))
        .count()
        .get_result(conn)?;
    Ok(Some(ahead + 1))
}

fn to_registration(row: RegistrationRow, waiting_list_position: Option<i64>) -> Registration {
    Registration {
        id: http::uuid(&row.id),
        event_id: http::uuid(&row.event_id),
        status: row.status(),
        name: row.name,
        email: row.email,
        phone: row.phone,
        contact_consent_at: row.contact_consent_at.map(http::utc),
        number_of_people: row.number_of_people,
        waiting_list_position,
        wants_to_become_connector: row.wants_to_become_connector,
        checked_in_at: row.checked_in_at.map(http::utc),
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    }
}

fn receipt(conn: &mut DbConnection, token: String, row: RegistrationRow) -> ApiResult<RegistrationReceipt> {
    let event = events::load_row(conn, &row.event_id)?;
    let position = waiting_position(conn, &row)?;
    Ok(RegistrationReceipt {
        token,
        event_id: http::uuid(&event.id),
        event_title: event.title.clone(),
        starts_at: event.local_start(),
        ends_at: event.local_end(),
        location: event.location(),
        name: row.name.clone(),
        number_of_people: row.number_of_people,
        status: row.status(),
        waiting_list_position: position,
    })
}

/// Moves waiting registrations up in order of sign-up while the next in line fits in the places
/// left: a waiting list is a queue, so nobody passes the family of four at its head, even when one
/// place is free. Call it with the event's lock held, after places came free or were added.
pub fn promote_waiting(conn: &mut DbConnection, event_id: &str) -> ApiResult<()> {
    let row = events::load_row(conn, event_id)?;
    let (taken, _) = events::places(conn, std::slice::from_ref(&row.id))?.remove(&row.id).unwrap_or_default();
    let mut free = row.capacity.map(|c| i64::from(c) - taken);
    let waiting: Vec<(String, i32)> = registrations::table
        .filter(registrations::event_id.eq(event_id))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted))
        .order(registrations::id.asc())
        .select((registrations::id, registrations::number_of_people))
        .load(conn)?;
    for (id, people) in waiting {
        // A party larger than the whole capacity (after the capacity was lowered) can never get in;
        // it must not block the people behind it.
        if row.capacity.is_some_and(|c| people > c) {
            continue;
        }
        let fits = free.is_none_or(|f| i64::from(people) <= f);
        if !fits {
            break;
        }
        diesel::update(registrations::table.find(&id))
            .set((registrations::status.eq(RegistrationStatus::Confirmed), registrations::updated_at.eq(db::now())))
            .execute(conn)?;
        free = free.map(|f| f - i64::from(people));
    }
    Ok(())
}

/// Sign up for a public event, without an account. Within the capacity the registration is
/// `confirmed`; when the event is full it goes on the waiting list (`waitlisted`) and moves up when
/// places come free. Email and phone only with `contactConsent`. At a residents' evening,
/// `wantsToBecomeConnector` (with an optional motivation) makes the resident a candidate. The
/// answer holds the personal `token` (shown once) for `public/registrations/{token}`.
/// Rate-limited per client address. 409 when sign-up is closed (members-only, cancelled, a
/// series, or already started).
#[utoipa::path(
    post, path = "/public/events/{id}/registrations", tag = "public",
    params(("id" = uuid::Uuid, Path, description = "Event id")),
    request_body = NewRegistration,
    responses((status = 201, description = "Signed up, or on the waiting list", body = RegistrationReceipt)),
)]
pub async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
    body: ValidJson<NewRegistration>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let id = http::path_id(&id, "event")?;
    let new = body.0;
    let receipt = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let event = events::load_public_row(conn, &id)?;
            let email = blank_to_none(new.email.as_deref()).map(|e| e.to_lowercase());
            let phone = blank_to_none(new.phone.as_deref());
            let mut errors = Vec::new();
            if (email.is_some() || phone.is_some()) && !new.contact_consent {
                errors.push(invalid("/contactConsent", "required", "Agree that the group keeps your email or phone number, or leave them out."));
            }
            let evening = event.event_type == EventType::ResidentsEvening;
            if new.wants_to_become_connector && !evening {
                errors.push(invalid("/wantsToBecomeConnector", "invalid_value", "New buurtverbinders sign up at a residents' evening."));
            }
            let motivation = blank_to_none(new.motivation.as_deref());
            if motivation.is_some() && !new.wants_to_become_connector {
                errors.push(invalid("/motivation", "invalid_value", "A motivation goes with wantsToBecomeConnector."));
            }
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            events::lock_event(conn, &id)?;
            let event: EventRow = events::load_row(conn, &id)?;
            if !event.registration_open() {
                return Err(ApiError::conflict(ProblemCode::RegistrationClosed, "Signing up is not possible for this event: it is cancelled, has started, or is a weekly meeting you can just walk in to."));
            }
            let people = new.number_of_people.unwrap_or(1);
            if let Some(capacity) = event.capacity.filter(|c| people > *c) {
                return Err(ApiError::invalid(
                    "/numberOfPeople",
                    "range",
                    format!("This event has room for {capacity} people in all; sign up with fewer."),
                ));
            }
            let token = crate::access::new_link_token();
            let registration_id = http::new_id();
            let now = db::now();
            let consent_at = (email.is_some() || phone.is_some()).then_some(now);
            diesel::insert_into(registrations::table)
                .values((
                    registrations::id.eq(&registration_id),
                    registrations::event_id.eq(&id),
                    registrations::name.eq(new.name.trim()),
                    registrations::email.eq(&email),
                    registrations::phone.eq(&phone),
                    registrations::contact_consent_at.eq(consent_at),
                    registrations::number_of_people.eq(people),
                    // Every sign-up joins the back of the queue; `promote_waiting` below gives it a place
                    // when one is free, by the same rule as when someone cancels.
                    registrations::status.eq(RegistrationStatus::Waitlisted),
                    registrations::wants_to_become_connector.eq(new.wants_to_become_connector),
                    registrations::token_hash.eq(token_hash(&token)),
                    registrations::created_at.eq(now),
                    registrations::updated_at.eq(now),
                ))
                .execute(conn)?;
            promote_waiting(conn, &id)?;
            if new.wants_to_become_connector {
                let candidate_id = http::new_id();
                diesel::insert_into(candidates::table)
                    .values((
                        candidates::id.eq(&candidate_id),
                        candidates::registration_id.eq(&registration_id),
                        candidates::event_id.eq(&id),
                        candidates::name.eq(new.name.trim()),
                        candidates::email.eq(&email),
                        candidates::phone.eq(&phone),
                        candidates::motivation.eq(&motivation),
                        candidates::status.eq(CandidateStatus::Interested),
                        candidates::created_at.eq(now),
                        candidates::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                diesel::insert_into(candidate_notes::table)
                    .values((
                        candidate_notes::id.eq(http::new_id()),
                        candidate_notes::candidate_id.eq(&candidate_id),
                        candidate_notes::to_status.eq(CandidateStatus::Interested),
                        candidate_notes::created_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            let row = load_registration(conn, &registration_id)?;
            receipt(conn, token, row)
        })
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((actix_web::http::header::LOCATION, format!("/api/v1/public/registrations/{}", receipt.token)))
        .json(receipt))
}

fn load_registration(conn: &mut DbConnection, id: &str) -> ApiResult<RegistrationRow> {
    registrations::table
        .find(id)
        .select(RegistrationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No registration with this id.".into()))
}

fn by_token(conn: &mut DbConnection, token: &str) -> ApiResult<RegistrationRow> {
    registrations::table
        .filter(registrations::token_hash.eq(token_hash(token)))
        .select(RegistrationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("This link is not (or no longer) valid.".into()))
}

/// A resident's own sign-up, through their personal link: the event, the status and the place on
/// the waiting list. Nothing of anyone else.
#[utoipa::path(
    get, path = "/public/registrations/{token}", tag = "public",
    params(("token" = String, Path, description = "The personal token from the sign-up")),
    responses((status = 200, description = "The sign-up", body = RegistrationReceipt)),
)]
pub async fn get_own_registration(state: web::Data<AppState>, token: web::Path<String>) -> ApiResult<HttpResponse> {
    let token = token.into_inner();
    let receipt = db::run(&state.pool, move |conn| {
        let row = by_token(conn, &token)?;
        receipt(conn, token, row)
    })
    .await?;
    Ok(HttpResponse::Ok().json(receipt))
}

/// Cancel one's own sign-up through the personal link; the place goes to the waiting list.
/// Cancelling twice changes nothing. Rate-limited per client address.
#[utoipa::path(
    delete, path = "/public/registrations/{token}", tag = "public",
    params(("token" = String, Path, description = "The personal token from the sign-up")),
    responses((status = 200, description = "The sign-up, now cancelled", body = RegistrationReceipt)),
)]
pub async fn cancel_own_registration(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let token = token.into_inner();
    let receipt = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let row = by_token(conn, &token)?;
            events::lock_event(conn, &row.event_id)?;
            cancel(conn, &row)?;
            let row = load_registration(conn, &row.id)?;
            receipt(conn, token, row)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(receipt))
}

/// Cancels a registration and gives its places to the waiting list (with the event's lock held).
fn cancel(conn: &mut DbConnection, row: &RegistrationRow) -> ApiResult<()> {
    if row.status() == RegistrationStatus::Cancelled {
        return Ok(());
    }
    diesel::update(registrations::table.find(&row.id))
        .set((registrations::status.eq(RegistrationStatus::Cancelled), registrations::updated_at.eq(db::now())))
        .execute(conn)?;
    promote_waiting(conn, &row.event_id)
}

/// Filters of `GET /events/{id}/registrations`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct RegistrationFilter {
    /// Only registrations with this status.
    status: Option<RegistrationStatus>,
}

/// The registrations of an event, in order of sign-up (the group's members, coordinators and
/// admins): the check-in list.
#[utoipa::path(
    get, path = "/events/{id}/registrations", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id"), RegistrationFilter, PageParams),
    responses((status = 200, description = "A page of registrations", body = Page<Registration>)),
    security(("bearer" = []))
)]
pub async fn list_registrations(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "event")?;
    let (filter, request) = http::list_query::<RegistrationFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let event = events::load_row(conn, &id)?;
            events::require_manager(conn, &caller, &event)?;
            let mut query = registrations::table
                .filter(registrations::event_id.eq(&id))
                .select(RegistrationRow::as_select())
                .order(registrations::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(status) = filter.status {
                query = query.filter(registrations::status.eq(status));
            }
            if let Some(after) = &request.after {
                query = query.filter(registrations::id.gt(after.clone()));
            }
            let rows: Vec<RegistrationRow> = query.load(conn)?;
            // Positions follow from the order of the waiting ones, counted once for the page.
            let waiting: Vec<String> = registrations::table
                .filter(registrations::event_id.eq(&id))
                .filter(registrations::status.eq(RegistrationStatus::Waitlisted))
                .order(registrations::id.asc())
                .select(registrations::id)
                .load(conn)?;
            Ok(rows
                .into_iter()
                .map(|row| {
                    let position = waiting.iter().position(|w| *w == row.id).map(|p| p as i64 + 1);
                    to_registration(row, position)
                })
                .collect::<Vec<_>>())
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |r| r.id.to_string())))
}

/// Check a resident in at the door (`checkedIn`; only a registration with a place, 409 otherwise),
/// or cancel a registration for them (`status: cancelled`; its places go to the waiting list). The
/// group's members, coordinators and admins.
#[utoipa::path(
    patch, path = "/events/{id}/registrations/{registrationId}", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id"),
           ("registrationId" = uuid::Uuid, Path, description = "Registration id")),
    request_body(content = RegistrationPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The registration after the change", body = Registration)),
    security(("bearer" = []))
)]
pub async fn patch_registration(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, String)>,
    body: ValidJson<RegistrationPatch>,
) -> ApiResult<HttpResponse> {
    let (id, registration_id) = http::path_ids(path, "event", "registration")?;
    let patch = body.0;
    let registration = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            events::lock_event(conn, &id)?;
            let event = events::load_row(conn, &id)?;
            events::require_manager(conn, &caller, &event)?;
            let row = load_registration(conn, &registration_id)?;
            if row.event_id != id {
                return Err(ApiError::NotFound("No registration with this id for this event.".into()));
            }
            match patch.status {
                None => {}
                Some(RegistrationStatus::Cancelled) => cancel(conn, &row)?,
                Some(status) if status == row.status() => {}
                Some(_) => {
                    return Err(ApiError::InvalidInput(vec![invalid(
                        "/status",
                        "invalid_value",
                        "Only `cancelled`: places are given in order of sign-up.",
                    )]))
                }
            }
            if let Some(checked_in) = patch.checked_in {
                // Re-read: the status may have changed above.
                let current = load_registration(conn, &registration_id)?.status();
                if checked_in && current != RegistrationStatus::Confirmed {
                    return Err(ApiError::conflict(
                        ProblemCode::RegistrationNotConfirmed,
                        "Only registrations with a place can be checked in; this one is cancelled or waiting.",
                    ));
                }
                let at = checked_in.then(|| row.checked_in_at.unwrap_or_else(db::now));
                diesel::update(registrations::table.find(&row.id))
                    .set((registrations::checked_in_at.eq(at), registrations::updated_at.eq(db::now())))
                    .execute(conn)?;
            }
            let row = load_registration(conn, &registration_id)?;
            let position = waiting_position(conn, &row)?;
            Ok(to_registration(row, position))
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(registration))
}

/// Registers this module's handlers; one resource per path, so a wrong method gets 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/events/{id}/registrations").get(list_registrations))
        .service(web::resource("/events/{id}/registrations/{registration_id}").patch(patch_registration))
        .service(web::resource("/public/events/{id}/registrations").post(register))
        .service(
            web::resource("/public/registrations/{token}").get(get_own_registration).delete(cancel_own_registration),
        );
}
