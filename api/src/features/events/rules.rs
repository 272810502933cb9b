//! The events' rules, without a database: what an event's fields must meet together, what a change
//! of a series may not lose, a date's own changes, who may sign up, and the waiting list as a queue.

use api_types::{
    EventPatch, EventStatus, EventType, InvalidParam, NewRegistration, OccurrencePatch, ProblemCode, Recurrence,
    RegistrationId, Visibility, MAX_WINDOW_DAYS,
};
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

use super::recurrence;
use super::store::{EventRow, OccurrenceRow};
use crate::error::{invalid, ApiError};
use crate::local_time::{self, local_date, stored};
use crate::web::body::blank_to_none;
use crate::web::http;

/// Longest an event (or one date of a series) may last.
pub const MAX_DURATION_HOURS: i64 = 24;
/// How far one date of a series may be moved from the date the rule gives it.
pub const MAX_MOVE_DAYS: i64 = 28;
/// Dates of a series shown on its public page.
pub const UPCOMING_ON_PUBLIC_PAGE: usize = 8;

/// The rules an event's fields must meet together, after a create or a patch: the end after the
/// start and within 24 hours, a series bounded by `until` or `count` (not both) within two
/// years, and no public interviews (an interview is a private conversation).
pub fn check_fields(
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

/// An event as a patch leaves it, settled by the rules; 400 listing every problem.
#[derive(Debug, Clone)]
pub struct PatchedEvent {
    /// First start, UTC.
    pub starts_at: NaiveDateTime,
    /// First end, UTC.
    pub ends_at: NaiveDateTime,
    /// The series rule.
    pub recurrence: Option<Recurrence>,
    /// Public or members only.
    pub visibility: Visibility,
    /// Scheduled or cancelled.
    pub status: EventStatus,
    /// Why it is called off: required once it is.
    pub cancellation_reason: Option<String>,
    /// When an interviewee consented to their story being used (kept from the first consent).
    pub story_consent_at: Option<NaiveDateTime>,
    /// Where a moved single event was first planned to start: [`moved_from`].
    pub moved_from: Option<NaiveDateTime>,
}

/// What a patch makes of an event: the fields together must still meet [`check_fields`],
/// cancelling needs a reason, and only an interview has a story consent.
pub fn patched(row: &EventRow, patch: &EventPatch, now: NaiveDateTime) -> Result<PatchedEvent, ApiError> {
    let starts_at = patch.starts_at.as_ref().map(stored).unwrap_or(row.starts_at);
    let ends_at = patch.ends_at.as_ref().map(stored).unwrap_or(row.ends_at);
    let recurrence = match &patch.recurrence {
        Some(rule) => rule.clone(),
        None => row.recurrence(),
    };
    let visibility = patch.visibility.unwrap_or(row.visibility);
    let mut errors = check_fields(row.event_type, visibility, starts_at, ends_at, recurrence.as_ref());
    let status = patch.status.unwrap_or(row.status);
    let cancellation_reason = match status {
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
    let story_consent_at = match patch.story_consent {
        Some(true) => Some(row.story_consent_at.unwrap_or(now)),
        Some(false) => None,
        None => row.story_consent_at,
    };
    let moved_from = moved_from(row.moved_from, row.starts_at, starts_at, recurrence.is_some());
    Ok(PatchedEvent {
        starts_at,
        ends_at,
        recurrence,
        visibility,
        status,
        cancellation_reason,
        story_consent_at,
        moved_from,
    })
}

/// Where a single event was first planned to start, once it is moved: the people who signed up
/// and the public page are told "moved from …". The first plan is kept through later moves, and
/// forgotten when the event goes back to it. A series moves its dates one by one instead
/// (`event_occurrences`), so it has none.
/// `recorded` is what the event kept so far, `current` its start before this change.
pub fn moved_from(
    recorded: Option<NaiveDateTime>,
    current: NaiveDateTime,
    starts_at: NaiveDateTime,
    series: bool,
) -> Option<NaiveDateTime> {
    if series {
        return None;
    }
    let first = recorded.unwrap_or(current);
    (starts_at != first).then_some(first)
}

/// The places a new sign-up gets now; `None` for no limit. The waiting list is a queue
/// ([`promoted`]): while someone who fits the event waits, a newcomer joins the back of the queue,
/// so the page must not promise the places that are free but already spoken for.
pub fn places_for_newcomer(capacity: Option<i32>, taken: i64, waiting: &[i32]) -> Option<i64> {
    let capacity = capacity?;
    if waiting.iter().any(|people| *people <= capacity) {
        return Some(0);
    }
    Some((i64::from(capacity) - taken).max(0))
}

/// What a change of an event's start or rule would break: a single event with sign-ups cannot
/// become a series (sign-ups are for one date), and a series cannot lose a date that was cancelled,
/// moved or given figures (reinstate it first), or those changes would silently vanish.
pub fn series_conflict(
    row: &EventRow,
    signed_up: i64,
    changes: &[OccurrenceRow],
    starts_at: NaiveDateTime,
    recurrence: Option<&Recurrence>,
) -> Result<(), ApiError> {
    if !row.is_series() && recurrence.is_some() && signed_up > 0 {
        return Err(ApiError::conflict(
            ProblemCode::HasRegistrations,
            "Residents signed up for this date; a series takes no sign-ups. Plan the series as a new event.",
        ));
    }
    if changes.is_empty() {
        return Ok(());
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
        return Ok(());
    }
    Err(ApiError::conflict(
        ProblemCode::OccurrenceChangesWouldBeLost,
        format!(
            "These dates were cancelled, moved or given figures and would no longer be part of the series: {}.",
            lost.join(", ")
        ),
    ))
}

/// What a patch of one date makes of it, from the date's own values so far (`existing`) and the
/// start the rule gives it (`original`): moved by at most four weeks with start and end together,
/// lasting at most a day, and called off with a reason. 400 listing every problem.
pub fn patched_date(
    original: NaiveDateTime,
    existing: Option<&OccurrenceRow>,
    patch: &OccurrencePatch,
) -> Result<super::store::DateChange, ApiError> {
    let mut errors = Vec::new();
    let times = match (&patch.starts_at, &patch.ends_at) {
        (None, None) => existing.and_then(|e| e.starts_at.zip(e.ends_at)),
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
    let status = patch.status.or_else(|| existing.map(|e| e.status)).unwrap_or(EventStatus::Scheduled);
    let cancellation_reason = match status {
        EventStatus::Scheduled => None,
        EventStatus::Cancelled => {
            let reason = blank_to_none(patch.cancellation_reason.as_deref())
                .or_else(|| existing.and_then(|e| e.cancellation_reason.clone()));
            if reason.is_none() {
                errors.push(invalid("/cancellationReason", "required", "Say why this date is called off."));
            }
            reason
        }
    };
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    Ok(super::store::DateChange {
        status,
        cancellation_reason,
        times,
        residents_reached: match patch.residents_reached {
            Some(value) => value,
            None => existing.and_then(|e| e.residents_reached),
        },
        notes: match &patch.notes {
            Some(value) => blank_to_none(value.as_deref()),
            None => existing.and_then(|e| e.notes.clone()),
        },
    })
}

/// A window of local dates, both inclusive, as UTC instants: the start of `from` and the end of
/// `to`, at most 366 days apart. 400 on `?from` and `?to`, listing every problem.
pub fn window(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<(NaiveDateTime, NaiveDateTime), ApiError> {
    let mut errors = Vec::new();
    if from.is_none() {
        errors.push(http::query_param("from", "required", "Give the first date, e.g. 2027-03-01."));
    }
    if to.is_none() {
        errors.push(http::query_param("to", "required", "Give the last date, e.g. 2027-03-31."));
    }
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            errors.push(http::query_param("to", "range", "Cannot be before from."));
        } else if (to - from).num_days() > MAX_WINDOW_DAYS {
            errors.push(http::query_param("to", "range", format!("At most {MAX_WINDOW_DAYS} days after from.")));
        }
    }
    match (from, to) {
        (Some(from), Some(to)) if errors.is_empty() => {
            Ok((local_time::start_of_local_day(from), local_time::start_of_local_day(to + chrono::Days::new(1))))
        }
        _ => Err(ApiError::InvalidInput(errors)),
    }
}

/// The instants within which an event must start or end to have a date in the window: a date of a
/// series may have been moved up to four weeks.
pub fn reach((from, to): (NaiveDateTime, NaiveDateTime)) -> (NaiveDateTime, NaiveDateTime) {
    (from - TimeDelta::days(MAX_MOVE_DAYS), to + TimeDelta::days(MAX_MOVE_DAYS))
}

/// Whether residents can sign up now: a single, public, scheduled event that has not started.
pub fn registration_open(row: &EventRow, now: NaiveDateTime) -> bool {
    !row.is_series()
        && row.visibility == Visibility::Public
        && row.status == EventStatus::Scheduled
        && row.starts_at > now
}

/// What a sign-up's fields must say together: contact details only with consent, wanting to
/// become a buurtverbinder only at a residents' evening, and a motivation only with that wish.
pub fn check_sign_up(new: &NewRegistration, event_type: EventType) -> Vec<InvalidParam> {
    let mut errors = Vec::new();
    let contact = blank_to_none(new.email.as_deref()).is_some() || blank_to_none(new.phone.as_deref()).is_some();
    if contact && !new.contact_consent {
        errors.push(invalid(
            "/contactConsent",
            "required",
            "Agree that the group keeps your email or phone number, or leave them out.",
        ));
    }
    if new.wants_to_become_connector && event_type != EventType::ResidentsEvening {
        errors.push(invalid(
            "/wantsToBecomeConnector",
            "invalid_value",
            "New buurtverbinders sign up at a residents' evening.",
        ));
    } else if new.wants_to_become_connector && !contact {
        // A candidate nobody can reach is a wish that goes nowhere: the coordinator calls or mails
        // each one to move them from `interested` to `contacted` (DESIGN.md §3, candidates).
        errors.push(invalid(
            "/email",
            "required",
            "To become a buurtverbinder, give an email address or phone number, so the coordinator can contact you.",
        ));
    }
    if blank_to_none(new.motivation.as_deref()).is_some() && !new.wants_to_become_connector {
        errors.push(invalid("/motivation", "invalid_value", "A motivation goes with wantsToBecomeConnector."));
    }
    errors
}

/// Who moves up from the waiting list, in order of sign-up, while the next in line fits in the
/// places left: a waiting list is a queue, so nobody passes the family of four at its head, even
/// when one place is free. A party larger than the whole capacity (after the capacity was lowered)
/// can never get in; it must not block the people behind it.
pub fn promoted(capacity: Option<i32>, taken: i64, waiting: &[(RegistrationId, i32)]) -> Vec<RegistrationId> {
    let mut free = capacity.map(|c| i64::from(c) - taken);
    let mut promoted = Vec::new();
    for (id, people) in waiting {
        if capacity.is_some_and(|c| *people > c) {
            continue;
        }
        if free.is_some_and(|f| i64::from(*people) > f) {
            break;
        }
        promoted.push(*id);
        free = free.map(|f| f - i64::from(*people));
    }
    promoted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u128) -> RegistrationId {
        RegistrationId(uuid::Uuid::from_u128(n))
    }

    #[test]
    fn the_waiting_list_is_a_queue() {
        let waiting = [(id(1), 4), (id(2), 1), (id(3), 1)];
        // One place: the party of four at the head waits, and nobody passes them.
        assert_eq!(promoted(Some(10), 9, &waiting), Vec::<RegistrationId>::new());
        assert_eq!(promoted(Some(10), 4, &waiting), vec![id(1), id(2), id(3)]);
        assert_eq!(promoted(Some(10), 5, &waiting), vec![id(1), id(2)]);
        assert_eq!(promoted(None, 100, &waiting), vec![id(1), id(2), id(3)]);
        // A party that can never fit does not block the queue.
        assert_eq!(promoted(Some(3), 0, &waiting), vec![id(2), id(3)]);
    }

    #[test]
    fn a_moved_event_keeps_its_first_plan_until_it_goes_back() {
        let at = |h| NaiveDate::from_ymd_opt(2026, 12, 10).unwrap().and_hms_opt(h, 0, 0).unwrap();
        assert_eq!(moved_from(None, at(18), at(18), false), None);
        assert_eq!(moved_from(None, at(18), at(19), false), Some(at(18)));
        assert_eq!(moved_from(Some(at(18)), at(19), at(20), false), Some(at(18)));
        assert_eq!(moved_from(Some(at(18)), at(20), at(18), false), None);
        assert_eq!(moved_from(None, at(18), at(19), true), None);
    }

    #[test]
    fn a_newcomer_gets_no_place_while_someone_who_fits_waits() {
        // The meal: one place free, a party of two first in the queue.
        assert_eq!(places_for_newcomer(Some(20), 19, &[2]), Some(0));
        assert_eq!(places_for_newcomer(Some(20), 17, &[]), Some(3));
        // A party larger than the capacity can never get in, so it holds nobody up.
        assert_eq!(places_for_newcomer(Some(3), 1, &[4]), Some(2));
        assert_eq!(places_for_newcomer(Some(3), 5, &[]), Some(0));
        assert_eq!(places_for_newcomer(None, 100, &[2]), None);
    }

    #[test]
    fn a_window_is_at_most_366_days() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert!(window(Some(date(2027, 1, 1)), Some(date(2028, 1, 1))).is_ok());
        let Err(ApiError::InvalidInput(errors)) = window(Some(date(2027, 1, 1)), Some(date(2028, 1, 3))) else {
            panic!("expected invalid input")
        };
        assert_eq!(errors[0].pointer, "?to");
        let Err(ApiError::InvalidInput(errors)) = window(None, None) else { panic!("expected invalid input") };
        assert_eq!(errors.len(), 2);
    }
}
