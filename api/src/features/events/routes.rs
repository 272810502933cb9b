//! Handlers of events, their dates and their calendar feeds, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    Event, EventId, EventPatch, EventStatus, EventType, GroupId, NeighbourhoodId, NewEvent, Occurrence, OccurrenceList,
    OccurrencePatch, Page, ProblemCode, PublicEvent, Visibility,
};
use chrono::NaiveDate;
use serde::Deserialize;

use super::recurrence;
use super::store::{self, EventQuery, WindowQuery};
use super::{
    calendar, caller_scope, dates, load_event, load_public_row, load_row, names_of, promote_waiting,
    require_agenda_reader, require_manager, require_reader, rules, to_events, to_public_event,
};
use crate::access::{Caller, Principal};
use crate::config::Config;
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::features::{groups, neighbourhoods, sync};
use crate::local_time::{local_date, stored};
use crate::web::body::ValidJson;
use crate::web::http::{self, ChangesParams, IfMatch, PageParams};
use crate::web::state::AppState;

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

/// An event as an API client sees it: the members' notes (which may name residents) only with
/// `personal_data`.
fn shown(mut event: Event, caller: &Caller) -> Event {
    if !caller.may_see_personal_data() {
        event.notes = None;
    }
    event
}

/// List events
///
/// List events (single events and series, in order of creation) the caller sees: a person their
/// groups' and neighbourhoods' (coordinators and admins all), an API client the public ones.
#[utoipa::path(
    get, path = "/events", tag = "events",
    params(EventFilter, PageParams, ChangesParams),
    responses((status = 200, description = "A page of events", body = Page<Event>)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn list_events(state: web::Data<AppState>, req: HttpRequest, caller: Caller) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<EventFilter>(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let group = filter.group_id.map(GroupId::from);
            let scope = match caller.person() {
                Some(person) => {
                    if let Some(group) = &group {
                        require_agenda_reader(conn, person, group)?;
                    }
                    caller_scope(conn, person)?
                }
                None => None,
            };
            let query = EventQuery {
                scope: scope.as_ref(),
                group,
                event_type: filter.event_type,
                status: filter.status,
                public_only: caller.person().is_none(),
            };
            let rows = store::page(conn, &query, &request)?;
            Ok(to_events(conn, rows)?.into_iter().map(|e| shown(e, &caller)).collect::<Vec<_>>())
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::changes_page(&req, &request, items, |e| (e.id.to_string(), e.updated_at))))
}

/// Where a new event belongs: its group's neighbourhood, or a neighbourhood without a group. 400
/// entries for a missing or unknown place.
fn placement(
    conn: &mut DbConnection,
    group: Option<GroupId>,
    neighbourhood: Option<NeighbourhoodId>,
    errors: &mut Vec<api_types::InvalidParam>,
) -> ApiResult<Option<NeighbourhoodId>> {
    Ok(match (group, neighbourhood) {
        (Some(_), Some(_)) => {
            errors.push(invalid("/neighbourhoodId", "invalid_value", "Give groupId or neighbourhoodId, not both."));
            None
        }
        (None, None) => {
            errors.push(invalid("/groupId", "required", "Give groupId or neighbourhoodId."));
            None
        }
        (Some(group), None) => {
            let found = groups::summary(conn, &group)?.map(|g| g.neighbourhood_id);
            if found.is_none() {
                errors.push(invalid("/groupId", "not_found", "No group with this id."));
            }
            found
        }
        (None, Some(neighbourhood)) => {
            if !neighbourhoods::exists(conn, &neighbourhood)? {
                errors.push(invalid("/neighbourhoodId", "not_found", "No neighbourhood with this id."));
            }
            Some(neighbourhood)
        }
    })
}

/// Create an event
///
/// Create an event. Members create events of their own groups; coordinators and admins of any
/// group, or of a neighbourhood only (`neighbourhoodId` instead of `groupId`).
#[utoipa::path(
    post, path = "/events", tag = "events",
    request_body = NewEvent,
    responses((status = 201, description = "The event was created", body = Event,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_event(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewEvent>,
) -> ApiResult<HttpResponse> {
    let new = body.0;
    let event = db::run_write(&state.pool, move |conn| {
        let starts_at = stored(&new.starts_at);
        let ends_at = stored(&new.ends_at);
        let mut errors =
            rules::check_fields(new.event_type, new.visibility, starts_at, ends_at, new.recurrence.as_ref());
        let group = new.group_id.map(GroupId::from);
        let neighbourhood = placement(conn, group, new.neighbourhood_id.map(Into::into), &mut errors)?;
        let Some(neighbourhood) = neighbourhood.filter(|_| errors.is_empty()) else {
            return Err(ApiError::InvalidInput(errors));
        };
        let allowed = match &group {
            Some(group) => groups::manages(conn, &caller, group)?,
            None => caller.sees_everything(),
        };
        if !allowed {
            return Err(ApiError::Forbidden(match group {
                Some(_) => "You can only plan events of groups you are a member of.".into(),
                None => "Only coordinators plan events of a neighbourhood without a group.".into(),
            }));
        }
        let id = store::insert(
            conn,
            &store::NewEventRow {
                event_type: new.event_type,
                title: &new.title,
                description: new.description.as_deref(),
                starts_at,
                ends_at,
                location: &new.location,
                group_id: group,
                neighbourhood_id: neighbourhood,
                visibility: new.visibility,
                capacity: new.capacity,
                recurrence: new.recurrence.as_ref(),
                created_by: Some(&caller.account_id),
            },
        )?;
        load_event(conn, &id)
    })
    .await?;
    Ok(http::created(format!("/api/v1/events/{}", event.id), &event))
}

/// Read an event
///
/// Read an event (its group's members, coordinators and admins; an API client a public one).
#[utoipa::path(
    get, path = "/events/{id}", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id")),
    responses((status = 200, description = "The event", body = Event)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn get_event(state: web::Data<AppState>, caller: Caller, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id: EventId = http::id(&id)?;
    let event = db::run(&state.pool, move |conn| {
        let row = load_row(conn, &id)?;
        match caller.person() {
            Some(person) => require_reader(conn, person, &row)?,
            None if row.visibility != Visibility::Public => {
                return Err(ApiError::Forbidden("An API client sees public events only.".into()))
            }
            None => {}
        }
        Ok(shown(load_event(conn, &id)?, &caller))
    })
    .await?;
    Ok(http::ok_with_etag(&event))
}

/// Change an event
///
/// Change an event (JSON merge patch; `If-Match` guards against lost updates). Cancelling needs a
/// `cancellationReason` and keeps the registrations; raising or removing the capacity moves people
/// up from the waiting list. `storyConsent` only for an `interview`.
#[utoipa::path(
    patch, path = "/events/{id}", tag = "events",
    params(("id" = uuid::Uuid, Path, description = "Event id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = EventPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed event", body = Event,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_event(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<EventPatch>,
) -> ApiResult<HttpResponse> {
    let id: EventId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let event = db::run_write(&state.pool, move |conn| {
        store::lock(conn, &id)?;
        let row = load_row(conn, &id)?;
        require_manager(conn, &caller, &row)?;
        let current = load_event(conn, &id)?;
        if_match.check(&current)?;
        let patched = rules::patched(&row, &patch, db::now())?;
        let (taken, waiting) = store::places_of(conn, &id)?;
        let changes = store::changes_of(conn, &id)?;
        rules::series_conflict(&row, taken + waiting, &changes, patched.starts_at, patched.recurrence.as_ref())?;
        let change = store::EventChange {
            starts_at: patched.starts_at,
            ends_at: patched.ends_at,
            visibility: patched.visibility,
            status: patched.status,
            cancellation_reason: patched.cancellation_reason.clone(),
            recurrence: patched.recurrence.as_ref(),
            story_consent_at: patched.story_consent_at,
            moved_from: patched.moved_from,
        };
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &patch, &change)?;
            if row.visibility == Visibility::Public && patched.visibility != Visibility::Public {
                // A public agenda that mirrors this one must take it down.
                sync::record_no_longer_public(conn, api_types::Collection::Events, id.uuid())?;
            }
            if patch.capacity.is_some() {
                promote_waiting(conn, &id)?;
            }
            load_event(conn, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&event))
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
    /// Only events held for this neighbourhood (a group's events count for the group's
    /// neighbourhood).
    neighbourhood_id: Option<uuid::Uuid>,
    /// Only events of this type.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    event_type: Option<EventType>,
}

/// The public dates from `from` to `to`, of one group when its slug is given.
pub(super) fn public_dates(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
    group_slug: Option<String>,
) -> ApiResult<Vec<Occurrence>> {
    let filter = OccurrenceFilter {
        from: Some(from),
        to: Some(to),
        group_id: None,
        event_id: None,
        group_slug,
        neighbourhood_id: None,
        event_type: None,
    };
    let window = rules::window(filter.from, filter.to)?;
    select_occurrences(conn, &filter, window, false, None)
}

/// Every date of every event from `from` to `to` (local dates, both included, at most 366
/// days), members' events too: what the reports count.
pub(super) fn all_dates(conn: &mut DbConnection, from: NaiveDate, to: NaiveDate) -> ApiResult<Vec<Occurrence>> {
    let filter = OccurrenceFilter {
        from: Some(from),
        to: Some(to),
        group_id: None,
        event_id: None,
        group_slug: None,
        neighbourhood_id: None,
        event_type: None,
    };
    let window = rules::window(filter.from, filter.to)?;
    select_occurrences(conn, &filter, window, true, None)
}

/// The dates in the window of the events the filter selects: only public events for the public
/// (`members` false), the events the caller sees for members (`scope`; `None` for coordinators
/// and admins).
fn select_occurrences(
    conn: &mut DbConnection,
    filter: &OccurrenceFilter,
    window: (chrono::NaiveDateTime, chrono::NaiveDateTime),
    members: bool,
    scope: Option<&store::Scope>,
) -> ApiResult<Vec<Occurrence>> {
    let by_slug = match &filter.group_slug {
        Some(slug) => Some(groups::summary_by_slug(conn, slug)?.map(|g| g.id).into_iter().collect()),
        None => None,
    };
    let query = WindowQuery {
        reach: rules::reach(window),
        public_only: !members,
        scope,
        group: filter.group_id.map(Into::into),
        event: filter.event_id.map(Into::into),
        groups: by_slug,
        neighbourhood: filter.neighbourhood_id.map(Into::into),
        event_type: filter.event_type,
    };
    let rows = store::in_window(conn, &query)?;
    let ids: Vec<EventId> = rows.iter().map(|r| r.id).collect();
    let changes = store::changes(conn, &ids)?;
    let names = names_of(conn, &rows)?;
    dates::in_window(&rows, &changes, &names, window, members)
}

/// List the dates of the caller's agenda
///
/// The caller's agenda: every date of the events they see in a window of local dates (at most
/// 366 days), earliest first, with series expanded and their cancelled or moved dates.
#[utoipa::path(
    get, path = "/event-occurrences", tag = "events",
    params(OccurrenceFilter),
    responses((status = 200, description = "The dates in the window", body = OccurrenceList)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn list_occurrences(state: web::Data<AppState>, req: HttpRequest, caller: Caller) -> ApiResult<HttpResponse> {
    let (filter, _) = http::list_query::<OccurrenceFilter>(&req)?;
    let window = rules::window(filter.from, filter.to)?;
    let items = db::run(&state.pool, move |conn| {
        // An API client sees the public dates, as the public agenda shows them.
        let Some(caller) = caller.person() else {
            return select_occurrences(conn, &filter, window, false, None);
        };
        if let Some(group) = filter.group_id {
            require_agenda_reader(conn, caller, &group.into())?;
        }
        let scope = caller_scope(conn, caller)?;
        select_occurrences(conn, &filter, window, true, scope.as_ref())
    })
    .await?;
    Ok(HttpResponse::Ok().json(OccurrenceList { items }))
}

/// Cancel, move or report one date of a series
///
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
    let id: EventId = http::id(&id)?;
    let date = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map_err(|_| ApiError::NotFound("No occurrence on this date; give it as YYYY-MM-DD.".into()))?;
    let patch = body.0;
    let occurrence = db::run_write(&state.pool, move |conn| {
        store::lock(conn, &id)?;
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
        let existing = store::find_change(conn, &id, date)?;
        let change = rules::patched_date(original, existing.as_ref(), &patch)?;
        store::save_change(conn, &id, date, &change)?;
        store::touch(conn, &id)?;
        let changes = store::changes_of(conn, &id)?;
        let names = names_of(conn, std::slice::from_ref(&row))?;
        dates::occurrences_of(&row, &changes, &names, true)?
            .into_iter()
            .find(|o| o.occurrence_date == date)
            .ok_or_else(|| ApiError::Internal("occurrence vanished".into()))
    })
    .await?;
    Ok(HttpResponse::Ok().json(occurrence))
}

/// List the public agenda
///
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
    let window = rules::window(filter.from, filter.to)?;
    let items = db::run(&state.pool, move |conn| select_occurrences(conn, &filter, window, false, None)).await?;
    Ok(HttpResponse::Ok().json(OccurrenceList { items }))
}

/// Read a public event
///
/// A public event's page: details, places left and the waiting list, the next dates of a series,
/// and whether residents can sign up. 404 for an event that is not public.
#[utoipa::path(
    get, path = "/public/events/{id}", tag = "public",
    params(("id" = uuid::Uuid, Path, description = "Event id")),
    responses((status = 200, description = "The public event", body = PublicEvent)),
)]
pub async fn get_public_event(state: web::Data<AppState>, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id: EventId = http::id(&id)?;
    let event = db::run(&state.pool, move |conn| {
        let row = load_public_row(conn, &id)?;
        to_public_event(conn, row)
    })
    .await?;
    Ok(http::ok_with_etag(&event))
}

/// A feed of these events (with their dates' own changes) as iCalendar text.
fn feed(conn: &mut DbConnection, config: &Config, name: &str, rows: Vec<store::EventRow>) -> ApiResult<String> {
    let ids: Vec<EventId> = rows.iter().map(|r| r.id).collect();
    let changes = store::changes(conn, &ids)?;
    Ok(calendar::calendar(&config.public_url, name, &rows, &changes))
}

/// Subscribe to all public events
///
/// All public events as an iCalendar feed (`text/calendar`), for a calendar app to subscribe to.
#[utoipa::path(
    get, path = "/public/calendar", tag = "public",
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String),
              (status = 304, description = "Not modified since the `ETag` in `If-None-Match`")),
)]
pub async fn public_calendar(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let config = state.config.clone();
    let body = db::run(&state.pool, move |conn| {
        let rows = store::for_feed(conn, None, true)?;
        feed(conn, &config, "Buurtverbinders", rows)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Public))
}

/// Download a public event for a calendar
///
/// One public event as an iCalendar document (`text/calendar`), for "add to my calendar": the same
/// `VEVENT` (and `UID`) as in the feeds, so a calendar that has both shows it once. 404 for an
/// event that is not public.
#[utoipa::path(
    get, path = "/public/events/{id}/calendar", tag = "public",
    params(("id" = uuid::Uuid, Path, description = "Event id")),
    responses((status = 200, description = "iCalendar (RFC 5545) with this one event", content_type = "text/calendar", body = String),
              (status = 304, description = "Not modified since the `ETag` in `If-None-Match`")),
)]
pub async fn public_event_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: EventId = http::id(&id)?;
    let config = state.config.clone();
    let body = db::run(&state.pool, move |conn| {
        let row = load_public_row(conn, &id)?;
        let name = row.title.clone();
        feed(conn, &config, &name, vec![row])
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Public))
}

/// Subscribe to a group's public events
///
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
        let group = groups::summary_by_slug(conn, &slug)?
            .ok_or_else(|| ApiError::NotFound("No group with this slug.".into()))?;
        let rows = store::for_feed(conn, Some(&group.id), true)?;
        feed(conn, &config, &group.name, rows)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Public))
}

/// Subscribe to a group's calendar
///
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
    let id: GroupId = http::id(&id)?;
    let config = state.config.clone();
    let body = db::run(&state.pool, move |conn| {
        let group = groups::summary(conn, &id)?.ok_or_else(|| ApiError::NotFound("No group with this id.".into()))?;
        require_agenda_reader(conn, &caller, &id)?;
        let rows = store::for_feed(conn, Some(&id), false)?;
        feed(conn, &config, &group.name, rows)
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Private))
}

crate::operations! {
    /// The operations of events: one list for their routes and their part of the OpenAPI document.
    pub struct EventsApi;
    list_events, create_event, get_event, patch_event, patch_occurrence, list_occurrences, group_calendar,
    list_public_occurrences, get_public_event, public_calendar, public_event_calendar, public_group_calendar,
}
