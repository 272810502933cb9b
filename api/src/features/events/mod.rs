//! `events`: residents' evenings, connector meetings at visible places, gatherings, interviews
//! and activities; weekly series with single dates cancelled or moved (`events/{id}/occurrences`);
//! the public agenda (`public/events`), iCalendar feeds, and the event's places: sign-ups without
//! an account within its capacity or on its waiting list (`registrations`).
//!
//! An event and its registrations are one feature: the capacity and the waiting list are rules of
//! the event (a larger capacity moves the queue up; a sign-up takes the event's row lock), so
//! splitting them would make each call the other.
//!
//! Members see the events of their current groups and the neighbourhood-only events of their
//! groups' neighbourhoods; coordinators and admins see all (`policy::reads_event`). The public sees
//! `public` events only, under `/public/…`, without a token.

mod calendar;
mod dates;
mod recurrence;
mod registrations;
mod routes;
mod rules;
mod store;

use std::collections::HashMap;

use api_types::{Event, EventId, EventType, GroupId, PublicEvent, RegistrationId, Visibility};
use chrono::NaiveDateTime;

pub use registrations::RegistrationsApi;
pub use routes::EventsApi;
pub use store::{DateChange, NewEventRow, NewRegistrationRow};

use crate::access::policy::{self, EventRelation};
use crate::access::Principal;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::{ApiError, ApiResult};
use crate::features::{groups, neighbourhoods};
use crate::web::http;
use store::{EventRow, Scope};

/// A resident's sign-up, as features above events see it in the sign-up's transaction.
#[derive(Debug, Clone)]
pub struct SignUp {
    /// The registration.
    pub registration_id: RegistrationId,
    /// The event.
    pub event_id: EventId,
    /// Who signed up, trimmed.
    pub name: String,
    /// Their email, lower case, given with consent.
    pub email: Option<String>,
    /// Their phone number, given with consent.
    pub phone: Option<String>,
    /// They would like to become a buurtverbinder (only at a residents' evening).
    pub wants_to_become_connector: bool,
    /// Why, in their words.
    pub motivation: Option<String>,
}

/// What features above events do with a sign-up, plugged in by the app (`app.rs`) so events
/// depend on nothing above them: at a residents' evening a sign-up can bring in a candidate.
#[derive(Clone, Copy)]
pub struct Ports {
    /// Runs in the sign-up's transaction; an error undoes the sign-up (from candidates).
    pub signed_up: fn(&mut DbConnection, &SignUp) -> ApiResult<()>,
}

/// Whether the event exists and belongs to the group (a question asked at one of its events).
pub fn is_event_of_group(conn: &mut DbConnection, event: &EventId, group: &GroupId) -> ApiResult<bool> {
    store::is_of_group(conn, event, group)
}

/// When an event takes place, for what refers to it (a member's time spent at it).
#[derive(Debug, Clone, Copy)]
pub struct EventTiming {
    /// The group that holds it, if one does.
    pub group_id: Option<GroupId>,
    /// Its (first) start, UTC.
    pub starts_at: NaiveDateTime,
    /// Whether it is a weekly series (then a start alone does not say which date is meant).
    pub series: bool,
}

/// The event's timing, if the event exists.
pub fn timing(conn: &mut DbConnection, id: &EventId) -> ApiResult<Option<EventTiming>> {
    Ok(store::find(conn, id)?.map(|row| EventTiming {
        group_id: row.group_id,
        starts_at: row.starts_at,
        series: row.recurrence().is_some(),
    }))
}

/// The event with this title, if any (the demo data is added once).
pub fn find_by_title(conn: &mut DbConnection, title: &str) -> ApiResult<Option<EventId>> {
    store::find_by_title(conn, title)
}

/// Stores an event as an import gives it (the demo data: any time, no one who planned it);
/// returns its id.
pub fn import_event(conn: &mut DbConnection, new: &NewEventRow<'_>) -> ApiResult<EventId> {
    store::insert(conn, new)
}

/// Records what an imported event reached, afterwards.
pub fn import_figures(
    conn: &mut DbConnection,
    id: &EventId,
    residents_reached: Option<i32>,
    notes: Option<&str>,
) -> ApiResult<()> {
    store::set_figures(conn, id, residents_reached, notes)
}

/// Stores one date's own values of an imported series.
pub fn import_date_change(
    conn: &mut DbConnection,
    id: &EventId,
    date: chrono::NaiveDate,
    change: &DateChange,
) -> ApiResult<()> {
    store::save_change(conn, id, date, change)
}

/// Stores a registration as an import gives it: its status, and whether it was checked in (now).
pub fn import_registration(
    conn: &mut DbConnection,
    new: &NewRegistrationRow<'_>,
    status: api_types::RegistrationStatus,
    checked_in: bool,
) -> ApiResult<RegistrationId> {
    let id = store::insert_registration(conn, new)?;
    store::set_registration_status(conn, &id, status)?;
    if checked_in {
        store::set_checked_in(conn, &id, Some(db::now()))?;
    }
    Ok(id)
}

/// A public event as its public page shows it; 404 for an event that is not public.
pub fn public_event(conn: &mut DbConnection, id: &EventId) -> ApiResult<PublicEvent> {
    let row = load_public_row(conn, id)?;
    to_public_event(conn, row)
}

/// The dates of public events from `from` to `to` (local dates, both inclusive, at most 366
/// days), of the group with this slug when given: what the public agenda shows.
pub fn public_dates(
    conn: &mut DbConnection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    group_slug: Option<String>,
) -> ApiResult<Vec<api_types::Occurrence>> {
    routes::public_dates(conn, from, to, group_slug)
}

/// Every date of every event from `from` to `to` (local dates, both included, at most 366 days),
/// members' events and cancelled dates too, each with its status and figures: what the reports
/// count.
pub fn dates_between(
    conn: &mut DbConnection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> ApiResult<Vec<api_types::Occurrence>> {
    routes::all_dates(conn, from, to)
}

/// The titles of these events, by id.
pub fn titles(conn: &mut DbConnection, ids: &[EventId]) -> ApiResult<HashMap<EventId, String>> {
    store::titles(conn, ids)
}

/// A residents' evening with what its sign-ups show, for the report of residents' evenings.
#[derive(Debug, Clone)]
pub struct EveningFigures {
    /// The evening.
    pub id: EventId,
    /// Its title.
    pub title: String,
    /// Its start, UTC.
    pub starts_at: NaiveDateTime,
    /// Residents reached, as recorded afterwards.
    pub residents_reached: Option<i32>,
    /// Its confirmed sign-ups: people in each party, and when they were checked in.
    pub sign_ups: Vec<(i32, Option<NaiveDateTime>)>,
}

/// One confirmed sign-up as the reports count it: people in the party, and when they were
/// checked in at the door.
pub type SignUpFigures = (i32, Option<NaiveDateTime>);

/// The confirmed sign-ups of these events, by event.
pub fn sign_ups_of(conn: &mut DbConnection, ids: &[EventId]) -> ApiResult<HashMap<EventId, Vec<SignUpFigures>>> {
    let mut sign_ups: HashMap<EventId, Vec<SignUpFigures>> = HashMap::new();
    for (event, people, checked_in) in store::confirmed_sign_ups(conn, ids)? {
        sign_ups.entry(event).or_default().push((people, checked_in));
    }
    Ok(sign_ups)
}

/// A page of residents' evenings in id order (up to `size + 1`), with their confirmed sign-ups.
pub fn residents_evenings(conn: &mut DbConnection, request: &PageRequest) -> ApiResult<Vec<EveningFigures>> {
    let evenings = store::page_of_type(conn, EventType::ResidentsEvening, request)?;
    let ids: Vec<EventId> = evenings.iter().map(|e| e.0).collect();
    let mut sign_ups = sign_ups_of(conn, &ids)?;
    Ok(evenings
        .into_iter()
        .map(|(id, title, starts_at, residents_reached)| EveningFigures {
            id,
            title,
            starts_at,
            residents_reached,
            sign_ups: sign_ups.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// The groups and neighbourhoods whose events the caller sees: `None` for coordinators and
/// admins (everything).
fn caller_scope(conn: &mut DbConnection, caller: &Principal) -> ApiResult<Option<Scope>> {
    if caller.sees_everything() {
        return Ok(None);
    }
    let groups = groups::caller_group_ids(conn, caller)?;
    let neighbourhoods = groups::neighbourhoods_of(conn, &groups)?;
    Ok(Some(Scope { groups, neighbourhoods }))
}

/// How the caller stands to an event, for the policy.
fn relation(conn: &mut DbConnection, caller: &Principal, row: &EventRow) -> ApiResult<EventRelation> {
    let Some(scope) = caller_scope(conn, caller)? else {
        return Ok(EventRelation::Outsider);
    };
    Ok(match &row.group_id {
        Some(group) if scope.groups.contains(group) => EventRelation::GroupMember,
        None if scope.neighbourhoods.contains(&row.neighbourhood_id) => EventRelation::Neighbour,
        _ => EventRelation::Outsider,
    })
}

/// 403 unless the caller sees the event.
fn require_reader(conn: &mut DbConnection, caller: &Principal, row: &EventRow) -> ApiResult<()> {
    if policy::reads_event(caller, relation(conn, caller, row)?) {
        Ok(())
    } else {
        Err(ApiError::Forbidden("Only the group's members and coordinators see this event.".into()))
    }
}

/// 403 unless the caller changes the event: the holding group's current members, coordinators
/// and admins; a neighbourhood-only event only coordinators and admins.
fn require_manager(conn: &mut DbConnection, caller: &Principal, row: &EventRow) -> ApiResult<()> {
    if policy::changes_event(caller, relation(conn, caller, row)?) {
        Ok(())
    } else {
        Err(ApiError::Forbidden("Only the group's members and coordinators manage this event and its sign-ups.".into()))
    }
}

/// 403 unless the caller sees the group's agenda (its current members, coordinators and admins):
/// asking for another group's events is refused rather than answered with an empty list.
fn require_agenda_reader(conn: &mut DbConnection, caller: &Principal, group: &GroupId) -> ApiResult<()> {
    if groups::manages(conn, caller, group)? {
        return Ok(());
    }
    Err(ApiError::Forbidden(
        "Only the group's members and coordinators see its agenda; its public events are in the public agenda.".into(),
    ))
}

/// One event's row; 404 when there is none.
fn load_row(conn: &mut DbConnection, id: &EventId) -> ApiResult<EventRow> {
    store::find(conn, id)?.ok_or_else(|| ApiError::NotFound("No event with this id.".into()))
}

/// A public event's row; 404 (as for no event at all) when it is for members only.
fn load_public_row(conn: &mut DbConnection, id: &EventId) -> ApiResult<EventRow> {
    let row = load_row(conn, id)?;
    if row.visibility != Visibility::Public {
        return Err(ApiError::NotFound("No event with this id.".into()));
    }
    Ok(row)
}

fn to_event(row: EventRow, (taken, waiting): (i64, i64)) -> Event {
    Event {
        id: row.id.uuid(),
        event_type: row.event_type,
        title: row.title.clone(),
        description: row.description.clone(),
        starts_at: row.local_start(),
        ends_at: row.local_end(),
        location: row.location(),
        group_id: row.group_id.map(GroupId::uuid),
        neighbourhood_id: row.neighbourhood_id.uuid(),
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

/// The representations of event rows with their places, in one read for the whole list.
fn to_events(conn: &mut DbConnection, rows: Vec<EventRow>) -> ApiResult<Vec<Event>> {
    let ids: Vec<EventId> = rows.iter().map(|r| r.id).collect();
    let mut tallies = store::places(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let tally = tallies.remove(&row.id).unwrap_or_default();
            to_event(row, tally)
        })
        .collect())
}

fn load_event(conn: &mut DbConnection, id: &EventId) -> ApiResult<Event> {
    let row = load_row(conn, id)?;
    let tally = store::places_of(conn, id)?;
    Ok(to_event(row, tally))
}

/// The names the dates of these events show: their groups' names and slugs, their
/// neighbourhoods' names (two queries, whatever the number of events).
fn names_of(conn: &mut DbConnection, rows: &[EventRow]) -> ApiResult<dates::Names> {
    let group_ids: Vec<GroupId> = rows.iter().filter_map(|r| r.group_id).collect();
    let mut neighbourhood_ids: Vec<api_types::NeighbourhoodId> = rows.iter().map(|r| r.neighbourhood_id).collect();
    neighbourhood_ids.sort_unstable_by_key(|id| id.uuid());
    neighbourhood_ids.dedup();
    Ok(dates::Names {
        groups: groups::names_and_slugs(conn, &group_ids)?,
        neighbourhoods: neighbourhoods::names(conn, &neighbourhood_ids)?,
    })
}

fn to_public_event(conn: &mut DbConnection, row: EventRow) -> ApiResult<PublicEvent> {
    let (taken, waiting) = store::places_of(conn, &row.id)?;
    let queue: Vec<i32> = store::waiting_list(conn, &row.id)?.into_iter().map(|(_, people)| people).collect();
    let names = names_of(conn, std::slice::from_ref(&row))?;
    let group: Option<(String, String)> = row.group_id.as_ref().and_then(|id| names.groups.get(id)).cloned();
    let changes = store::changes_of(conn, &row.id)?;
    let now = db::now();
    let upcoming = if row.is_series() {
        dates::occurrences_of(&row, &changes, &names, false)?
            .into_iter()
            .filter(|o| o.ends_at.naive_utc() > now)
            .take(rules::UPCOMING_ON_PUBLIC_PAGE)
            .collect()
    } else {
        Vec::new()
    };
    Ok(PublicEvent {
        id: row.id.uuid(),
        event_type: row.event_type,
        title: row.title.clone(),
        description: row.description.clone(),
        starts_at: row.local_start(),
        ends_at: row.local_end(),
        location: row.location(),
        group_name: group.as_ref().map(|g| g.0.clone()),
        group_slug: group.map(|g| g.1),
        status: row.status,
        cancellation_reason: row.cancellation_reason.clone(),
        recurrence: row.recurrence(),
        upcoming,
        registration_open: rules::registration_open(&row, now),
        capacity: row.capacity,
        places_left: rules::places_for_newcomer(row.capacity, taken, &queue),
        waiting_list_count: waiting,
        moved_from: row.moved_from.map(crate::local_time::local),
    })
}

/// Moves waiting registrations up in order of sign-up while the next in line fits
/// (`rules::promoted`). Call it with the event's lock held, after places came free or were added.
fn promote_waiting(conn: &mut DbConnection, event: &EventId) -> ApiResult<()> {
    let row = load_row(conn, event)?;
    let (taken, _) = store::places_of(conn, event)?;
    let waiting = store::waiting_list(conn, event)?;
    for id in rules::promoted(row.capacity, taken, &waiting) {
        store::set_registration_status(conn, &id, api_types::RegistrationStatus::Confirmed)?;
    }
    Ok(())
}
