//! Every date of an event: the event itself, or each date its weekly rule gives, with that date's
//! own status, times and figures. Pure: the rows in, the dates out.

use std::collections::HashMap;

use api_types::{EventStatus, GroupId, NeighbourhoodId, Occurrence};
use chrono::{NaiveDate, NaiveDateTime};

use super::recurrence;
use super::store::{EventRow, OccurrenceRow};
use crate::error::{ApiError, ApiResult};
use crate::local_time::{local, local_date};

/// What a date names besides its event: the group holding it (name and public slug) and the
/// neighbourhood's name, read by the caller in one go for every event of a list.
#[derive(Debug, Default)]
pub struct Names {
    /// Each group's name and slug.
    pub groups: HashMap<GroupId, (String, String)>,
    /// Each neighbourhood's name.
    pub neighbourhoods: HashMap<NeighbourhoodId, String>,
}

/// Every date of an event. `members` adds the after-event figures and notes.
pub fn occurrences_of(
    row: &EventRow,
    changes: &[OccurrenceRow],
    names: &Names,
    members: bool,
) -> ApiResult<Vec<Occurrence>> {
    let group = row.group_id.as_ref().and_then(|g| names.groups.get(g));
    let base = |date: NaiveDate, start: NaiveDateTime, end: NaiveDateTime| Occurrence {
        event_id: row.id.uuid(),
        occurrence_date: date,
        event_type: row.event_type,
        title: row.title.clone(),
        starts_at: local(start),
        ends_at: local(end),
        location: row.location(),
        group_id: row.group_id.map(GroupId::uuid),
        group_name: group.map(|(name, _)| name.clone()),
        group_slug: group.map(|(_, slug)| slug.clone()),
        neighbourhood_id: row.neighbourhood_id.uuid(),
        neighbourhood_name: names.neighbourhoods.get(&row.neighbourhood_id).cloned(),
        visibility: row.visibility,
        status: row.status,
        cancellation_reason: row.cancellation_reason.clone(),
        moved: false,
        recurring: row.is_series(),
        interval_weeks: row.recurrence().map(|rule| rule.interval_weeks),
        last_date: None,
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
    let last_date = starts.last().map(|start| local_date(*start));
    Ok(starts
        .into_iter()
        .map(|start| {
            let date = local_date(start);
            let mut occurrence = base(date, start, start + duration);
            occurrence.last_date = last_date;
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

/// The dates of these events that overlap the window, earliest first (then by event).
pub fn in_window(
    rows: &[EventRow],
    changes: &HashMap<api_types::EventId, Vec<OccurrenceRow>>,
    names: &Names,
    (from, to): (NaiveDateTime, NaiveDateTime),
    members: bool,
) -> ApiResult<Vec<Occurrence>> {
    let mut items = Vec::new();
    for row in rows {
        let own = changes.get(&row.id).map(Vec::as_slice).unwrap_or_default();
        for occurrence in occurrences_of(row, own, names, members)? {
            let (start, end) = (occurrence.starts_at.naive_utc(), occurrence.ends_at.naive_utc());
            if start < to && end > from {
                items.push(occurrence);
            }
        }
    }
    items.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.event_id.cmp(&b.event_id)));
    Ok(items)
}
