//! Members' time (`/api/v1/time-entries`, `/api/v1/groups/{id}/time-weeks`): after the training
//! connectors spend on average two to four hours a week (DESIGN.md §1). A member logs their own
//! time; the weeks against that band, and the signals of too much or of dropping away, are a care
//! signal for the group's professionals and the coordinators, never a ranking.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
#[cfg(feature = "server")]
use validator::Validate;

/// What the time was spent on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(diesel::AsExpression, diesel::FromSqlRow), diesel(sql_type = diesel::sql_types::Text))]
#[serde(rename_all = "snake_case")]
pub enum TimeActivity {
    /// The group's walk-in hour.
    WalkInHour,
    /// An event of the group (a residents' evening, an activity).
    Event,
    /// An interview with a resident.
    Interview,
    /// Working on a resident's question (a warm referral, a follow-up).
    Question,
    /// A meeting of the group.
    Meeting,
    /// Training.
    Training,
    /// Anything else for the programme.
    Other,
}

crate::string_values!(TimeActivity {
    WalkInHour => "walk_in_hour",
    Event => "event",
    Interview => "interview",
    Question => "question",
    Meeting => "meeting",
    Training => "training",
    Other => "other",
});

/// The longest time one entry holds, in minutes: a day (from the product: a longer entry is a
/// typing mistake, `130` for `1:30`).
pub const MAX_ENTRY_MINUTES: i32 = 24 * 60;

/// Reads a duration as people write it: hours and minutes `1:30` (also `0:45`, `2:00`), or whole
/// hours `2`, or `1,5` / `1.5` hours; minutes, 1 to [`MAX_ENTRY_MINUTES`]. `Err` says what is
/// wrong, in words for the person (the server and the web client say the same).
pub fn parse_duration(text: &str) -> Result<i32, &'static str> {
    let text = text.trim();
    const FORM: &str = "Write the time as hours and minutes, such as 1:30.";
    let minutes = if let Some((hours, minutes)) = text.split_once(':') {
        let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit());
        if !(digits(hours) && minutes.len() == 2 && digits(minutes)) {
            return Err(FORM);
        }
        let (hours, minutes): (i32, i32) = (hours.parse().map_err(|_| FORM)?, minutes.parse().map_err(|_| FORM)?);
        if minutes >= 60 {
            return Err("The minutes after the colon go up to 59, such as 1:30.");
        }
        hours * 60 + minutes
    } else {
        // Whole or decimal hours: `2`, `1,5`, `1.25`.
        let decimal = text.replace(',', ".");
        let (whole, fraction) = decimal.split_once('.').unwrap_or((&decimal, "0"));
        let digits = |s: &str, most: usize| !s.is_empty() && s.len() <= most && s.chars().all(|c| c.is_ascii_digit());
        if !digits(whole, 2) || !digits(fraction, 2) {
            return Err(FORM);
        }
        let hours: f64 = decimal.parse().map_err(|_| FORM)?;
        (hours * 60.0).round() as i32
    };
    if minutes < 1 {
        return Err("Give a time of at least one minute, or log \"nothing this week\".");
    }
    if minutes > MAX_ENTRY_MINUTES {
        return Err("At most 24:00 in one entry.");
    }
    Ok(minutes)
}

/// Minutes as hours and minutes, `90` → `1:30`.
pub fn format_duration(minutes: i32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// One member's time on one day, or their "nothing this week".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TimeEntry {
    /// UUID v7.
    pub id: Uuid,
    /// Whose time it is.
    pub person_id: Uuid,
    /// Their name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub person_name: String,
    /// The group it was for.
    pub group_id: Uuid,
    /// The day (Dutch local date).
    pub date: NaiveDate,
    /// Its ISO week in the Netherlands, `YYYY-Www`.
    #[cfg_attr(feature = "server", schema(example = "2026-W49"))]
    pub week: String,
    /// Minutes; 0 for "nothing this week".
    #[cfg_attr(feature = "server", schema(minimum = 0, maximum = 1440, example = 90))]
    pub minutes: i32,
    /// The same as hours and minutes.
    #[cfg_attr(feature = "server", schema(example = "1:30"))]
    pub duration: String,
    /// What it was spent on; absent for "nothing this week".
    pub activity: Option<TimeActivity>,
    /// The member did nothing for the programme this week: an entry of its own, so that doing
    /// nothing is told apart from forgetting.
    pub nothing_this_week: bool,
    /// The event of the group it was for.
    pub event_id: Option<Uuid>,
    /// The question of the group it was for.
    pub question_id: Option<Uuid>,
    /// A short note.
    #[cfg_attr(feature = "server", schema(example = "Koffie geschonken en twee vragen opgeschreven."))]
    pub note: Option<String>,
    /// Who wrote the entry: the member, or someone who logged it for a member without an account.
    #[cfg_attr(feature = "server", schema(example = "Karin Bos"))]
    pub entered_by_name: Option<String>,
    /// Whether someone else than the member wrote it.
    pub entered_for_member: bool,
    /// Whether the caller may correct or delete it (only whoever wrote it).
    pub may_change: bool,
    /// When it was written (UTC).
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    pub updated_at: DateTime<Utc>,
}

/// `POST /api/v1/time-entries`: a member's time on a day, or their "nothing this week".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "server", schema(example = json!({"groupId": "0193b5c0-7d2e-7a41-9c3b-2f5e8d1a4b62", "date": "2026-03-10", "duration": "1:30", "activity": "walk_in_hour", "note": "Koffie geschonken en twee vragen opgeschreven."})))]
pub struct NewTimeEntry {
    /// The group it was for: one the member currently belongs to.
    pub group_id: Uuid,
    /// Whose time; absent: the caller's own. A member logs for another member of the group only
    /// when that member has no account; a coordinator for anyone.
    #[serde(default)]
    pub person_id: Option<Uuid>,
    /// The day (Dutch local date, not in the future). Absent with an `eventId` of a single
    /// event: the event's local date.
    #[serde(default)]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    pub date: Option<NaiveDate>,
    /// How long, as hours and minutes (`1:30`), whole hours (`2`) or decimal hours (`1,5`): 1
    /// minute to 24 hours. Required unless `nothingThisWeek`.
    #[serde(default)]
    #[cfg_attr(feature = "server", validate(length(max = 10), custom(function = "crate::rules::duration")))]
    #[cfg_attr(
        feature = "server",
        schema(
            max_length = 10,
            pattern = r"^\s*([0-9]{1,2}:[0-9]{2}|[0-9]{1,2}([.,][0-9]{1,2})?)\s*$",
            example = "1:30"
        )
    )]
    pub duration: Option<String>,
    /// What it was spent on. Required unless `nothingThisWeek`.
    #[serde(default)]
    pub activity: Option<TimeActivity>,
    /// Nothing for the programme this week (then no `duration` or `activity`).
    #[serde(default)]
    pub nothing_this_week: bool,
    /// An event of the group it was for.
    #[serde(default)]
    pub event_id: Option<Uuid>,
    /// A question of the group it was for.
    #[serde(default)]
    pub question_id: Option<Uuid>,
    /// A short note, at most 500 characters.
    #[serde(default)]
    #[cfg_attr(feature = "server", validate(length(max = 500)))]
    #[cfg_attr(
        feature = "server",
        schema(max_length = 500, example = "Koffie geschonken en twee vragen opgeschreven.")
    )]
    pub note: Option<String>,
}

/// `PATCH /api/v1/time-entries/{id}` (JSON merge patch), by whoever wrote the entry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema, Validate))]
#[serde(rename_all = "camelCase")]
pub struct TimeEntryPatch {
    /// Another day.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(custom(function = "crate::rules::plausible_date")))]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub date: Option<NaiveDate>,
    /// Another duration, written as for a new entry.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(length(max = 10), custom(function = "crate::rules::duration")))]
    #[cfg_attr(
        feature = "server",
        schema(
            nullable = false,
            max_length = 10,
            pattern = r"^\s*([0-9]{1,2}:[0-9]{2}|[0-9]{1,2}([.,][0-9]{1,2})?)\s*$",
            example = "2:00"
        )
    )]
    pub duration: Option<String>,
    /// Another activity.
    #[serde(default, deserialize_with = "crate::not_null", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(nullable = false))]
    pub activity: Option<TimeActivity>,
    /// The event, or `null` for none.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Uuid>))]
    pub event_id: Option<Option<Uuid>>,
    /// The question, or `null` for none.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<Uuid>))]
    pub question_id: Option<Option<Uuid>>,
    /// The note, or `null` for none; at most 500 characters.
    #[serde(default, deserialize_with = "crate::merge_patch", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(length(max = 500)))]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>, max_length = 500, example = "Met de wijkagent gesproken."))]
    pub note: Option<Option<String>>,
}

/// Where a member's week stands against the band of two to four hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BandPosition {
    /// No entry at all that week.
    NoEntry,
    /// "Nothing this week".
    Nothing,
    /// Less than the band's lower end.
    Below,
    /// Within the band.
    Within,
    /// More than the band's upper end.
    Above,
}

crate::string_values!(BandPosition {
    NoEntry => "no_entry",
    Nothing => "nothing",
    Below => "below",
    Within => "within",
    Above => "above",
});

/// What a member's weeks show, for the group's professionals and the coordinators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    /// Above the band in most of the last weeks (default: above 4 hours in 3 of the last 4).
    Overload,
    /// No entry, not even "nothing this week", for some weeks (default 3).
    DropOff,
    /// Entries again after a drop-off.
    Back,
}

crate::string_values!(SignalKind {
    Overload => "overload",
    DropOff => "drop_off",
    Back => "back",
});

/// A signal with the weeks it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TimeSignal {
    /// Which signal.
    pub kind: SignalKind,
    /// The weeks it comes from, oldest first (`YYYY-Www`).
    #[cfg_attr(feature = "server", schema(example = json!(["2026-W46", "2026-W47", "2026-W48"])))]
    pub weeks: Vec<String>,
    /// Why, in words.
    #[cfg_attr(feature = "server", schema(example = "Above 4:00 in 3 of the last 4 weeks."))]
    pub reason: String,
}

/// One member's week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct MemberWeek {
    /// ISO week in the Netherlands, `YYYY-Www`.
    #[cfg_attr(feature = "server", schema(example = "2026-W49"))]
    pub week: String,
    /// Its Monday.
    pub starts_on: NaiveDate,
    /// Minutes logged that week.
    #[cfg_attr(feature = "server", schema(minimum = 0, example = 150))]
    pub minutes: i32,
    /// Entries that week (with "nothing this week").
    #[cfg_attr(feature = "server", schema(minimum = 0, example = 2))]
    pub entries: i32,
    /// Against the band.
    pub position: BandPosition,
}

/// One member's weeks, with the signals they show (signals only for the group's professionals
/// and the coordinators).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct MemberWeeks {
    /// The member.
    pub person_id: Uuid,
    /// Their name.
    #[cfg_attr(feature = "server", schema(example = "Sanne de Vries"))]
    pub name: String,
    /// Whether they have an account (without one, others log their time).
    pub has_account: bool,
    /// Their weeks, oldest first.
    pub weeks: Vec<MemberWeek>,
    /// What the weeks show; empty for a member looking at their own weeks.
    pub signals: Vec<TimeSignal>,
}

/// The group's total of one week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct GroupWeek {
    /// ISO week in the Netherlands, `YYYY-Www`.
    #[cfg_attr(feature = "server", schema(example = "2026-W49"))]
    pub week: String,
    /// Its Monday.
    pub starts_on: NaiveDate,
    /// Minutes of all members together.
    #[cfg_attr(feature = "server", schema(minimum = 0, example = 600))]
    pub minutes: i32,
    /// How many members logged something (also "nothing this week").
    #[cfg_attr(feature = "server", schema(minimum = 0, example = 5))]
    pub members_logged: i32,
}

/// `GET /api/v1/groups/{id}/time-weeks`: the group's weeks against the band. A member sees the
/// group's totals and their own weeks; the group's professionals and the coordinators see every
/// current member's weeks with their signals, by name, never ranked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct TimeWeeks {
    /// The group.
    pub group_id: Uuid,
    /// The band's lower end, minutes a week (from the programme: two hours).
    #[cfg_attr(feature = "server", schema(example = 120))]
    pub band_minimum_minutes: i32,
    /// The band's upper end, minutes a week (four hours).
    #[cfg_attr(feature = "server", schema(example = 240))]
    pub band_maximum_minutes: i32,
    /// The current week in the Netherlands.
    #[cfg_attr(feature = "server", schema(example = "2026-W49"))]
    pub current_week: String,
    /// The group's totals, oldest week first, ending with the current week.
    pub weeks: Vec<GroupWeek>,
    /// The members' weeks: every current member for the group's professionals and the
    /// coordinators, by name; only the caller's own for a member.
    pub members: Vec<MemberWeeks>,
    /// Whether `members` holds every member with signals (the caller looks after the group).
    pub looks_after: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_people_write_them() {
        assert_eq!(parse_duration("1:30"), Ok(90));
        assert_eq!(parse_duration(" 0:45 "), Ok(45));
        assert_eq!(parse_duration("2"), Ok(120));
        assert_eq!(parse_duration("1,5"), Ok(90));
        assert_eq!(parse_duration("1.25"), Ok(75));
        assert_eq!(parse_duration("24:00"), Ok(1440));
        for wrong in ["", "1:5", "1:75", "anderhalf", "1.5.1", ".5", "1:", "-1", "130", "24:01", "0:00", "1:30 uur"] {
            assert!(parse_duration(wrong).is_err(), "{wrong}");
        }
        assert_eq!(format_duration(90), "1:30");
        assert_eq!(format_duration(5), "0:05");
    }
}
