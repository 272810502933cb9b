//! Events, their occurrences and registrations, and the candidates a residents' evening brings in
//! (DESIGN.md §3).
//!
//! Times are instants with an offset (RFC 3339). The API answers them in Dutch local time
//! (Europe/Amsterdam, `+01:00` or `+02:00`); a weekly series keeps its local time of day across a
//! daylight-saving change.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[cfg(feature = "server")]
use validator::Validate;

/// Most people one registration can bring.
pub const MAX_PEOPLE_PER_REGISTRATION: i32 = 10;
/// Most occurrences a series can have (two years of weekly meetings).
pub const MAX_OCCURRENCES: i32 = 104;
/// Longest window (in days) a list of occurrences covers.
pub const MAX_WINDOW_DAYS: i64 = 366;

/// What kind of event (DESIGN.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// The evening at which residents hear about the programme and new connectors are found.
    ResidentsEvening,
    /// The group's meeting at a visible public place, open to residents with questions.
    ConnectorMeeting,
    /// A neighbourhood gathering connectors join.
    Gathering,
    /// A connector interviews a resident.
    Interview,
    /// A neighbourhood activity connectors are present at.
    Activity,
    /// Anything else.
    Other,
}

crate::string_values!(EventType {
    ResidentsEvening => "residents_evening",
    ConnectorMeeting => "connector_meeting",
    Gathering => "gathering",
    Interview => "interview",
    Activity => "activity",
    Other => "other",
});

/// Who sees an event: everyone (`public`), or the group's members and coordinators (`members`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Shown on public pages and feeds; residents can sign up.
    Public,
    /// Only for the group's members and coordinators.
    Members,
}

crate::string_values!(Visibility {
    Public => "public",
    Members => "members",
});

/// Whether an event (or one occurrence) goes ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Goes ahead.
    Scheduled,
    /// Called off; registrations are kept and the reason is shown.
    Cancelled,
}

crate::string_values!(EventStatus {
    Scheduled => "scheduled",
    Cancelled => "cancelled",
});

/// Where an event takes place.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// Name of the place, e.g. "Bibliotheek Lindeburg", 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 200, example = "Wijkcentrum De Molen"))]
    pub name: String,
    /// Street and number, at most 200 characters.
    #[cfg_attr(feature = "server", validate(length(max = 200)))]
    #[cfg_attr(feature = "server", schema(max_length = 200, example = "Molenweg 1"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Dutch postcode, e.g. `1234 AB`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::postcode")))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(pattern = r"^[1-9][0-9]{3} ?[A-Z]{2}$", example = "9999 AB"))]
    pub postcode: Option<String>,
    /// City, at most 100 characters.
    #[cfg_attr(feature = "server", validate(length(max = 100)))]
    #[cfg_attr(feature = "server", schema(max_length = 100, example = "Voorbeeldstad"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// WGS 84 latitude in degrees, −90 to 90.
    #[cfg_attr(feature = "server", validate(range(min = -90.0, max = 90.0)))]
    #[cfg_attr(feature = "server", schema(minimum = -90.0, maximum = 90.0, example = 52.0907))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// WGS 84 longitude in degrees, −180 to 180.
    #[cfg_attr(feature = "server", validate(range(min = -180.0, max = 180.0)))]
    #[cfg_attr(feature = "server", schema(minimum = -180.0, maximum = 180.0, example = 5.1214))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

/// A weekly series, as in the weekly walk-in hour: every week or every other week on the weekday
/// and local time of `startsAt`, until a date (inclusive) or for a number of occurrences. Expanded
/// as an RFC 5545 recurrence rule (`FREQ=WEEKLY;INTERVAL=…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "server", schema(example = json!({"intervalWeeks": 1, "count": 26})))]
pub struct Recurrence {
    /// Weeks between occurrences: 1 (every week) or 2 (every other week).
    #[cfg_attr(feature = "server", validate(range(min = 1, max = 2)))]
    #[cfg_attr(feature = "server", schema(minimum = 1, maximum = 2))]
    pub interval_weeks: i32,
    /// Last local date an occurrence can fall on. Give `until` or `count`, not both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub until: Option<NaiveDate>,
    /// Number of occurrences, 1–104. Give `until` or `count`, not both.
    #[cfg_attr(feature = "server", validate(range(min = 1, max = 104)))]
    #[cfg_attr(feature = "server", schema(minimum = 1, maximum = 104))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
}

/// An event. A recurring event is a series; its single dates are [`Occurrence`]s.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// UUID v7.
    pub id: Uuid,
    /// What kind of event.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Title, e.g. "Inloopuur buurtverbinders".
    #[cfg_attr(feature = "server", schema(example = "Inloopuur buurtverbinders De Linde"))]
    pub title: String,
    /// What residents can expect.
    #[cfg_attr(feature = "server", schema(example = "Een avond om kennis te maken met wat de buurt al heeft."))]
    pub description: Option<String>,
    /// Start (of the first occurrence), in Dutch local time.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T19:30:00+01:00"))]
    pub starts_at: DateTime<FixedOffset>,
    /// End (of the first occurrence), in Dutch local time.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T21:30:00+01:00"))]
    pub ends_at: DateTime<FixedOffset>,
    /// Where.
    pub location: Location,
    /// The group holding it; absent for an event of the neighbourhood only.
    pub group_id: Option<Uuid>,
    /// The neighbourhood (the group's, when a group holds it).
    pub neighbourhood_id: Uuid,
    /// Who sees it.
    pub visibility: Visibility,
    /// Most people who can come; absent for no limit.
    #[cfg_attr(feature = "server", schema(example = 30))]
    pub capacity: Option<i32>,
    /// Whether it goes ahead.
    pub status: EventStatus,
    /// Why it was called off (when `cancelled`).
    #[cfg_attr(feature = "server", schema(example = "De buurtkamer is die avond dicht."))]
    pub cancellation_reason: Option<String>,
    /// The series rule, for a recurring event.
    pub recurrence: Option<Recurrence>,
    /// People signed up and confirmed (the sum of their `numberOfPeople`).
    #[cfg_attr(feature = "server", schema(example = 12))]
    pub places_taken: i64,
    /// Registrations on the waiting list.
    pub waiting_list_count: i64,
    /// After the event: how many residents were reached.
    #[cfg_attr(feature = "server", schema(example = 25))]
    pub residents_reached: Option<i32>,
    /// After the event: short notes (members only).
    #[cfg_attr(feature = "server", schema(example = "Koffie en thee staan klaar vanaf 19.15 uur."))]
    pub notes: Option<String>,
    /// For an `interview`: when the interviewee consented to publishing a summary as a story;
    /// absent without consent.
    pub story_consent_at: Option<DateTime<Utc>>,
    /// Instant of creation (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `POST /api/v1/events`: members create events of their own groups; coordinators of any group,
/// or of a neighbourhood only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "server", schema(example = json!({"type": "residents_evening", "title": "Inwonersavond Molenwijk", "description": "Een avond om kennis te maken met wat de buurt al heeft.", "startsAt": "2026-03-10T19:30:00+01:00", "endsAt": "2026-03-10T21:30:00+01:00", "location": {"name": "Wijkcentrum De Molen", "address": "Molenweg 1", "city": "Lindeburg"}, "neighbourhoodId": "0193b5c0-7d2e-7a41-9c3b-2f5e8d1a4b61", "visibility": "public", "capacity": 40})))]
pub struct NewEvent {
    /// What kind of event.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Title, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(min_length = 1, max_length = 200, example = "Inloopuur buurtverbinders De Linde")
    )]
    pub title: String,
    /// Description, at most 2000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[cfg_attr(
        feature = "server",
        schema(max_length = 2000, example = "Een avond om kennis te maken met wat de buurt al heeft.")
    )]
    #[serde(default)]
    pub description: Option<String>,
    /// Start, with an offset, e.g. `2027-03-04T19:00:00+01:00`.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T19:30:00+01:00"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub starts_at: DateTime<FixedOffset>,
    /// End, after the start and at most 24 hours later.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T21:30:00+01:00"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub ends_at: DateTime<FixedOffset>,
    /// Where.
    #[cfg_attr(feature = "server", validate(nested))]
    pub location: Location,
    /// The group holding it. Give `groupId` or (coordinators only) `neighbourhoodId`.
    #[serde(default)]
    pub group_id: Option<Uuid>,
    /// The neighbourhood, for an event of no group (coordinators only).
    #[serde(default)]
    pub neighbourhood_id: Option<Uuid>,
    /// Who sees it.
    pub visibility: Visibility,
    /// Most people who can come, 1–10000; absent for no limit.
    #[cfg_attr(feature = "server", validate(range(min = 1, max = 10000)))]
    #[cfg_attr(feature = "server", schema(minimum = 1, maximum = 10000, example = 30))]
    #[serde(default)]
    pub capacity: Option<i32>,
    /// Makes it a weekly series.
    #[cfg_attr(feature = "server", validate(nested))]
    #[serde(default)]
    pub recurrence: Option<Recurrence>,
}

/// `PATCH /api/v1/events/{id}` (JSON merge patch). Cancelling (`status: cancelled`) needs a
/// `cancellationReason`; registrations are kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct EventPatch {
    /// Title, 1–200 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 200), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 200, example = "Inloopuur buurtverbinders De Linde")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Een avond om kennis te maken met wat de buurt al heeft."))]
    pub description: Option<Option<String>>,
    /// Start.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, example = "2026-03-10T19:30:00+01:00"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub starts_at: Option<DateTime<FixedOffset>>,
    /// End.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, example = "2026-03-10T21:30:00+01:00"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub ends_at: Option<DateTime<FixedOffset>>,
    /// Where (replaces the whole location).
    #[cfg_attr(feature = "server", validate(nested))]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub location: Option<Location>,
    /// Who sees it.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub visibility: Option<Visibility>,
    /// Capacity, or `null` for no limit. Raising it moves people up from the waiting list.
    #[cfg_attr(feature = "server", validate(range(min = 1, max = 10000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<i32>, minimum = 1, maximum = 10000, example = 30))]
    pub capacity: Option<Option<i32>>,
    /// The series rule, or `null` to make it a single event.
    #[cfg_attr(feature = "server", validate(nested))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Recurrence>))]
    pub recurrence: Option<Option<Recurrence>>,
    /// `cancelled` calls it off (with a reason); `scheduled` puts it back on.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<EventStatus>,
    /// Why it was called off, 1–500 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 500)))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 500, example = "De buurtkamer is die avond dicht.")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<String>,
    /// After the event: residents reached, 0–100000, or `null`.
    #[cfg_attr(feature = "server", validate(range(min = 0, max = 100000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<i32>, minimum = 0, maximum = 100000, example = 25))]
    pub residents_reached: Option<Option<i32>>,
    /// After the event: notes, at most 2000 characters, or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Koffie en thee staan klaar vanaf 19.15 uur."))]
    pub notes: Option<Option<String>>,
    /// For an `interview`: `true` records the interviewee's consent to publish a summary as a
    /// story (now), `false` withdraws it.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub story_consent: Option<bool>,
}

/// One date of an event: the event itself, or one date of a series, with its own status and
/// times when it was cancelled or moved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Occurrence {
    /// The event (series) id.
    pub event_id: Uuid,
    /// The local date the rule gives this occurrence; it names the occurrence in
    /// `events/{id}/occurrences/{date}` even after a move.
    pub occurrence_date: NaiveDate,
    /// What kind of event.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Title.
    #[cfg_attr(feature = "server", schema(example = "Inloopuur buurtverbinders De Linde"))]
    pub title: String,
    /// Start, in Dutch local time (moved, if it was).
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T19:30:00+01:00"))]
    pub starts_at: DateTime<FixedOffset>,
    /// End, in Dutch local time.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T21:30:00+01:00"))]
    pub ends_at: DateTime<FixedOffset>,
    /// Where.
    pub location: Location,
    /// The group holding it.
    pub group_id: Option<Uuid>,
    /// The group's name.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub group_name: Option<String>,
    /// The group's public page slug (`/vraag/{groupSlug}` in the web client), where residents
    /// ask it a question.
    #[cfg_attr(feature = "server", schema(example = "de-linde"))]
    pub group_slug: Option<String>,
    /// The neighbourhood it is held for (the group's, for a group's event).
    pub neighbourhood_id: Uuid,
    /// The neighbourhood's name.
    #[cfg_attr(feature = "server", schema(example = "De Linde"))]
    pub neighbourhood_name: Option<String>,
    /// Who sees it.
    pub visibility: Visibility,
    /// Whether this date goes ahead (a cancelled series cancels every date).
    pub status: EventStatus,
    /// Why it was called off.
    #[cfg_attr(feature = "server", schema(example = "De buurtkamer is die avond dicht."))]
    pub cancellation_reason: Option<String>,
    /// Whether it was moved from the date and time the rule gives.
    pub moved: bool,
    /// Whether it is one date of a series.
    pub recurring: bool,
    /// For a date of a series: the weeks between its dates (1 every week, 2 every other week),
    /// so an agenda can show the series once ("every Tuesday 10:00–12:00").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval_weeks: Option<i32>,
    /// For a date of a series: the series' last date (by its rule, as `occurrenceDate` names
    /// dates), so an agenda can say until when it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<NaiveDate>,
    /// After the date: residents reached (members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(example = 25))]
    pub residents_reached: Option<i32>,
    /// After the date: notes (members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(example = "Koffie en thee staan klaar vanaf 19.15 uur."))]
    pub notes: Option<String>,
}

/// `PATCH /api/v1/events/{id}/occurrences/{date}` (JSON merge patch): cancel or move one date of
/// a series, or record what it reached.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct OccurrencePatch {
    /// `cancelled` (with a reason) or `scheduled`.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<EventStatus>,
    /// Why this date is called off, 1–500 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 500)))]
    #[cfg_attr(
        feature = "server",
        schema(nullable = false, min_length = 1, max_length = 500, example = "De buurtkamer is die avond dicht.")
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<String>,
    /// New start; give `endsAt` with it.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, example = "2026-03-10T19:30:00+01:00"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub starts_at: Option<DateTime<FixedOffset>>,
    /// New end.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false, example = "2026-03-10T21:30:00+01:00"))]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub ends_at: Option<DateTime<FixedOffset>>,
    /// Residents reached, 0–100000, or `null`.
    #[cfg_attr(feature = "server", validate(range(min = 0, max = 100000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<i32>, minimum = 0, maximum = 100000, example = 25))]
    pub residents_reached: Option<Option<i32>>,
    /// Notes, at most 2000 characters, or `null`.
    #[cfg_attr(feature = "server", validate(length(max = 2000)))]
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 2000, example = "Koffie en thee staan klaar vanaf 19.15 uur."))]
    pub notes: Option<Option<String>>,
}

/// A list of occurrences in a window: `{ "items": [...] }`, in order of start. The window
/// (`from`, `to`, at most 366 days) bounds it, so it has no further pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct OccurrenceList {
    /// The occurrences, earliest first.
    pub items: Vec<Occurrence>,
}

/// An event as the public sees it: nothing about who signed up, and no notes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PublicEvent {
    /// UUID v7.
    pub id: Uuid,
    /// What kind of event.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Title.
    #[cfg_attr(feature = "server", schema(example = "Inloopuur buurtverbinders De Linde"))]
    pub title: String,
    /// Description.
    #[cfg_attr(feature = "server", schema(example = "Een avond om kennis te maken met wat de buurt al heeft."))]
    pub description: Option<String>,
    /// Start (of the first occurrence), in Dutch local time.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T19:30:00+01:00"))]
    pub starts_at: DateTime<FixedOffset>,
    /// End, in Dutch local time.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T21:30:00+01:00"))]
    pub ends_at: DateTime<FixedOffset>,
    /// Where.
    pub location: Location,
    /// The group's name.
    #[cfg_attr(feature = "server", schema(example = "Buurtverbinders De Linde"))]
    pub group_name: Option<String>,
    /// The group's public page slug.
    #[cfg_attr(feature = "server", schema(example = "de-linde"))]
    pub group_slug: Option<String>,
    /// Whether it goes ahead.
    pub status: EventStatus,
    /// Why it was called off.
    #[cfg_attr(feature = "server", schema(example = "De buurtkamer is die avond dicht."))]
    pub cancellation_reason: Option<String>,
    /// The series rule, for a recurring event.
    pub recurrence: Option<Recurrence>,
    /// The next dates of a series (at most 8, from today), with their own status.
    pub upcoming: Vec<Occurrence>,
    /// Whether residents can sign up now: a single, public, scheduled event that has not started.
    pub registration_open: bool,
    /// Most people who can come; absent for no limit.
    #[cfg_attr(feature = "server", schema(example = 30))]
    pub capacity: Option<i32>,
    /// Places a sign-up gets now; absent for no limit. The waiting list is a queue: while anyone
    /// who fits waits, a new sign-up joins the back of it, so this is 0 then even when some places
    /// are free.
    pub places_left: Option<i64>,
    /// Registrations waiting for a place.
    pub waiting_list_count: i64,
    /// For a single event that was moved: where it was first planned to start, in Dutch local time
    /// (`startsAt` is the new start).
    pub moved_from: Option<DateTime<FixedOffset>>,
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    /// Has a place.
    Confirmed,
    /// Waits for a place; moves up in order of sign-up when places come free.
    Waitlisted,
    /// Cancelled by the resident (or a member).
    Cancelled,
}

crate::string_values!(RegistrationStatus {
    Confirmed => "confirmed",
    Waitlisted => "waitlisted",
    Cancelled => "cancelled",
});

/// `POST /api/v1/public/events/{id}/registrations`: a resident signs up, without an account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewRegistration {
    /// Name, 1–100 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 100), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 100, example = "Sanne de Vries"))]
    pub name: String,
    /// Email, only with `contactConsent`.
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "sanne@example.org"))]
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number, only with `contactConsent`.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", example = "06-12345678"))]
    pub phone: Option<String>,
    /// The resident agrees that the group keeps their email or phone to contact them about this
    /// event (AVG); required when either is given.
    #[serde(default)]
    pub contact_consent: bool,
    /// People coming, 1–10 (default 1).
    #[cfg_attr(feature = "server", validate(range(min = 1, max = 10)))]
    #[cfg_attr(feature = "server", schema(minimum = 1, maximum = 10))]
    #[serde(default)]
    pub number_of_people: Option<i32>,
    /// At a residents' evening: "I would like to become a buurtverbinder". Makes a candidate.
    #[serde(default)]
    pub wants_to_become_connector: bool,
    /// Why, in a few words (with `wantsToBecomeConnector`), at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[cfg_attr(
        feature = "server",
        schema(max_length = 1000, example = "Ik woon hier twintig jaar en ken veel mensen in de straat.")
    )]
    #[serde(default)]
    pub motivation: Option<String>,
}

/// A registration, as members of the group see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Registration {
    /// UUID v7.
    pub id: Uuid,
    /// The event.
    pub event_id: Uuid,
    /// Name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub name: String,
    /// Email (given with consent).
    #[cfg_attr(feature = "server", schema(example = "sanne@example.org"))]
    pub email: Option<String>,
    /// Phone (given with consent).
    #[cfg_attr(feature = "server", schema(example = "06-12345678"))]
    pub phone: Option<String>,
    /// When the resident consented to being contacted; absent without contact details.
    pub contact_consent_at: Option<DateTime<Utc>>,
    /// People coming.
    pub number_of_people: i32,
    /// Where it stands.
    pub status: RegistrationStatus,
    /// Place on the waiting list (1 is next), while `waitlisted`.
    pub waiting_list_position: Option<i64>,
    /// Wants to become a buurtverbinder (residents' evenings).
    pub wants_to_become_connector: bool,
    /// When the resident was checked in at the door.
    pub checked_in_at: Option<DateTime<Utc>>,
    /// Instant of sign-up (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `PATCH /api/v1/events/{id}/registrations/{registrationId}`: check a resident in at the door
/// (`checkedIn: true`) or undo it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct RegistrationPatch {
    /// Checked in at the door.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub checked_in: Option<bool>,
    /// `cancelled` cancels it for the resident (a place may come free).
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<RegistrationStatus>,
}

/// What the resident gets back: their sign-up and a personal link to cancel it. Holds nothing
/// of anyone else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct RegistrationReceipt {
    /// The personal token (256 random bits); keep it to look at or cancel the sign-up at
    /// `public/registrations/{token}`.
    #[cfg_attr(feature = "server", schema(example = "p7Qm2Xc9Lk4Rt8Vb1Ns6Hd3Fg0Jw5Yz"))]
    pub token: String,
    /// The event.
    pub event_id: Uuid,
    /// The event's title.
    #[cfg_attr(feature = "server", schema(example = "Inwonersavond Molenwijk"))]
    pub event_title: String,
    /// The event's start, in Dutch local time.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T19:30:00+01:00"))]
    pub starts_at: DateTime<FixedOffset>,
    /// The event's end, in Dutch local time.
    #[cfg_attr(feature = "server", schema(example = "2026-03-10T21:30:00+01:00"))]
    pub ends_at: DateTime<FixedOffset>,
    /// Where.
    pub location: Location,
    /// Name given.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub name: String,
    /// People coming.
    pub number_of_people: i32,
    /// Where it stands.
    pub status: RegistrationStatus,
    /// Place on the waiting list (1 is next), while `waitlisted`.
    pub waiting_list_position: Option<i64>,
    /// Whether the event goes ahead: `cancelled` when it was called off (the sign-up itself is
    /// kept).
    pub event_status: EventStatus,
    /// Why it was called off (when `eventStatus` is `cancelled`).
    #[cfg_attr(feature = "server", schema(example = "De buurtkamer is die avond dicht."))]
    pub cancellation_reason: Option<String>,
    /// When the event was moved: where it was first planned to start, in Dutch local time
    /// (`startsAt` is the new start).
    pub moved_from: Option<DateTime<FixedOffset>>,
}

/// A candidate's place in the pipeline: `interested` → `contacted` → `in_training` → `joined`,
/// or `declined` at any step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum CandidateStatus {
    /// Said they would like to become a buurtverbinder.
    Interested,
    /// A coordinator talked to them.
    Contacted,
    /// Takes part in a training.
    InTraining,
    /// Member of a group.
    Joined,
    /// Not (or no longer) joining.
    Declined,
}

crate::string_values!(CandidateStatus {
    Interested => "interested",
    Contacted => "contacted",
    InTraining => "in_training",
    Joined => "joined",
    Declined => "declined",
});

impl CandidateStatus {
    /// The statuses a candidate may move to from `self`: one step on, or `declined`; a declined
    /// candidate can be picked up again (`interested`).
    pub fn next(self) -> &'static [CandidateStatus] {
        use CandidateStatus::*;
        match self {
            Interested => &[Contacted, Declined],
            Contacted => &[InTraining, Joined, Declined],
            InTraining => &[Joined, Declined],
            Joined => &[],
            Declined => &[Interested],
        }
    }
}

/// One entry in a candidate's note trail: a note, a status change, or both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CandidateNote {
    /// UUID v7.
    pub id: Uuid,
    /// Who wrote it (account email); absent when the system wrote it.
    #[cfg_attr(feature = "server", schema(example = "Karin Jansen"))]
    pub author: Option<String>,
    /// The note.
    #[cfg_attr(feature = "server", schema(example = "Gebeld; komt naar de training in maart."))]
    pub body: Option<String>,
    /// Status before, for a status change.
    pub from_status: Option<CandidateStatus>,
    /// Status after, for a status change.
    pub to_status: Option<CandidateStatus>,
    /// When (UTC).
    pub created_at: DateTime<Utc>,
}

/// A resident who would like to become a buurtverbinder (coordinators and admins only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    /// UUID v7.
    pub id: Uuid,
    /// Name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub name: String,
    /// Email.
    #[cfg_attr(feature = "server", schema(example = "sanne@example.org"))]
    pub email: Option<String>,
    /// Phone.
    #[cfg_attr(feature = "server", schema(example = "06-12345678"))]
    pub phone: Option<String>,
    /// Why they would like to join.
    #[cfg_attr(feature = "server", schema(example = "Ik woon hier twintig jaar en ken veel mensen in de straat."))]
    pub motivation: Option<String>,
    /// Where they are in the pipeline.
    pub status: CandidateStatus,
    /// The residents' evening they signed up at.
    pub event_id: Option<Uuid>,
    /// That evening's title.
    #[cfg_attr(feature = "server", schema(example = "Inwonersavond Molenwijk"))]
    pub event_title: Option<String>,
    /// The person made of them, once enrolled.
    pub person_id: Option<Uuid>,
    /// The group they asked to join (through its site) or were added to.
    pub group_id: Option<Uuid>,
    /// The training they were added to.
    pub training_id: Option<Uuid>,
    /// Note trail, oldest first.
    pub notes: Vec<CandidateNote>,
    /// Instant of creation (UTC).
    pub created_at: DateTime<Utc>,
    /// Instant of the last change (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `POST /api/v1/candidates`: a coordinator adds someone met elsewhere.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct NewCandidate {
    /// Name, 1–100 characters.
    #[cfg_attr(feature = "server", validate(length(min = 1, max = 100), custom(function = "crate::rules::not_blank")))]
    #[cfg_attr(feature = "server", schema(min_length = 1, max_length = 100, example = "Sanne de Vries"))]
    pub name: String,
    /// Email.
    #[cfg_attr(feature = "server", validate(email, length(max = 254)))]
    #[cfg_attr(feature = "server", schema(max_length = 254, format = Email, example = "sanne@example.org"))]
    #[serde(default)]
    pub email: Option<String>,
    /// Phone.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::phone")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[+() -]*([0-9][+() -]*){6,15}$", example = "06-12345678"))]
    pub phone: Option<String>,
    /// Motivation, at most 1000 characters.
    #[cfg_attr(feature = "server", validate(length(max = 1000)))]
    #[cfg_attr(
        feature = "server",
        schema(max_length = 1000, example = "Ik woon hier twintig jaar en ken veel mensen in de straat.")
    )]
    #[serde(default)]
    pub motivation: Option<String>,
}

/// `PATCH /api/v1/candidates/{id}`: move the candidate along (409 names the allowed moves)
/// and/or add a note to the trail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct CandidatePatch {
    /// New status.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub status: Option<CandidateStatus>,
    /// A note for the trail, 1–2000 characters.
    #[cfg_attr(
        feature = "server",
        validate(length(min = 1, max = 2000), custom(function = "crate::rules::not_blank"))
    )]
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "server",
        schema(
            nullable = false,
            example = "Gebeld; komt naar de training in maart.",
            min_length = 1,
            max_length = 2000
        )
    )]
    pub note: Option<String>,
}

/// `POST /api/v1/candidates/{id}/enrolment`: in one go, make the candidate a person, add them to
/// a forming group as a resident (the composition rules apply: 409 and nothing changed when the
/// group is full) and, optionally, to a training. The candidate becomes `in_training` with a
/// training, `joined` without.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct Enrolment {
    /// The forming group to join.
    pub group_id: Uuid,
    /// The training to take part in (still planning or scheduled).
    #[serde(default)]
    pub training_id: Option<Uuid>,
    /// The person's postcode, if known.
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::postcode")))]
    #[serde(default)]
    #[cfg_attr(feature = "server", schema(pattern = r"^[1-9][0-9]{3} ?[A-Z]{2}$", example = "9999 AB"))]
    pub postcode: Option<String>,
}

/// Per residents' evening: how many came, how many were interested, how many joined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ResidentsEveningReport {
    /// The evening.
    pub event_id: Uuid,
    /// Its title.
    #[cfg_attr(feature = "server", schema(example = "Inwonersavond Molenwijk"))]
    pub title: String,
    /// Its start, in Dutch local time.
    pub starts_at: DateTime<FixedOffset>,
    /// People signed up and confirmed.
    pub registered: i64,
    /// People checked in at the door; when nobody was checked in, the residents reached as recorded.
    pub came: i64,
    /// Candidates from this evening.
    pub interested: i64,
    /// Of those, now in a training.
    pub in_training: i64,
    /// Of those, joined a group.
    pub joined: i64,
}
