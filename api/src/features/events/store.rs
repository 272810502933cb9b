//! The events' rows: the only code that touches the `events`, `event_occurrences` and
//! `registrations` tables. An event and its places are one whole: capacity checks and the waiting
//! list take the event's row lock.

use std::collections::HashMap;

use api_types::{
    EventId, EventPatch, EventStatus, EventType, GroupId, Location, NeighbourhoodId, Recurrence, RegistrationId,
    RegistrationStatus, Visibility,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{event_occurrences, events, registrations};
use crate::db::{self, DbConnection, PageRequest};
use crate::error::{ApiError, ApiResult};
use crate::local_time::local;
use crate::web::body::blank_to_none;

type Backend = <DbConnection as diesel::Connection>::Backend;

/// One row of `events`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = events)]
pub struct EventRow {
    /// Id.
    pub id: EventId,
    /// What kind of event.
    pub event_type: EventType,
    /// Title.
    pub title: String,
    /// What it is about.
    pub description: Option<String>,
    /// First start, UTC.
    pub starts_at: NaiveDateTime,
    /// First end, UTC.
    pub ends_at: NaiveDateTime,
    location_name: String,
    location_address: Option<String>,
    location_postcode: Option<String>,
    location_city: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    /// Holding group; `None` for an event of a neighbourhood only.
    pub group_id: Option<GroupId>,
    /// Where it takes place.
    pub neighbourhood_id: NeighbourhoodId,
    /// Public or members only.
    pub visibility: Visibility,
    /// Capacity in people.
    pub capacity: Option<i32>,
    /// Scheduled or cancelled.
    pub status: EventStatus,
    /// Why it is called off.
    pub cancellation_reason: Option<String>,
    recurrence_interval: Option<i32>,
    recurrence_until: Option<NaiveDate>,
    recurrence_count: Option<i32>,
    /// Residents reached, as recorded afterwards.
    pub residents_reached: Option<i32>,
    /// Notes afterwards.
    pub notes: Option<String>,
    /// When an interviewee consented to their story being used.
    pub story_consent_at: Option<NaiveDateTime>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
    /// Where a moved single event was first planned to start, UTC.
    pub moved_from: Option<NaiveDateTime>,
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

    /// Whether it is a weekly series.
    pub fn is_series(&self) -> bool {
        self.recurrence_interval.is_some()
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
pub struct OccurrenceRow {
    /// The series.
    pub event_id: EventId,
    /// The local date the rule gives the occurrence.
    pub occurrence_date: NaiveDate,
    /// Scheduled or cancelled.
    pub status: EventStatus,
    /// Why it is called off.
    pub cancellation_reason: Option<String>,
    /// Moved start, UTC.
    pub starts_at: Option<NaiveDateTime>,
    /// Moved end, UTC.
    pub ends_at: Option<NaiveDateTime>,
    /// Residents reached that date.
    pub residents_reached: Option<i32>,
    /// Notes of that date.
    pub notes: Option<String>,
}

/// One row of `registrations`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = registrations)]
pub struct RegistrationRow {
    /// Id.
    pub id: RegistrationId,
    /// The event.
    pub event_id: EventId,
    /// Who signed up.
    pub name: String,
    /// Kept with consent only.
    pub email: Option<String>,
    /// Kept with consent only.
    pub phone: Option<String>,
    /// When the consent was given.
    pub contact_consent_at: Option<NaiveDateTime>,
    /// People in the party.
    pub number_of_people: i32,
    /// Confirmed, waitlisted or cancelled.
    pub status: RegistrationStatus,
    /// Would like to become a buurtverbinder.
    pub wants_to_become_connector: bool,
    /// Checked in at the door.
    pub checked_in_at: Option<NaiveDateTime>,
    /// Signed up.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// The groups and neighbourhoods whose events a member sees.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The caller's current groups.
    pub groups: Vec<GroupId>,
    /// Their neighbourhoods.
    pub neighbourhoods: Vec<NeighbourhoodId>,
}

impl Scope {
    /// Keeps in `query` only the events the scope sees: its groups' events, and the events of its
    /// neighbourhoods that belong to no group.
    fn restrict<'a, ST>(&self, query: events::BoxedQuery<'a, Backend, ST>) -> events::BoxedQuery<'a, Backend, ST> {
        query.filter(
            events::group_id
                .eq_any(db::texts(&self.groups))
                .or(events::group_id.is_null().and(events::neighbourhood_id.eq_any(db::texts(&self.neighbourhoods)))),
        )
    }
}

/// One event, if there is one.
pub fn find(conn: &mut DbConnection, id: &EventId) -> ApiResult<Option<EventRow>> {
    Ok(events::table.find(id.to_string()).select(EventRow::as_select()).first(conn).optional()?)
}

/// Takes the event's row lock for the rest of the transaction (PostgreSQL; SQLite's write lock is
/// already held), so capacity checks and waiting-list moves cannot interleave. 404 when the event
/// does not exist.
pub fn lock(conn: &mut DbConnection, id: &EventId) -> ApiResult<()> {
    let id = id.to_string();
    let updated = diesel::update(events::table.find(&id)).set(events::id.eq(&id)).execute(conn)?;
    if updated == 0 {
        return Err(ApiError::NotFound("No event with this id.".into()));
    }
    Ok(())
}

/// Whether the event exists and belongs to the group.
pub fn is_of_group(conn: &mut DbConnection, event: &EventId, group: &GroupId) -> ApiResult<bool> {
    let found: i64 = events::table
        .filter(events::id.eq(event.to_string()))
        .filter(events::group_id.eq(group.to_string()))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// The filters of the event list.
pub struct EventQuery<'a> {
    /// What the caller sees; `None` for everything.
    pub scope: Option<&'a Scope>,
    /// Only this group's events.
    pub group: Option<GroupId>,
    /// Only events of this type.
    pub event_type: Option<EventType>,
    /// Only events with this status.
    pub status: Option<EventStatus>,
    /// Only public events (an API client's view).
    pub public_only: bool,
}

/// A page of events in id order (up to `size + 1`).
pub fn page(conn: &mut DbConnection, filter: &EventQuery<'_>, request: &PageRequest) -> ApiResult<Vec<EventRow>> {
    let mut query = events::table.select(EventRow::as_select()).into_boxed();
    if filter.public_only {
        query = query.filter(events::visibility.eq(Visibility::Public));
    }
    if let Some(scope) = filter.scope {
        query = scope.restrict(query);
    }
    if let Some(group) = filter.group {
        query = query.filter(events::group_id.eq(group.to_string()));
    }
    if let Some(event_type) = filter.event_type {
        query = query.filter(events::event_type.eq(event_type));
    }
    if let Some(status) = filter.status {
        query = query.filter(events::status.eq(status));
    }
    Ok(crate::keyset_page!(query, events, request).load(conn)?)
}

/// The filters of a list of dates in a window.
pub struct WindowQuery<'a> {
    /// The instants (UTC) between which an event must have started or ended to be read: the
    /// window widened by what a date can move (`rules::reach`).
    pub reach: (NaiveDateTime, NaiveDateTime),
    /// Only public events (the public agenda).
    pub public_only: bool,
    /// What a member sees; `None` for everything.
    pub scope: Option<&'a Scope>,
    /// Only this group's events.
    pub group: Option<GroupId>,
    /// Only this event.
    pub event: Option<EventId>,
    /// Only the events of these groups (`Some(empty)` for none).
    pub groups: Option<Vec<GroupId>>,
    /// Only events held for this neighbourhood.
    pub neighbourhood: Option<NeighbourhoodId>,
    /// Only events of this type.
    pub event_type: Option<EventType>,
}

/// The events that can have a date in the window: those within its reach, and every series (a
/// series may run on).
pub fn in_window(conn: &mut DbConnection, filter: &WindowQuery<'_>) -> ApiResult<Vec<EventRow>> {
    let (from, to) = filter.reach;
    let mut query = events::table
        .select(EventRow::as_select())
        .filter(events::starts_at.lt(to))
        .filter(events::ends_at.gt(from).or(events::recurrence_interval.is_not_null()))
        .into_boxed();
    if filter.public_only {
        query = query.filter(events::visibility.eq(Visibility::Public));
    }
    if let Some(scope) = filter.scope {
        query = scope.restrict(query);
    }
    if let Some(group) = filter.group {
        query = query.filter(events::group_id.eq(group.to_string()));
    }
    if let Some(event) = filter.event {
        query = query.filter(events::id.eq(event.to_string()));
    }
    if let Some(groups) = &filter.groups {
        query = query.filter(events::group_id.eq_any(db::texts(groups)));
    }
    if let Some(neighbourhood) = filter.neighbourhood {
        query = query.filter(events::neighbourhood_id.eq(neighbourhood.to_string()));
    }
    if let Some(event_type) = filter.event_type {
        query = query.filter(events::event_type.eq(event_type));
    }
    Ok(query.load(conn)?)
}

/// Every public event, or every public event of one group, or every event of one group, in id
/// order: for the calendar feeds.
pub fn for_feed(conn: &mut DbConnection, group: Option<&GroupId>, public_only: bool) -> ApiResult<Vec<EventRow>> {
    let mut query = events::table.select(EventRow::as_select()).order(events::id.asc()).into_boxed();
    if let Some(group) = group {
        query = query.filter(events::group_id.eq(group.to_string()));
    }
    if public_only {
        query = query.filter(events::visibility.eq(Visibility::Public));
    }
    Ok(query.load(conn)?)
}

/// What a new event is stored with (texts trimmed, blanks as `None`).
pub struct NewEventRow<'a> {
    /// What kind of event.
    pub event_type: EventType,
    /// Title.
    pub title: &'a str,
    /// What it is about.
    pub description: Option<&'a str>,
    /// First start, UTC.
    pub starts_at: NaiveDateTime,
    /// First end, UTC.
    pub ends_at: NaiveDateTime,
    /// Where.
    pub location: &'a Location,
    /// Holding group.
    pub group_id: Option<GroupId>,
    /// Where it takes place.
    pub neighbourhood_id: NeighbourhoodId,
    /// Public or members only.
    pub visibility: Visibility,
    /// Capacity in people.
    pub capacity: Option<i32>,
    /// The series rule.
    pub recurrence: Option<&'a Recurrence>,
    /// Who planned it (nobody for an import).
    pub created_by: Option<&'a api_types::AccountId>,
}

/// Stores a new, scheduled event; returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewEventRow<'_>) -> ApiResult<EventId> {
    let id: EventId = db::new_id();
    let now = db::now();
    let location = new.location;
    diesel::insert_into(events::table)
        .values((
            (
                events::id.eq(id.to_string()),
                events::event_type.eq(new.event_type),
                events::title.eq(new.title.trim()),
                events::description.eq(blank_to_none(new.description)),
                events::starts_at.eq(new.starts_at),
                events::ends_at.eq(new.ends_at),
                events::location_name.eq(location.name.trim()),
                events::location_address.eq(blank_to_none(location.address.as_deref())),
                events::location_postcode.eq(blank_to_none(location.postcode.as_deref())),
                events::location_city.eq(blank_to_none(location.city.as_deref())),
                events::latitude.eq(location.latitude),
                events::longitude.eq(location.longitude),
            ),
            (
                events::group_id.eq(new.group_id.map(|g| g.to_string())),
                events::neighbourhood_id.eq(new.neighbourhood_id.to_string()),
                events::visibility.eq(new.visibility),
                events::capacity.eq(new.capacity),
                events::status.eq(EventStatus::Scheduled),
                events::recurrence_interval.eq(new.recurrence.map(|r| r.interval_weeks)),
                events::recurrence_until.eq(new.recurrence.and_then(|r| r.until)),
                events::recurrence_count.eq(new.recurrence.and_then(|r| r.count)),
                events::created_by.eq(new.created_by.map(ToString::to_string)),
                events::created_at.eq(now),
                events::updated_at.eq(now),
            ),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The values of an event after a patch, as the rules settled them.
pub struct EventChange<'a> {
    /// First start, UTC.
    pub starts_at: NaiveDateTime,
    /// First end, UTC.
    pub ends_at: NaiveDateTime,
    /// Public or members only.
    pub visibility: Visibility,
    /// Scheduled or cancelled.
    pub status: EventStatus,
    /// Why it is called off.
    pub cancellation_reason: Option<String>,
    /// The series rule.
    pub recurrence: Option<&'a Recurrence>,
    /// When an interviewee consented.
    pub story_consent_at: Option<NaiveDateTime>,
    /// Where a moved single event was first planned to start.
    pub moved_from: Option<NaiveDateTime>,
}

/// Writes a patch: the members the patch names as given, the rest as the rules settled them.
pub fn update(conn: &mut DbConnection, id: &EventId, patch: &EventPatch, change: &EventChange<'_>) -> ApiResult<()> {
    let location = patch.location.as_ref();
    let recurrence = change.recurrence;
    diesel::update(events::table.find(id.to_string()))
        .set((
            (
                patch.title.as_deref().map(|t| events::title.eq(t.trim().to_string())),
                patch.description.clone().map(|d| events::description.eq(blank_to_none(d.as_deref()))),
                events::starts_at.eq(change.starts_at),
                events::ends_at.eq(change.ends_at),
                location.map(|l| events::location_name.eq(l.name.trim().to_string())),
                location.map(|l| events::location_address.eq(blank_to_none(l.address.as_deref()))),
                location.map(|l| events::location_postcode.eq(blank_to_none(l.postcode.as_deref()))),
                location.map(|l| events::location_city.eq(blank_to_none(l.city.as_deref()))),
                location.map(|l| events::latitude.eq(l.latitude)),
                location.map(|l| events::longitude.eq(l.longitude)),
                events::visibility.eq(change.visibility),
                patch.capacity.map(|c| events::capacity.eq(c)),
            ),
            (
                events::status.eq(change.status),
                events::cancellation_reason.eq(change.cancellation_reason.clone()),
                events::recurrence_interval.eq(recurrence.map(|r| r.interval_weeks)),
                events::recurrence_until.eq(recurrence.and_then(|r| r.until)),
                events::recurrence_count.eq(recurrence.and_then(|r| r.count)),
                patch.residents_reached.map(|r| events::residents_reached.eq(r)),
                patch.notes.clone().map(|n| events::notes.eq(blank_to_none(n.as_deref()))),
                events::story_consent_at.eq(change.story_consent_at),
                events::moved_from.eq(change.moved_from),
                events::updated_at.eq(db::now()),
            ),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records what an event reached, afterwards.
pub fn set_figures(
    conn: &mut DbConnection,
    id: &EventId,
    residents_reached: Option<i32>,
    notes: Option<&str>,
) -> ApiResult<()> {
    diesel::update(events::table.find(id.to_string()))
        .set((events::residents_reached.eq(residents_reached), events::notes.eq(notes)))
        .execute(conn)?;
    Ok(())
}

/// The event with this title, if any.
pub fn find_by_title(conn: &mut DbConnection, title: &str) -> ApiResult<Option<EventId>> {
    Ok(events::table.filter(events::title.eq(title)).select(events::id).first(conn).optional()?)
}

/// Marks the event changed (a date of it changed).
pub fn touch(conn: &mut DbConnection, id: &EventId) -> ApiResult<()> {
    diesel::update(events::table.find(id.to_string())).set(events::updated_at.eq(db::now())).execute(conn)?;
    Ok(())
}

/// The dates with a status, times or figures of their own, per series.
pub fn changes(conn: &mut DbConnection, ids: &[EventId]) -> ApiResult<HashMap<EventId, Vec<OccurrenceRow>>> {
    let rows: Vec<OccurrenceRow> = event_occurrences::table
        .filter(event_occurrences::event_id.eq_any(db::texts(ids)))
        .select(OccurrenceRow::as_select())
        .load(conn)?;
    let mut by_event: HashMap<EventId, Vec<OccurrenceRow>> = HashMap::new();
    for row in rows {
        by_event.entry(row.event_id).or_default().push(row);
    }
    Ok(by_event)
}

/// The changes of one series.
pub fn changes_of(conn: &mut DbConnection, id: &EventId) -> ApiResult<Vec<OccurrenceRow>> {
    Ok(changes(conn, std::slice::from_ref(id))?.remove(id).unwrap_or_default())
}

/// One date's own values, if it has any.
pub fn find_change(conn: &mut DbConnection, id: &EventId, date: NaiveDate) -> ApiResult<Option<OccurrenceRow>> {
    Ok(event_occurrences::table
        .find((id.to_string(), date))
        .select(OccurrenceRow::as_select())
        .first(conn)
        .optional()?)
}

/// A date's own values, as the rules settled them.
pub struct DateChange {
    /// Scheduled or cancelled.
    pub status: EventStatus,
    /// Why it is called off.
    pub cancellation_reason: Option<String>,
    /// Moved start and end, UTC.
    pub times: Option<(NaiveDateTime, NaiveDateTime)>,
    /// Residents reached.
    pub residents_reached: Option<i32>,
    /// Notes.
    pub notes: Option<String>,
}

/// Stores a date's own values, replacing what it had.
pub fn save_change(conn: &mut DbConnection, id: &EventId, date: NaiveDate, change: &DateChange) -> ApiResult<()> {
    let values = (
        event_occurrences::status.eq(change.status),
        event_occurrences::cancellation_reason.eq(change.cancellation_reason.clone()),
        event_occurrences::starts_at.eq(change.times.map(|t| t.0)),
        event_occurrences::ends_at.eq(change.times.map(|t| t.1)),
        event_occurrences::residents_reached.eq(change.residents_reached),
        event_occurrences::notes.eq(change.notes.clone()),
        event_occurrences::updated_at.eq(db::now()),
    );
    if find_change(conn, id, date)?.is_some() {
        diesel::update(event_occurrences::table.find((id.to_string(), date))).set(values).execute(conn)?;
    } else {
        diesel::insert_into(event_occurrences::table)
            .values((
                event_occurrences::event_id.eq(id.to_string()),
                event_occurrences::occurrence_date.eq(date),
                values,
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Confirmed places taken (people) and waiting registrations, per event.
pub fn places(conn: &mut DbConnection, ids: &[EventId]) -> ApiResult<HashMap<EventId, (i64, i64)>> {
    let rows: Vec<(EventId, RegistrationStatus, i32)> = registrations::table
        .filter(registrations::event_id.eq_any(db::texts(ids)))
        .filter(registrations::status.ne(RegistrationStatus::Cancelled))
        .select((registrations::event_id, registrations::status, registrations::number_of_people))
        .load(conn)?;
    let mut tallies: HashMap<EventId, (i64, i64)> = HashMap::new();
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

/// The places of one event: (people confirmed, registrations waiting).
pub fn places_of(conn: &mut DbConnection, id: &EventId) -> ApiResult<(i64, i64)> {
    Ok(places(conn, std::slice::from_ref(id))?.remove(id).unwrap_or_default())
}

/// Titles of these events, by id.
pub fn titles(conn: &mut DbConnection, ids: &[EventId]) -> ApiResult<HashMap<EventId, String>> {
    Ok(events::table
        .filter(events::id.eq_any(db::texts(ids)))
        .select((events::id, events::title))
        .load::<(EventId, String)>(conn)?
        .into_iter()
        .collect())
}

/// An event in a list of one type: id, title, first start (UTC) and the residents reached.
pub type EventLine = (EventId, String, NaiveDateTime, Option<i32>);

/// A page of events of one type in id order (up to `size + 1`).
pub fn page_of_type(
    conn: &mut DbConnection,
    event_type: EventType,
    request: &PageRequest,
) -> ApiResult<Vec<EventLine>> {
    let mut query = events::table
        .filter(events::event_type.eq(event_type))
        .select((events::id, events::title, events::starts_at, events::residents_reached))
        .order(events::id.asc())
        .limit(request.size + 1)
        .into_boxed();
    if let Some(after) = &request.after {
        query = query.filter(events::id.gt(after.clone()));
    }
    Ok(query.load(conn)?)
}

/// The confirmed registrations of these events: (event, people, checked in at).
pub fn confirmed_sign_ups(
    conn: &mut DbConnection,
    ids: &[EventId],
) -> ApiResult<Vec<(EventId, i32, Option<NaiveDateTime>)>> {
    Ok(registrations::table
        .filter(registrations::event_id.eq_any(db::texts(ids)))
        .filter(registrations::status.eq(RegistrationStatus::Confirmed))
        .select((registrations::event_id, registrations::number_of_people, registrations::checked_in_at))
        .load(conn)?)
}

/// One registration, if there is one.
pub fn find_registration(conn: &mut DbConnection, id: &RegistrationId) -> ApiResult<Option<RegistrationRow>> {
    Ok(registrations::table.find(id.to_string()).select(RegistrationRow::as_select()).first(conn).optional()?)
}

/// The registration whose personal token has this hash, if any.
pub fn registration_by_token(conn: &mut DbConnection, token_hash: &str) -> ApiResult<Option<RegistrationRow>> {
    Ok(registrations::table
        .filter(registrations::token_hash.eq(token_hash))
        .select(RegistrationRow::as_select())
        .first(conn)
        .optional()?)
}

/// What a new sign-up is stored with (it joins the back of the queue as `waitlisted`).
pub struct NewRegistrationRow<'a> {
    /// The event.
    pub event_id: &'a EventId,
    /// Who signs up, trimmed.
    pub name: &'a str,
    /// With consent only.
    pub email: Option<&'a str>,
    /// With consent only.
    pub phone: Option<&'a str>,
    /// People in the party.
    pub number_of_people: i32,
    /// Would like to become a buurtverbinder.
    pub wants_to_become_connector: bool,
    /// The hash of the personal token.
    pub token_hash: &'a str,
}

/// Stores a sign-up at the back of the waiting list; returns its id. The consent moment is now
/// when contact details are given.
pub fn insert_registration(conn: &mut DbConnection, new: &NewRegistrationRow<'_>) -> ApiResult<RegistrationId> {
    let id: RegistrationId = db::new_id();
    let now = db::now();
    let consent_at = (new.email.is_some() || new.phone.is_some()).then_some(now);
    diesel::insert_into(registrations::table)
        .values((
            registrations::id.eq(id.to_string()),
            registrations::event_id.eq(new.event_id.to_string()),
            registrations::name.eq(new.name),
            registrations::email.eq(new.email),
            registrations::phone.eq(new.phone),
            registrations::contact_consent_at.eq(consent_at),
            registrations::number_of_people.eq(new.number_of_people),
            registrations::status.eq(RegistrationStatus::Waitlisted),
            registrations::wants_to_become_connector.eq(new.wants_to_become_connector),
            registrations::token_hash.eq(new.token_hash),
            registrations::created_at.eq(now),
            registrations::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The waiting registrations of an event in queue order (ids are time-ordered): id and people.
pub fn waiting_list(conn: &mut DbConnection, event: &EventId) -> ApiResult<Vec<(RegistrationId, i32)>> {
    Ok(registrations::table
        .filter(registrations::event_id.eq(event.to_string()))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted))
        .order(registrations::id.asc())
        .select((registrations::id, registrations::number_of_people))
        .load(conn)?)
}

/// How many waiting registrations of the event signed up before this one.
pub fn waiting_ahead(conn: &mut DbConnection, row: &RegistrationRow) -> ApiResult<i64> {
    Ok(registrations::table
        .filter(registrations::event_id.eq(row.event_id.to_string()))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted))
        .filter(registrations::id.lt(row.id.to_string()))
        .count()
        .get_result(conn)?)
}

/// Sets a registration's status.
pub fn set_registration_status(
    conn: &mut DbConnection,
    id: &RegistrationId,
    status: RegistrationStatus,
) -> ApiResult<()> {
    diesel::update(registrations::table.find(id.to_string()))
        .set((registrations::status.eq(status), registrations::updated_at.eq(db::now())))
        .execute(conn)?;
    Ok(())
}

/// Sets or clears the check-in moment.
pub fn set_checked_in(conn: &mut DbConnection, id: &RegistrationId, at: Option<NaiveDateTime>) -> ApiResult<()> {
    diesel::update(registrations::table.find(id.to_string()))
        .set((registrations::checked_in_at.eq(at), registrations::updated_at.eq(db::now())))
        .execute(conn)?;
    Ok(())
}

/// A page of an event's registrations in id order (up to `size + 1`), by status if given.
pub fn registration_page(
    conn: &mut DbConnection,
    event: &EventId,
    status: Option<RegistrationStatus>,
    request: &PageRequest,
) -> ApiResult<Vec<RegistrationRow>> {
    let mut query = registrations::table
        .filter(registrations::event_id.eq(event.to_string()))
        .select(RegistrationRow::as_select())
        .order(registrations::id.asc())
        .limit(request.size + 1)
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(registrations::status.eq(status));
    }
    if let Some(after) = &request.after {
        query = query.filter(registrations::id.gt(after.clone()));
    }
    Ok(query.load(conn)?)
}
