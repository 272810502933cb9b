//! `events`: residents' evenings, connector meetings at visible places, gatherings, interviews
//! and activities; weekly series with single dates cancelled or moved (`events/{id}/occurrences`);
//! the public agenda (`public/events`) and iCalendar feeds.
//!
//! Members see the events of their current groups and the neighbourhood-only events of their
//! groups' neighbourhoods; coordinators and admins see all. The public sees `public` events only,
//! under `/public/…`, without a token.

pub mod recurrence;

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{
    Event, EventPatch, EventStatus, EventType, InvalidParam, Location, NewEvent, Occurrence, OccurrenceList,
    OccurrencePatch, Page, PublicEvent, Recurrence, RegistrationStatus, Visibility, MAX_WINDOW_DAYS,
};
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use serde::Deserialize;

use crate::access::Principal;
use crate::config::Config;
use crate::db::schema::{event_occurrences, events, groups, registrations};
use crate::db::{self, DbConnection};
use crate::error::invalid;
use crate::error::{ApiError, ApiResult};
use crate::web::body::blank_to_none;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;
use recurrence::{local, local_date, stored};

/// Longest an event (or one date of a series) may last.
const MAX_DURATION_HOURS: i64 = 24;
/// How far one date of a series may be moved from the date the rule gives it.
const MAX_MOVE_DAYS: i64 = 28;
/// Dates of a series shown on its public page.
const UPCOMING_ON_PUBLIC_PAGE: usize = 8;

/// One row of `events`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = events)]
pub struct EventRow {
    /// Id.
    pub id: String,
    /// What kind of event.
    pub event_type: EventType,
    /// Title.
    pub title: String,
    description: Option<String>,
    /// First start, UTC.
    pub starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    location_name: String,
    location_address: Option<String>,
    location_postcode: Option<String>,
    location_city: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    /// Holding group.
    pub group_id: Option<String>,
    neighbourhood_id: String,
    /// Public or members only.
    pub visibility: Visibility,
    /// Capacity in people.
    pub capacity: Option<i32>,
    /// Scheduled or cancelled.
    pub status: EventStatus,
    cancellation_reason: Option<String>,
    recurrence_interval: Option<i32>,
    recurrence_until: Option<NaiveDate>,
    recurrence_count: Option<i32>,
    /// Residents reached, as recorded afterwards.
    pub residents_reached: Option<i32>,
    notes: Option<String>,
    story_consent_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl EventRow {
    /// The series rule, for a recurring event.
    pub fn recurrence(&self) -> Option<Recurrence> {
        self.recurrence_interval.map(|interval_weeks| Recurrence {
            interval_weeks,
            until: self.recurrence_until,
            count: self.recurrence_count,
        })
    }

    /// Where it takes place.
    pub fn location(&self) -> Location {
        Location {
            name: self.location_name.clone(),
            address: self.location_address.clone(),
            postcode: self.location_postcode.clone(),
            city: self.location_city.clone(),
            latitude: self.latitude,
            longitude: self.longitude,
        }
    }

    /// Whether residents can sign up now: a single, public, scheduled event that has not started.
    pub fn registration_open(&self) -> bool {
        self.recurrence_interval.is_none()
            && self.visibility == Visibility::Public
            && self.status == EventStatus::Scheduled
            && self.starts_at > db::now()
    }

    /// Its start in Dutch local time.
    pub fn local_start(&self) -> chrono::DateTime<chrono::FixedOffset> {
        local(self.starts_at)
    }

    /// Its end in Dutch local time.
    pub fn local_end(&self) -> chrono::DateTime<chrono::FixedOffset> {
        local(self.ends_at)
    }
}

/// One row of `event_occurrences`: a date of a series with a status, times or figures of its own.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = event_occurrences)]
struct OccurrenceRow {
    event_id: String,
    occurrence_date: NaiveDate,
    status: EventStatus,
    cancellation_reason: Option<String>,
    starts_at: Option<NaiveDateTime>,
    ends_at: Option<NaiveDateTime>,
    residents_reached: Option<i32>,
    notes: Option<String>,
}

/// Whether the event exists and belongs to the group (a question asked at one of its events).
pub fn is_event_of_group(
    conn: &mut DbConnection,
    event: &api_types::EventId,
    group: &api_types::GroupId,
) -> ApiResult<bool> {
    let found: i64 = events::table
        .filter(events::id.eq(event.to_string()))
        .filter(events::group_id.eq(group.to_string()))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Loads one event's row; 404 when there is none.
pub fn load_row(conn: &mut DbConnection, id: &str) -> ApiResult<EventRow> {
    events::table
        .find(id)
        .select(EventRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No event with this id.".into()))
}

/// Takes the event's row lock for the rest of the transaction (PostgreSQL; SQLite's write lock is
/// already held), so capacity checks and waiting-list moves cannot interleave. 404 when the event
/// does not exist.
pub fn lock_event(conn: &mut DbConnection, id: &str) -> ApiResult<()> {
    let updated = diesel::update(events::table.find(id)).set(events::id.eq(id)).execute(conn)?;
    if updated == 0 {
        return Err(ApiError::NotFound("No event with this id.".into()));
    }
    Ok(())
}

/// The groups and neighbourhoods whose events a member sees: `None` for coordinators and admins
/// (everything).
struct Scope {
    groups: Vec<String>,
    neighbourhoods: Vec<String>,
}

fn scope(conn: &mut DbConnection, caller: &Principal) -> ApiResult<Option<Scope>> {
    if caller.sees_everything() {
        return Ok(None);
    }
    let ids = crate::features::groups::caller_group_ids(conn, caller)?;
    let neighbourhoods =
        crate::features::groups::neighbourhoods_of(conn, &ids)?.iter().map(ToString::to_string).collect();
    let groups = ids.iter().map(ToString::to_string).collect();
    Ok(Some(Scope { groups, neighbourhoods }))
}

impl Scope {
    /// Keeps in `query` only the events the scope sees: its groups' events, and the events of its
    /// neighbourhoods that belong to no group.
    fn restrict<'a, ST>(
        &self,
        query: events::BoxedQuery<'a, <DbConnection as diesel::Connection>::Backend, ST>,
    ) -> events::BoxedQuery<'a, <DbConnection as diesel::Connection>::Backend, ST> {
        query.filter(
            events::group_id
                .eq_any(self.groups.clone())
                .or(events::group_id.is_null().and(events::neighbourhood_id.eq_any(self.neighbourhoods.clone()))),
        )
    }

    fn sees(&self, row: &EventRow) -> bool {
        match &row.group_id {
            Some(group) => self.groups.contains(group),
            None => self.neighbourhoods.contains(&row.neighbourhood_id),
        }
    }
}

/// 403 unless the caller sees the event.
pub fn require_reader(conn: &mut DbConnection, caller: &Principal, row: &EventRow) -> ApiResult<()> {
    match scope(conn, caller)? {
        Some(scope) if !scope.sees(row) => {
            Err(ApiError::Forbidden("Only the group's members and coordinators see this event.".into()))
        }
        _ => Ok(()),
    }
}

/// 403 unless the caller sees the group's agenda (its current members, coordinators and admins):
/// asking for another group's events is refused rather than answered with an empty list.
fn require_agenda_reader(conn: &mut DbConnection, caller: &Principal, group_id: &str) -> ApiResult<()> {
    if crate::features::groups::manages(conn, caller, &crate::web::http::typed(group_id))? {
        return Ok(());
    }
    Err(ApiError::Forbidden(
        "Only the group's members and coordinators see its agenda; its public events are in the public agenda.".into(),
    ))
}

/// 403 unless the caller changes the event: the holding group's current members, coordinators
/// and admins; a neighbourhood-only event only coordinators and admins.
pub fn require_manager(conn: &mut DbConnection, caller: &Principal, row: &EventRow) -> ApiResult<()> {
    let allowed = match &row.group_id {
        Some(group) => crate::features::groups::manages(conn, caller, &crate::web::http::typed(group))?,
        None => caller.sees_everything(),
    };
    if allowed {
        Ok(())
    } else {
        Err(ApiError::Forbidden("Only the group's members and coordinators change this event.".into()))
    }
}

/// Confirmed places taken (people) and waiting registrations, per event.
pub fn places(conn: &mut DbConnection, event_ids: &[String]) -> ApiResult<HashMap<String, (i64, i64)>> {
    let rows: Vec<(String, RegistrationStatus, i32)> = registrations::table
        .filter(registrations::event_id.eq_any(event_ids))
        .filter(registrations::status.ne(RegistrationStatus::Cancelled))
        .select((registrations::event_id, registrations::status, registrations::number_of_people))
        .load(conn)?;
    let mut tallies: HashMap<String, (i64, i64)> = HashMap::new();
    for (event, status, people) in rows {
        let tally = tallies.entry(event).or_default();
        if status == RegistrationStatus::Confirmed {
            tally.0 += i64::from(people);
        } else {
            tally.1 += 1;
        }
    }
    Ok(tallies)
}

fn to_event(row: EventRow, (taken, waiting): (i64, i64)) -> Event {
    Event {
        id: http::uuid(&row.id),
        event_type: row.event_type,
        title: row.title.clone(),
        description: row.description.clone(),
        starts_at: local(row.starts_at),
        ends_at: local(row.ends_at),
        location: row.location(),
        group_id: row.group_id.as_deref().map(http::uuid),
        neighbourhood_id: http::uuid(&row.neighbourhood_id),
        visibility: row.visibility,
        capacity: row.capacity,
        status: row.status,
        cancellation_reason: row.cancellation_reason.clone(),
        recurrence: row.recurrence(),
        places_taken: taken,
        waiting_list_count: waiting,
        residents_reached: row.residents_reached,
        notes: row.notes.clone(),
        story_consent_at: row.story_consent_at.map(http::utc),
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    }
}

fn load_event(conn: &mut DbConnection, id: &str) -> ApiResult<Event> {
    let row = load_row(conn, id)?;
    let tally = places(conn, std::slice::from_ref(&row.id))?.remove(&row.id).unwrap_or_default();
    Ok(to_event(row, tally))
}

/// The rules an event's fields must meet together, after a create or a patch: the end after the
/// start and within 24 hours, a series bounded by `until` or `count` (not both) within two
/// years, and no public interviews (an interview is a private conversation).
fn check_fields(
    event_type: EventType,
    visibility: Visibility,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    recurrence: Option<&Recurrence>,
) -> Vec<InvalidParam> {
    let mut errors = Vec::new();
    if ends_at <= starts_at {
        errors.push(invalid("/endsAt", "range", "Must be after startsAt."));
    } else if ends_at - starts_at > TimeDelta::hours(MAX_DURATION_HOURS) {
        errors.push(invalid("/endsAt", "range", format!("An event lasts at most {MAX_DURATION_HOURS} hours.")));
    }
    if let Some(rule) = recurrence {
        match (rule.until, rule.count) {
            (Some(_), Some(_)) => {
                errors.push(invalid("/recurrence", "invalid_value", "Give until or count, not both."))
            }
            (None, None) => errors.push(invalid("/recurrence", "required", "Give until or count.")),
            (Some(until), None) => {
                let first = local_date(starts_at);
                if until < first {
                    errors.push(invalid("/recurrence/until", "range", "Cannot be before the first date."));
                } else if (until - first).num_days() > recurrence::MAX_SERIES_DAYS {
                    errors.push(invalid("/recurrence/until", "range", "A series runs at most two years."));
                }
            }
            (None, Some(_)) => {}
        }
    }
    if event_type == EventType::Interview && visibility == Visibility::Public {
        errors.push(invalid("/visibility", "invalid_value", "An interview is a private conversation: not public."));
    }
    errors
}

/// Filters of `GET /events`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct EventFilter {
    /// Only events of this group.
    group_id: Option<uuid::Uuid>,
    /// Only events of this type.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    event_type: Option<EventType>,
    /// Only events with this status.
    status: Option<EventStatus>,
}

/// List events (single events and series, in order of creation) the caller sees.
#[utoipa::path(
    get, path = "/events", tag = "events",
    params(EventFilter, PageParams),
    responses((status = 200, description = "A page of events", body = Page<Event>)),
    security(("bearer" = []))
)]
pub async fn list_events(state: web::Data<AppState>, req: HttpRequest, caller: Principal) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<EventFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            if let Some(group) = filter.group_id {
                require_agenda_reader(conn, &caller, &group.to_string())?;
            }
            let mut query = events::table
                .select(EventRow::as_select())
                .order(events::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(scope) = scope(conn, &caller)? {
                query = scope.restrict(query);
            }
            if let Some(group) = filter.group_id {
                query = query.filter(events::group_id.eq(group.to_string()));
            }
            if let Some(event_type) = filter.event_type {
                query = query.filter(events::event_type.eq(event_type));
            }
            if let Some(status) = filter.status {
                query = query.filter(events::status.eq(status));
            }
            if let Some(after) = &request.after {
                query = query.filter(events::id.gt(after.clone()));
            }
            let rows: Vec<EventRow> = query.load(conn)?;
            let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
            let mut tallies = places(conn, &ids)?;
            Ok(rows
                .into_iter()
                .map(|row| {
                    let tally = tallies.remove(&row.id).unwrap_or_default();
                    to_event(row, tally)
                })
                .collect::<Vec<_>>())
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |e| e.id.to_string())))
}

/// Create an event. Members create events of their own groups; coordinators and admins of any
/// group, or of a neighbourhood only (`neighbourhoodId` instead of `groupId`).
#[utoipa::path(
    post, path = "/events", tag = "events",
    request_body = NewEvent,
    responses((status = 201, description = "The event was created", body = Event)),
    security(("bearer" = []))
)]
pub async fn create_event(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewEvent>,
) -> ApiResult<HttpResponse> {
    let new = body.0;
    let event = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let starts_at = stored(&new.starts_at);
            let ends_at = stored(&new.ends_at);
            let mut errors = check_fields(new.event_type, new.visibility, starts_at, ends_at, new.recurrence.as_ref());
            let neighbourhood_id = match (new.group_id, new.neighbourhood_id) {
                (Some(_), Some(_)) => {
                    errors.push(invalid(
                        "/neighbourhoodId",
                        "invalid_value",
                        "Give groupId or neighbourhoodId, not both.",
                    ));
                    None
                }
                (None, None) => {
                    errors.push(invalid("/groupId", "required", "Give groupId or neighbourhoodId."));
                    None
                }
                (Some(group), None) => {
                    let found: Option<String> = groups::table
                        .find(group.to_string())
                        .select(groups::neighbourhood_id)
                        .first(conn)
                        .optional()?;
                    if found.is_none() {
                        errors.push(invalid("/groupId", "not_found", "No group with this id."));
                    }
                    found
                }
                (None, Some(neighbourhood)) => {
                    if !crate::features::neighbourhoods::exists(conn, &neighbourhood.into())? {
                        errors.push(invalid("/neighbourhoodId", "not_found", "No neighbourhood with this id."));
                    }
                    Some(neighbourhood.to_string())
                }
            };
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            let group_id = new.group_id.map(|g| g.to_string());
            let allowed = match &group_id {
                Some(group) => crate::features::groups::manages(conn, &caller, &crate::web::http::typed(group))?,
                None => caller.sees_everything(),
            };
            if !allowed {
                return Err(ApiError::Forbidden(match group_id {
                    Some(_) => "You can only plan events of groups you are a member of.".into(),
                    None => "Only coordinators plan events of a neighbourhood without a group.".into(),
                }));
            }
            let id = http::new_id();
            let now = db::now();
            let location = &new.location;
            diesel::insert_into(events::table)
                .values((
                    (
                        events::id.eq(&id),
                        events::event_type.eq(new.event_type),
                        events::title.eq(new.title.trim()),
                        events::description.eq(blank_to_none(new.description.as_deref())),
                        events::starts_at.eq(starts_at),
                        events::ends_at.eq(ends_at),
                        events::location_name.eq(location.name.trim()),
                        events::location_address.eq(blank_to_none(location.address.as_deref())),
                        events::location_postcode.eq(blank_to_none(location.postcode.as_deref())),
                        events::location_city.eq(blank_to_none(location.city.as_deref())),
                        events::latitude.eq(location.latitude),
                        events::longitude.eq(location.longitude),
                    ),
                    (
                        events::group_id.eq(&group_id),
                        events::neighbourhood_id.eq(neighbourhood_id.unwrap_or_default()),
                        events::visibility.eq(new.visibility),
                        events::capacity.eq(new.capacity),
                        events::status.eq(EventStatus::Scheduled),
                        events::recurrence_interval.eq(new.recurrence.as_ref().map(|r| r.interval_weeks)),
                        events::recurrence_until.eq(new.recurrence.as_ref().and_then(|r| r.until)),
                        events::recurrence_count.eq(new.recurrence.as_ref().and_then(|r| r.count)),
                        events::created_by.eq(caller.account_id.to_string()),
                        events::created_at.eq(now),
                        events::updated_at.eq(now),
                    ),
                ))
                .execute(conn)?;
            load_event(conn, &id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/events/{}", event.id), &event))
}

/// Read an event (its group's members, coordinators and admins).
#[utoipa::path(
    get, path = "/events/{id}", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id")),
    responses((status = 200, description = "The event", body = Event)),
    security(("bearer" = []))
)]
pub async fn get_event(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "event")?;
    let event = db::run(&state.pool, move |conn| {
        let row = load_row(conn, &id)?;
        require_reader(conn, &caller, &row)?;
        load_event(conn, &id)
    })
    .await?;
    Ok(http::ok_with_etag(&event))
}

/// Change an event (JSON merge patch; `If-Match` guards against lost updates). Cancelling needs a
/// `cancellationReason` and keeps the registrations; raising or removing the capacity moves people
/// up from the waiting list. `storyConsent` only for an `interview`.
#[utoipa::path(
    patch, path = "/events/{id}", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = EventPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed event", body = Event)),
    security(("bearer" = []))
)]
pub async fn patch_event(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<EventPatch>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "event")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let event = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            lock_event(conn, &id)?;
            let row = load_row(conn, &id)?;
            require_manager(conn, &caller, &row)?;
            if_match.check(&load_event(conn, &id)?)?;
            let starts_at = patch.starts_at.as_ref().map(stored).unwrap_or(row.starts_at);
            let ends_at = patch.ends_at.as_ref().map(stored).unwrap_or(row.ends_at);
            let recurrence = match &patch.recurrence {
                Some(rule) => rule.clone(),
                None => row.recurrence(),
            };
            let visibility = patch.visibility.unwrap_or(row.visibility);
            let mut errors = check_fields(row.event_type, visibility, starts_at, ends_at, recurrence.as_ref());
            let status = patch.status.unwrap_or(row.status);
            let reason = match status {
                EventStatus::Scheduled => None,
                EventStatus::Cancelled => {
                    let reason =
                        blank_to_none(patch.cancellation_reason.as_deref()).or_else(|| row.cancellation_reason.clone());
                    if reason.is_none() {
                        errors.push(invalid("/cancellationReason", "required", "Say why the event is called off."));
                    }
                    reason
                }
            };
            if patch.story_consent.is_some() && row.event_type != EventType::Interview {
                errors.push(invalid("/storyConsent", "invalid_value", "Only an interview has a story consent."));
            }
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            if let Some(conflict) = series_conflict(conn, &row, starts_at, recurrence.as_ref())? {
                return Err(conflict);
            }
            let story_consent_at = match patch.story_consent {
                Some(true) => Some(row.story_consent_at.unwrap_or_else(db::now)),
                Some(false) => None,
                None => row.story_consent_at,
            };
            let location = patch.location.as_ref();
            diesel::update(events::table.find(&id))
                .set((
                    (
                        patch.title.as_deref().map(|t| events::title.eq(t.trim().to_string())),
                        patch.description.clone().map(|d| events::description.eq(blank_to_none(d.as_deref()))),
                        events::starts_at.eq(starts_at),
                        events::ends_at.eq(ends_at),
                        location.map(|l| events::location_name.eq(l.name.trim().to_string())),
                        location.map(|l| events::location_address.eq(blank_to_none(l.address.as_deref()))),
                        location.map(|l| events::location_postcode.eq(blank_to_none(l.postcode.as_deref()))),
                        location.map(|l| events::location_city.eq(blank_to_none(l.city.as_deref()))),
                        location.map(|l| events::latitude.eq(l.latitude)),
                        location.map(|l| events::longitude.eq(l.longitude)),
                        events::visibility.eq(visibility),
                        patch.capacity.map(|c| events::capacity.eq(c)),
                    ),
                    (
                        events::status.eq(status),
                        events::cancellation_reason.eq(reason),
                        events::recurrence_interval.eq(recurrence.as_ref().map(|r| r.interval_weeks)),
                        events::recurrence_until.eq(recurrence.as_ref().and_then(|r| r.until)),
                        events::recurrence_count.eq(recurrence.as_ref().and_then(|r| r.count)),
                        patch.residents_reached.map(|r| events::residents_reached.eq(r)),
                        patch.notes.clone().map(|n| events::notes.eq(blank_to_none(n.as_deref()))),
                        events::story_consent_at.eq(story_consent_at),
                        events::updated_at.eq(db::now()),
                    ),
                ))
                .execute(conn)?;
            if patch.capacity.is_some() {
                crate::features::registrations::promote_waiting(conn, &id)?;
            }
            load_event(conn, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&event))
}

/// What a change of an event's start or rule would break: a single event with sign-ups cannot
/// become a series (sign-ups are for one date), and a series cannot lose a date that was cancelled,
/// moved or given figures (reinstate it first), or those changes would silently vanish.
fn series_conflict(
    conn: &mut DbConnection,
    row: &EventRow,
    starts_at: NaiveDateTime,
    recurrence: Option<&Recurrence>,
) -> ApiResult<Option<ApiError>> {
    if row.recurrence_interval.is_none() && recurrence.is_some() {
        let (taken, waiting) = places(conn, std::slice::from_ref(&row.id))?.remove(&row.id).unwrap_or_default();
        if taken + waiting > 0 {
            return Ok(Some(ApiError::conflict(
                ProblemCode::HasRegistrations,
                "Residents signed up for this date; a series takes no sign-ups. Plan the series as a new event.",
            )));
        }
    }
    let changes = load_changes(conn, std::slice::from_ref(&row.id))?.remove(&row.id).unwrap_or_default();
    if changes.is_empty() {
        return Ok(None);
    }
    let dates: Vec<NaiveDate> = match recurrence {
        Some(rule) => {
            recurrence::starts(starts_at, rule).map_err(ApiError::Internal)?.into_iter().map(local_date).collect()
        }
        None => Vec::new(),
    };
    let lost: Vec<String> =
        changes.iter().filter(|c| !dates.contains(&c.occurrence_date)).map(|c| c.occurrence_date.to_string()).collect();
    if lost.is_empty() {
        return Ok(None);
    }
    Ok(Some(ApiError::conflict(
        ProblemCode::OccurrenceChangesWouldBeLost,
        format!(
            "These dates were cancelled, moved or given figures and would no longer be part of the series: {}.",
            lost.join(", ")
        ),
    )))
}

fn load_changes(conn: &mut DbConnection, event_ids: &[String]) -> ApiResult<HashMap<String, Vec<OccurrenceRow>>> {
    let rows: Vec<OccurrenceRow> = event_occurrences::table
        .filter(event_occurrences::event_id.eq_any(event_ids))
        .select(OccurrenceRow::as_select())
        .load(conn)?;
    let mut by_event: HashMap<String, Vec<OccurrenceRow>> = HashMap::new();
    for row in rows {
        by_event.entry(row.event_id.clone()).or_default().push(row);
    }
    Ok(by_event)
}

/// Every date of an event: the event itself, or each date its rule gives with that date's own
/// status, times and figures. `members` adds the after-event figures and notes.
fn occurrences_of(
    row: &EventRow,
    changes: &[OccurrenceRow],
    group_name: Option<&str>,
    members: bool,
) -> ApiResult<Vec<Occurrence>> {
    let base = |date: NaiveDate, start: NaiveDateTime, end: NaiveDateTime| Occurrence {
        event_id: http::uuid(&row.id),
        occurrence_date: date,
        event_type: row.event_type,
        title: row.title.clone(),
        starts_at: local(start),
        ends_at: local(end),
        location: row.location(),
        group_id: row.group_id.as_deref().map(http::uuid),
        group_name: group_name.map(str::to_string),
        visibility: row.visibility,
        status: row.status,
        cancellation_reason: row.cancellation_reason.clone(),
        moved: false,
        recurring: row.recurrence_interval.is_some(),
        residents_reached: None,
        notes: None,
    };
    let Some(rule) = row.recurrence() else {
        let mut single = base(local_date(row.starts_at), row.starts_at, row.ends_at);
        if members {
            single.residents_reached = row.residents_reached;
            single.notes = row.notes.clone();
        }
        return Ok(vec![single]);
    };
    let duration = row.ends_at - row.starts_at;
    let starts = recurrence::starts(row.starts_at, &rule).map_err(ApiError::Internal)?;
    Ok(starts
        .into_iter()
        .map(|start| {
            let date = local_date(start);
            let mut occurrence = base(date, start, start + duration);
            if let Some(change) = changes.iter().find(|c| c.occurrence_date == date) {
                if let (Some(moved_start), Some(moved_end)) = (change.starts_at, change.ends_at) {
                    occurrence.starts_at = local(moved_start);
                    occurrence.ends_at = local(moved_end);
                    occurrence.moved = true;
                }
                // A cancelled series cancels every date, whatever the date says.
                if occurrence.status == EventStatus::Scheduled {
                    occurrence.status = change.status;
                    occurrence.cancellation_reason = change.cancellation_reason.clone();
                }
                if members {
                    occurrence.residents_reached = change.residents_reached;
                    occurrence.notes = change.notes.clone();
                }
            }
            occurrence
        })
        .collect())
}

/// A window of local dates, both inclusive.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct OccurrenceFilter {
    /// First local date (required), e.g. `2027-03-01`.
    #[param(required = true)]
    from: Option<NaiveDate>,
    /// Last local date (required), at most 366 days after `from`.
    #[param(required = true)]
    to: Option<NaiveDate>,
    /// Only this group's events.
    group_id: Option<uuid::Uuid>,
    /// Only this event's dates.
    event_id: Option<uuid::Uuid>,
    /// Only public events of the group with this slug (public list).
    group_slug: Option<String>,
    /// Only events of this type.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    event_type: Option<EventType>,
}

impl OccurrenceFilter {
    /// The window as UTC instants: the start of `from` and the end of `to`, local time.
    fn window(&self) -> ApiResult<(NaiveDateTime, NaiveDateTime)> {
        let mut errors = Vec::new();
        if self.from.is_none() {
            errors.push(http::query_param("from", "required", "Give the first date, e.g. 2027-03-01."));
        }
        if self.to.is_none() {
            errors.push(http::query_param("to", "required", "Give the last date, e.g. 2027-03-31."));
        }
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if to < from {
                errors.push(http::query_param("to", "range", "Cannot be before from."));
            } else if (to - from).num_days() > MAX_WINDOW_DAYS {
                errors.push(http::query_param("to", "range", format!("At most {MAX_WINDOW_DAYS} days after from.")));
            }
        }
        match (self.from, self.to) {
            (Some(from), Some(to)) if errors.is_empty() => {
                Ok((recurrence::start_of_local_day(from), recurrence::start_of_local_day(to + chrono::Days::new(1))))
            }
            _ => Err(ApiError::InvalidInput(errors)),
        }
    }
}

/// Occurrences in a window, earliest first, for the events the query selects.
fn occurrences_in_window(
    conn: &mut DbConnection,
    rows: Vec<EventRow>,
    (from, to): (NaiveDateTime, NaiveDateTime),
    members: bool,
) -> ApiResult<Vec<Occurrence>> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let changes = load_changes(conn, &ids)?;
    let group_ids: Vec<String> = rows.iter().filter_map(|r| r.group_id.clone()).collect();
    let names: HashMap<String, String> = groups::table
        .filter(groups::id.eq_any(&group_ids))
        .select((groups::id, groups::name))
        .load(conn)?
        .into_iter()
        .collect();
    let mut items = Vec::new();
    for row in &rows {
        let group_name = row.group_id.as_ref().and_then(|g| names.get(g)).map(String::as_str);
        let own = changes.get(&row.id).map(Vec::as_slice).unwrap_or_default();
        for occurrence in occurrences_of(row, own, group_name, members)? {
            let (start, end) = (occurrence.starts_at.naive_utc(), occurrence.ends_at.naive_utc());
            if start < to && end > from {
                items.push(occurrence);
            }
        }
    }
    items.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.event_id.cmp(&b.event_id)));
    Ok(items)
}

/// The dates in the window of the events the filter selects: only public events for the public,
/// the events the caller sees for members (`scope`; `None` for coordinators and admins). Events
/// that can have a date in the window are read (a series may run on, and a date may have been
/// moved up to four weeks), then expanded.
fn select_occurrences(
    conn: &mut DbConnection,
    filter: &OccurrenceFilter,
    (from, to): (NaiveDateTime, NaiveDateTime),
    reader: Reader,
) -> ApiResult<Vec<Occurrence>> {
    let mut query = events::table
        .select(EventRow::as_select())
        .filter(events::starts_at.lt(to + TimeDelta::days(MAX_MOVE_DAYS)))
        .filter(events::ends_at.gt(from - TimeDelta::days(MAX_MOVE_DAYS)).or(events::recurrence_interval.is_not_null()))
        .into_boxed();
    match &reader {
        Reader::Public => query = query.filter(events::visibility.eq(Visibility::Public)),
        Reader::Member(None) => {}
        Reader::Member(Some(scope)) => query = scope.restrict(query),
    }
    if let Some(group) = filter.group_id {
        query = query.filter(events::group_id.eq(group.to_string()));
    }
    if let Some(event) = filter.event_id {
        query = query.filter(events::id.eq(event.to_string()));
    }
    if let Some(slug) = &filter.group_slug {
        let ids = groups::table.filter(groups::slug.eq(slug.clone())).select(groups::id.nullable());
        query = query.filter(events::group_id.eq_any(ids));
    }
    if let Some(event_type) = filter.event_type {
        query = query.filter(events::event_type.eq(event_type));
    }
    let rows = query.load(conn)?;
    occurrences_in_window(conn, rows, (from, to), matches!(reader, Reader::Member(_)))
}

/// Who reads a list of dates.
enum Reader {
    /// Anyone, without a token: public events, without figures or notes.
    Public,
    /// A logged-in member with what they see (`None`: everything).
    Member(Option<Scope>),
}

/// The caller's agenda: every date of the events they see in a window of local dates (at most
/// 366 days), earliest first, with series expanded and their cancelled or moved dates.
#[utoipa::path(
    get, path = "/event-occurrences", tag = "events",
    params(OccurrenceFilter),
    responses((status = 200, description = "The dates in the window", body = OccurrenceList)),
    security(("bearer" = []))
)]
pub async fn list_occurrences(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    let (filter, _) = http::list_query::<OccurrenceFilter>(&req)?;
    let window = filter.window()?;
    let items = db::run(&state.pool, move |conn| {
        if let Some(group) = filter.group_id {
            require_agenda_reader(conn, &caller, &group.to_string())?;
        }
        let reader = Reader::Member(scope(conn, &caller)?);
        select_occurrences(conn, &filter, window, reader)
    })
    .await?;
    Ok(HttpResponse::Ok().json(OccurrenceList { items }))
}

/// Cancel or move one date of a series, or record what it reached (the group's members,
/// coordinators and admins). The date is the one the rule gives; a date is moved by at most four
/// weeks, with `startsAt` and `endsAt` together. 409 for a single event: change the event itself.
#[utoipa::path(
    patch, path = "/events/{id}/occurrences/{date}", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id"),
           ("date" = NaiveDate, Path, description = "The local date the rule gives this occurrence, e.g. 2027-03-04")),
    request_body(content = OccurrencePatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The occurrence after the change", body = Occurrence)),
    security(("bearer" = []))
)]
pub async fn patch_occurrence(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<OccurrencePatch>,
) -> ApiResult<HttpResponse> {
    let (id, date) = path.into_inner();
    let id = http::path_id(&id, "event")?;
    let date = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map_err(|_| ApiError::NotFound("No occurrence on this date; give it as YYYY-MM-DD.".into()))?;
    let patch = body.0;
    let occurrence = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            lock_event(conn, &id)?;
            let row = load_row(conn, &id)?;
            require_manager(conn, &caller, &row)?;
            let Some(rule) = row.recurrence() else {
                return Err(ApiError::conflict(
                    ProblemCode::NotASeries,
                    "This event is a single event: change the event itself.",
                ));
            };
            let original = recurrence::starts(row.starts_at, &rule)
                .map_err(ApiError::Internal)?
                .into_iter()
                .find(|start| local_date(*start) == date)
                .ok_or_else(|| ApiError::NotFound("The series has no occurrence on this date.".into()))?;
            let existing: Option<OccurrenceRow> =
                event_occurrences::table.find((&id, date)).select(OccurrenceRow::as_select()).first(conn).optional()?;
            let mut errors = Vec::new();
            let times = match (&patch.starts_at, &patch.ends_at) {
                (None, None) => existing.as_ref().and_then(|e| e.starts_at.zip(e.ends_at)),
                (Some(start), Some(end)) => {
                    let (start, end) = (stored(start), stored(end));
                    if end <= start {
                        errors.push(invalid("/endsAt", "range", "Must be after startsAt."));
                    } else if end - start > TimeDelta::hours(MAX_DURATION_HOURS) {
                        errors.push(invalid("/endsAt", "range", "A date lasts at most 24 hours."));
                    }
                    if (start - original).num_days().abs() > MAX_MOVE_DAYS {
                        errors.push(invalid("/startsAt", "range", "A date moves at most four weeks."));
                    }
                    Some((start, end))
                }
                (Some(_), None) => {
                    errors.push(invalid("/endsAt", "required", "Give the new end with the new start."));
                    None
                }
                (None, Some(_)) => {
                    errors.push(invalid("/startsAt", "required", "Give the new start with the new end."));
                    None
                }
            };
            let status = patch.status.or_else(|| existing.as_ref().map(|e| e.status)).unwrap_or(EventStatus::Scheduled);
            let reason = match status {
                EventStatus::Scheduled => None,
                EventStatus::Cancelled => {
                    let reason = blank_to_none(patch.cancellation_reason.as_deref())
                        .or_else(|| existing.as_ref().and_then(|e| e.cancellation_reason.clone()));
                    if reason.is_none() {
                        errors.push(invalid("/cancellationReason", "required", "Say why this date is called off."));
                    }
                    reason
                }
            };
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            let residents_reached = match patch.residents_reached {
                Some(value) => value,
                None => existing.as_ref().and_then(|e| e.residents_reached),
            };
            let notes = match &patch.notes {
                Some(value) => blank_to_none(value.as_deref()),
                None => existing.as_ref().and_then(|e| e.notes.clone()),
            };
            let values = (
                event_occurrences::status.eq(status),
                event_occurrences::cancellation_reason.eq(reason),
                event_occurrences::starts_at.eq(times.map(|t| t.0)),
                event_occurrences::ends_at.eq(times.map(|t| t.1)),
                event_occurrences::residents_reached.eq(residents_reached),
                event_occurrences::notes.eq(notes),
                event_occurrences::updated_at.eq(db::now()),
            );
            if existing.is_some() {
                diesel::update(event_occurrences::table.find((&id, date))).set(values).execute(conn)?;
            } else {
                diesel::insert_into(event_occurrences::table)
                    .values((event_occurrences::event_id.eq(&id), event_occurrences::occurrence_date.eq(date), values))
                    .execute(conn)?;
            }
            diesel::update(events::table.find(&id)).set(events::updated_at.eq(db::now())).execute(conn)?;
            let changes = load_changes(conn, std::slice::from_ref(&id))?.remove(&id).unwrap_or_default();
            occurrences_of(&row, &changes, None, true)?
                .into_iter()
                .find(|o| o.occurrence_date == date)
                .ok_or_else(|| ApiError::Internal("occurrence vanished".into()))
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(occurrence))
}

/// The public agenda: every date of the public events in a window of local dates (at most 366
/// days), earliest first; `groupSlug` narrows it to one group. Cancelled dates are listed as
/// cancelled, with the reason.
#[utoipa::path(
    get, path = "/public/events", tag = "public",
    params(OccurrenceFilter),
    responses((status = 200, description = "The public dates in the window", body = OccurrenceList)),
)]
pub async fn list_public_occurrences(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let (filter, _) = http::list_query::<OccurrenceFilter>(&req)?;
    let window = filter.window()?;
    let items = db::run(&state.pool, move |conn| select_occurrences(conn, &filter, window, Reader::Public)).await?;
    Ok(HttpResponse::Ok().json(OccurrenceList { items }))
}

/// A public event's page: details, places left and the waiting list, the next dates of a series,
/// and whether residents can sign up. 404 for an event that is not public.
#[utoipa::path(
    get, path = "/public/events/{id}", tag = "public",
    params(("id" = uuid::Uuid, Path, description = "Event id")),
    responses((status = 200, description = "The public event", body = PublicEvent)),
)]
pub async fn get_public_event(state: web::Data<AppState>, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "event")?;
    let event = db::run(&state.pool, move |conn| {
        let row = load_public_row(conn, &id)?;
        to_public_event(conn, row)
    })
    .await?;
    Ok(http::ok_with_etag(&event))
}

/// A public event's row; 404 (as for no event at all) when it is for members only.
pub fn load_public_row(conn: &mut DbConnection, id: &str) -> ApiResult<EventRow> {
    let row = load_row(conn, id)?;
    if row.visibility != Visibility::Public {
        return Err(ApiError::NotFound("No event with this id.".into()));
    }
    Ok(row)
}

fn to_public_event(conn: &mut DbConnection, row: EventRow) -> ApiResult<PublicEvent> {
    let (taken, waiting) = places(conn, std::slice::from_ref(&row.id))?.remove(&row.id).unwrap_or_default();
    let group: Option<(String, String)> = match &row.group_id {
        Some(id) => groups::table.find(id).select((groups::name, groups::slug)).first(conn).optional()?,
        None => None,
    };
    let changes = load_changes(conn, std::slice::from_ref(&row.id))?.remove(&row.id).unwrap_or_default();
    let now = db::now();
    let upcoming = if row.recurrence_interval.is_some() {
        occurrences_of(&row, &changes, group.as_ref().map(|g| g.0.as_str()), false)?
            .into_iter()
            .filter(|o| o.ends_at.naive_utc() > now)
            .take(UPCOMING_ON_PUBLIC_PAGE)
            .collect()
    } else {
        Vec::new()
    };
    Ok(PublicEvent {
        id: http::uuid(&row.id),
        event_type: row.event_type,
        title: row.title.clone(),
        description: row.description.clone(),
        starts_at: local(row.starts_at),
        ends_at: local(row.ends_at),
        location: row.location(),
        group_name: group.as_ref().map(|g| g.0.clone()),
        group_slug: group.map(|g| g.1),
        status: row.status,
        cancellation_reason: row.cancellation_reason.clone(),
        recurrence: row.recurrence(),
        upcoming,
        registration_open: row.registration_open(),
        capacity: row.capacity,
        places_left: row.capacity.map(|c| (i64::from(c) - taken).max(0)),
        waiting_list_count: waiting,
    })
}

/// The Europe/Amsterdam zone as RFC 5545 needs it beside `TZID`-ed times: the EU's rule since 1996
/// (summer time from the last Sunday of March to the last Sunday of October).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// The events as an iCalendar (RFC 5545) document: one `VEVENT` per event with a stable `UID`,
/// local times with `TZID=Europe/Amsterdam` (and the zone's `VTIMEZONE`), `RRULE` for a series
/// with a `RECURRENCE-ID` override per cancelled or moved date, `STATUS:CANCELLED` for what does
/// not go ahead, and a `URL` back to the event's page in the web client.
fn calendar(config: &Config, name: &str, rows: &[EventRow], changes: &HashMap<String, Vec<OccurrenceRow>>) -> String {
    use icalendar::{
        Calendar, CalendarDateTime, Component, Event as VEvent, EventLike, EventStatus as Status, Property,
    };
    let zoned = |utc: NaiveDateTime| CalendarDateTime::WithTimezone {
        date_time: local(utc).naive_local(),
        tzid: recurrence::ZONE.name().to_string(),
    };
    let mut calendar = Calendar::empty();
    calendar.append_property(("VERSION", "2.0")).append_property(("PRODID", "-//Buurtverbinders//Agenda//NL"));
    calendar.name(name).timezone(recurrence::ZONE.name());
    for row in rows {
        let page = match row.visibility {
            Visibility::Public => format!("{}/agenda/{}", config.public_url, row.id),
            Visibility::Members => format!("{}/events/{}", config.public_url, row.id),
        };
        let uid = format!("event-{}@buurtverbinders", row.id);
        let mut location = row.location_name.clone();
        for part in [&row.location_address, &row.location_postcode, &row.location_city].into_iter().flatten() {
            location.push_str(", ");
            location.push_str(part);
        }
        let describe = |event: &mut VEvent, start: NaiveDateTime, end: NaiveDateTime, cancelled: bool| {
            event
                .uid(&uid)
                .summary(&row.title)
                .starts(zoned(start))
                .ends(zoned(end))
                .location(&location)
                .url(&page)
                .timestamp(http::utc(row.updated_at))
                .status(if cancelled { Status::Cancelled } else { Status::Confirmed });
            event.add_property("LAST-MODIFIED", http::utc(row.updated_at).format("%Y%m%dT%H%M%SZ").to_string());
            if let Some(description) = &row.description {
                // RFC 5545 text has LF line breaks only (written as `\n`); a CR would end the line.
                event.description(&description.replace("\r\n", "\n").replace('\r', "\n"));
            }
            if let (Some(lat), Some(lon)) = (row.latitude, row.longitude) {
                event.add_property("GEO", format!("{lat};{lon}"));
            }
        };
        let cancelled = row.status == EventStatus::Cancelled;
        let mut event = VEvent::new();
        describe(&mut event, row.starts_at, row.ends_at, cancelled);
        let Some(rule) = row.recurrence() else {
            calendar.push(event.done());
            continue;
        };
        event.add_property("RRULE", recurrence::rrule_value(&rule));
        calendar.push(event.done());
        let duration = row.ends_at - row.starts_at;
        let starts = recurrence::starts(row.starts_at, &rule).unwrap_or_default();
        for change in changes.get(&row.id).map(Vec::as_slice).unwrap_or_default() {
            let Some(original) = starts.iter().copied().find(|s| local_date(*s) == change.occurrence_date) else {
                continue;
            };
            let date_cancelled = cancelled || change.status == EventStatus::Cancelled;
            let moved = change.starts_at.zip(change.ends_at);
            if !date_cancelled && moved.is_none() {
                continue;
            }
            let (start, end) = moved.unwrap_or((original, original + duration));
            let mut exception = VEvent::new();
            describe(&mut exception, start, end, date_cancelled);
            exception.append_property(
                Property::new("RECURRENCE-ID", local(original).naive_local().format("%Y%m%dT%H%M%S").to_string())
                    .add_parameter("TZID", recurrence::ZONE.name())
                    .done(),
            );
            calendar.push(exception.done());
        }
    }
    // The crate has no VTIMEZONE component (its generic ones get a UID and a DTSTAMP, which a
    // VTIMEZONE must not have), so the zone goes in as text, before the first event.
    let text = calendar.done().to_string();
    let at = text.find("BEGIN:VEVENT").or_else(|| text.find("END:VCALENDAR")).unwrap_or(text.len());
    format!("{}{VTIMEZONE}{}", &text[..at], &text[at..])
}

fn feed(conn: &mut DbConnection, config: &Config, name: &str, rows: Vec<EventRow>) -> ApiResult<String> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let changes = load_changes(conn, &ids)?;
    Ok(calendar(config, name, &rows, &changes))
}

/// All public events as an iCalendar feed (`text/calendar`), for a calendar app to subscribe to.
#[utoipa::path(
    get, path = "/public/calendar", tag = "public",
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String),
              (status = 304, description = "Not modified since the `ETag` in `If-None-Match`")),
)]
pub async fn public_calendar(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let config = state.config.clone();
    let body = db::run(&state.pool, move |conn| {
        let rows = events::table
            .filter(events::visibility.eq(Visibility::Public))
            .select(EventRow::as_select())
            .order(events::id.asc())
            .load(conn)?;
        feed(conn, &config, "Buurtverbinders", rows)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Public))
}

/// One group's public events as an iCalendar feed, by the group's slug.
#[utoipa::path(
    get, path = "/public/groups/{slug}/calendar", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String),
              (status = 304, description = "Not modified since the `ETag` in `If-None-Match`")),
)]
pub async fn public_group_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let config = state.config.clone();
    let slug = slug.into_inner();
    let body = db::run(&state.pool, move |conn| {
        let (group_id, name): (String, String) = groups::table
            .filter(groups::slug.eq(&slug))
            .select((groups::id, groups::name))
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::NotFound("No group with this slug.".into()))?;
        let rows = events::table
            .filter(events::group_id.eq(&group_id))
            .filter(events::visibility.eq(Visibility::Public))
            .select(EventRow::as_select())
            .order(events::id.asc())
            .load(conn)?;
        feed(conn, &config, &name, rows)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Public))
}

/// Every event of a group, members-only ones included, as an iCalendar feed (the group's members,
/// coordinators and admins).
#[utoipa::path(
    get, path = "/groups/{id}/calendar", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String),
              (status = 304, description = "Not modified since the `ETag` in `If-None-Match`")),
    security(("bearer" = []))
)]
pub async fn group_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "group")?;
    let config = state.config.clone();
    let body = db::run(&state.pool, move |conn| {
        let name: String = groups::table
            .find(&id)
            .select(groups::name)
            .first(conn)
            .optional()?
            .ok_or_else(|| ApiError::NotFound("No group with this id.".into()))?;
        require_agenda_reader(conn, &caller, &id)?;
        let rows = events::table
            .filter(events::group_id.eq(&id))
            .select(EventRow::as_select())
            .order(events::id.asc())
            .load(conn)?;
        feed(conn, &config, &name, rows)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Private))
}

crate::operations! {
    /// The operations of events: one list for their routes and their part of the OpenAPI document.
    pub struct EventsApi;
    list_events, create_event, get_event, patch_event, patch_occurrence, list_occurrences, group_calendar, list_public_occurrences, get_public_event, public_calendar, public_group_calendar,
}
