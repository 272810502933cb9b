//! Registrations: residents sign up for a public event without an account
//! (`public/events/{id}/registrations`), within its capacity or on its waiting list, and keep a
//! personal link to look at or cancel their sign-up (`public/registrations/{token}`). Members see
//! and check in the registrations of their group's events (`events/{id}/registrations`).
//!
//! Capacity holds under concurrent sign-ups: each sign-up takes the event's row lock (PostgreSQL)
//! or the database's write lock (SQLite) before it counts the places taken.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    EventId, NewRegistration, Page, Registration, RegistrationId, RegistrationPatch, RegistrationReceipt,
    RegistrationStatus,
};
use serde::Deserialize;

use super::store::{self, RegistrationRow};
use super::{load_public_row, load_row, promote_waiting, require_manager, rules, Ports, SignUp};
use crate::access::{tokens, Principal};
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::web::body::{blank_to_none, ValidJson};
use crate::web::http::{self, PageParams};
use crate::web::state::AppState;
use api_types::ProblemCode;

/// Place on the waiting list (1 is next) of a waiting registration: ids are time-ordered, so
/// earlier sign-ups sort first.
fn waiting_position(conn: &mut DbConnection, row: &RegistrationRow) -> ApiResult<Option<i64>> {
    if row.status != RegistrationStatus::Waitlisted {
        return Ok(None);
    }
    Ok(Some(store::waiting_ahead(conn, row)? + 1))
}

fn to_registration(row: RegistrationRow, waiting_list_position: Option<i64>) -> Registration {
    Registration {
        id: row.id.uuid(),
        event_id: row.event_id.uuid(),
        status: row.status,
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
    let event = load_row(conn, &row.event_id)?;
    let position = waiting_position(conn, &row)?;
    Ok(RegistrationReceipt {
        token,
        event_id: event.id.uuid(),
        event_title: event.title.clone(),
        starts_at: event.local_start(),
        ends_at: event.local_end(),
        location: event.location(),
        name: row.name.clone(),
        number_of_people: row.number_of_people,
        status: row.status,
        waiting_list_position: position,
        event_status: event.status,
        cancellation_reason: event.cancellation_reason.clone(),
        moved_from: event.moved_from.map(crate::local_time::local),
    })
}

fn load_registration(conn: &mut DbConnection, id: &RegistrationId) -> ApiResult<RegistrationRow> {
    store::find_registration(conn, id)?.ok_or_else(|| ApiError::NotFound("No registration with this id.".into()))
}

fn by_token(conn: &mut DbConnection, token: &str) -> ApiResult<RegistrationRow> {
    store::registration_by_token(conn, &tokens::secret_hash(token))?
        .ok_or_else(|| ApiError::NotFound("This link is not (or no longer) valid.".into()))
}

/// Cancels a registration and gives its places to the waiting list (with the event's lock held).
fn cancel(conn: &mut DbConnection, row: &RegistrationRow) -> ApiResult<()> {
    if row.status == RegistrationStatus::Cancelled {
        return Ok(());
    }
    store::set_registration_status(conn, &row.id, RegistrationStatus::Cancelled)?;
    promote_waiting(conn, &row.event_id)
}

/// Signs a resident up for a public event, by the rules of the public sign-up: within the
/// capacity or at the back of the waiting list, contact details only with consent, a candidate
/// made at a residents' evening. Takes the event's lock. Returns the registration and its personal
/// token (shown once).
fn sign_up(
    conn: &mut DbConnection,
    ports: &Ports,
    id: &EventId,
    new: &NewRegistration,
) -> ApiResult<(RegistrationId, String)> {
    let event = load_row(conn, id)?;
    let errors = rules::check_sign_up(new, event.event_type);
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    store::lock(conn, id)?;
    let event = load_row(conn, id)?;
    if !rules::registration_open(&event, db::now()) {
        return Err(ApiError::conflict(
            ProblemCode::RegistrationClosed,
            "Signing up is not possible for this event: it is cancelled, has started, or is a weekly meeting you can just walk in to.",
        ));
    }
    let people = new.number_of_people.unwrap_or(1);
    if let Some(capacity) = event.capacity.filter(|c| people > *c) {
        return Err(ApiError::invalid(
            "/numberOfPeople",
            "range",
            format!("This event has room for {capacity} people in all; sign up with fewer."),
        ));
    }
    let token = tokens::new_link_token();
    let email = blank_to_none(new.email.as_deref()).map(|e| e.to_lowercase());
    let phone = blank_to_none(new.phone.as_deref());
    let registration_id = store::insert_registration(
        conn,
        &store::NewRegistrationRow {
            event_id: id,
            name: new.name.trim(),
            email: email.as_deref(),
            phone: phone.as_deref(),
            number_of_people: people,
            wants_to_become_connector: new.wants_to_become_connector,
            token_hash: &tokens::secret_hash(&token),
        },
    )?;
    // Every sign-up joins the back of the queue; it gets a place when one is free, by the
    // same rule as when someone cancels.
    promote_waiting(conn, id)?;
    let sign_up = SignUp {
        registration_id,
        event_id: *id,
        name: new.name.trim().to_string(),
        email,
        phone,
        wants_to_become_connector: new.wants_to_become_connector,
        motivation: blank_to_none(new.motivation.as_deref()),
    };
    (ports.signed_up)(conn, &sign_up)?;
    Ok((registration_id, token))
}

/// Sign up for a public event
///
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
    responses(
        (status = 201, description = "Signed up, or on the waiting list", body = RegistrationReceipt,
         headers(("Location" = String, description = "Where the new resource is"))),
        (status = 429, description = "Too many requests from this address; see `Retry-After`"),
    ),
)]
pub async fn register(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    req: HttpRequest,
    id: web::Path<String>,
    body: ValidJson<NewRegistration>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let id: EventId = http::id(&id)?;
    let new = body.0;
    let receipt = db::run_write(&state.pool, move |conn| {
        // A members-only event does not exist for the public.
        load_public_row(conn, &id)?;
        let (registration_id, token) = sign_up(conn, &ports, &id, &new)?;
        let row = load_registration(conn, &registration_id)?;
        receipt(conn, token, row)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((actix_web::http::header::LOCATION, format!("/api/v1/public/registrations/{}", receipt.token)))
        .json(receipt))
}

/// Read one's own sign-up
///
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

/// Cancel one's own sign-up
///
/// Cancel one's own sign-up through the personal link; the place goes to the waiting list.
/// Cancelling twice changes nothing. Rate-limited per client address.
#[utoipa::path(
    delete, path = "/public/registrations/{token}", tag = "public",
    params(("token" = String, Path, description = "The personal token from the sign-up")),
    responses(
        (status = 200, description = "The sign-up, now cancelled", body = RegistrationReceipt),
        (status = 429, description = "Too many requests from this address; see `Retry-After`"),
    ),
)]
pub async fn cancel_own_registration(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let token = token.into_inner();
    let receipt = db::run_write(&state.pool, move |conn| {
        let row = by_token(conn, &token)?;
        store::lock(conn, &row.event_id)?;
        cancel(conn, &row)?;
        let row = load_registration(conn, &row.id)?;
        receipt(conn, token, row)
    })
    .await?;
    Ok(HttpResponse::Ok().json(receipt))
}

/// Filters of `GET /events/{id}/registrations`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct RegistrationFilter {
    /// Only registrations with this status.
    status: Option<RegistrationStatus>,
}

/// List an event's registrations
///
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
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: EventId = http::id(&id)?;
    let (filter, request) = http::list_query::<RegistrationFilter>(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let event = load_row(conn, &id)?;
            require_manager(conn, &caller, &event)?;
            let rows = store::registration_page(conn, &id, filter.status, &request)?;
            // Positions follow from the order of the waiting ones, counted once for the page.
            let waiting = store::waiting_list(conn, &id)?;
            Ok(rows
                .into_iter()
                .map(|row| {
                    let position = waiting.iter().position(|(w, _)| *w == row.id).map(|p| p as i64 + 1);
                    to_registration(row, position)
                })
                .collect::<Vec<_>>())
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |r| r.id.to_string())))
}

/// Sign a resident up on their behalf
///
/// Record a sign-up for a resident who phoned in or came by (the group's members, coordinators
/// and admins), by the same rules as the public sign-up: within the capacity or on the waiting
/// list, contact details only with the resident's consent. The resident gets no personal link;
/// members cancel for them (`PATCH …/registrations/{registrationId}`). 409 when sign-up is closed
/// (a members-only event, cancelled, a series, or already started).
#[utoipa::path(
    post, path = "/events/{id}/registrations", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id")),
    request_body = NewRegistration,
    responses((status = 201, description = "Signed up, or on the waiting list", body = Registration,
               headers(("Location" = String, description = "The registration")))),
    security(("bearer" = []))
)]
pub async fn record_registration(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewRegistration>,
) -> ApiResult<HttpResponse> {
    let id: EventId = http::id(&id)?;
    let new = body.0;
    let registration = db::run_write(&state.pool, move |conn| {
        let event = load_row(conn, &id)?;
        require_manager(conn, &caller, &event)?;
        let (registration_id, _) = sign_up(conn, &ports, &id, &new)?;
        let row = load_registration(conn, &registration_id)?;
        let position = waiting_position(conn, &row)?;
        Ok(to_registration(row, position))
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/api/v1/events/{}/registrations/{}", registration.event_id, registration.id),
        ))
        .json(registration))
}

/// Check a resident in
///
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
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<RegistrationPatch>,
) -> ApiResult<HttpResponse> {
    let (id, registration_id): (EventId, RegistrationId) = http::ids(path)?;
    let patch = body.0;
    let registration = db::run_write(&state.pool, move |conn| {
        store::lock(conn, &id)?;
        let event = load_row(conn, &id)?;
        require_manager(conn, &caller, &event)?;
        let row = load_registration(conn, &registration_id)?;
        if row.event_id != id {
            return Err(ApiError::NotFound("No registration with this id for this event.".into()));
        }
        match patch.status {
            None => {}
            Some(RegistrationStatus::Cancelled) => cancel(conn, &row)?,
            Some(status) if status == row.status => {}
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
            let current = load_registration(conn, &registration_id)?.status;
            if checked_in && current != RegistrationStatus::Confirmed {
                return Err(ApiError::conflict(
                    ProblemCode::RegistrationNotConfirmed,
                    "Only registrations with a place can be checked in; this one is cancelled or waiting.",
                ));
            }
            let at = checked_in.then(|| row.checked_in_at.unwrap_or_else(db::now));
            store::set_checked_in(conn, &row.id, at)?;
        }
        let row = load_registration(conn, &registration_id)?;
        let position = waiting_position(conn, &row)?;
        Ok(to_registration(row, position))
    })
    .await?;
    Ok(HttpResponse::Ok().json(registration))
}

crate::operations! {
    /// The operations of registrations: one list for their routes and their part of the OpenAPI document.
    pub struct RegistrationsApi;
    list_registrations, record_registration, patch_registration, register, get_own_registration,
    cancel_own_registration,
}
