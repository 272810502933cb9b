//! Events as iCalendar (RFC 5545): the feeds calendar apps subscribe to. Pure: rows in, text out.

use std::collections::HashMap;

use api_types::{EventId, EventStatus, Visibility};
use chrono::NaiveDateTime;

use super::recurrence;
use super::store::{EventRow, OccurrenceRow};
use crate::local_time::{self, local, local_date};
use crate::web::http;

/// The Europe/Amsterdam zone as RFC 5545 needs it beside `TZID`-ed times: the EU's rule since 1996
/// (summer time from the last Sunday of March to the last Sunday of October).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// The first line of a called-off event's description, in Dutch like the rest of the feed.
fn called_off(reason: Option<&str>) -> String {
    match reason {
        Some(reason) => format!("Afgelast: {reason}"),
        None => "Afgelast.".to_string(),
    }
}

/// The first line of a moved event's description: where it was first planned (Dutch local time).
fn moved(first: NaiveDateTime) -> String {
    format!("Verplaatst: eerst gepland op {}.", local(first).format("%d-%m-%Y om %H:%M"))
}

/// The events as an iCalendar (RFC 5545) document: one `VEVENT` per event with a stable `UID`,
/// local times with `TZID=Europe/Amsterdam` (and the zone's `VTIMEZONE`), `RRULE` for a series
/// with a `RECURRENCE-ID` override per cancelled or moved date, `STATUS:CANCELLED` for what does
/// not go ahead, and a `URL` back to the event's page in the web client.
pub fn calendar(
    public_url: &str,
    name: &str,
    rows: &[EventRow],
    changes: &HashMap<EventId, Vec<OccurrenceRow>>,
) -> String {
    use icalendar::{
        Calendar, CalendarDateTime, Component, Event as VEvent, EventLike, EventStatus as Status, Property,
    };
    let zoned = |utc: NaiveDateTime| CalendarDateTime::WithTimezone {
        date_time: local(utc).naive_local(),
        tzid: local_time::ZONE.name().to_string(),
    };
    let mut calendar = Calendar::empty();
    calendar.append_property(("VERSION", "2.0")).append_property(("PRODID", "-//Buurtverbinders//Agenda//NL"));
    calendar.name(name).timezone(local_time::ZONE.name());
    for row in rows {
        let page = match row.visibility {
            Visibility::Public => format!("{public_url}/agenda/{}", row.id),
            Visibility::Members => format!("{public_url}/events/{}", row.id),
        };
        let uid = format!("event-{}@buurtverbinders", row.id);
        let place = row.location();
        let mut location = place.name.clone();
        for part in [&place.address, &place.postcode, &place.city].into_iter().flatten() {
            location.push_str(", ");
            location.push_str(part);
        }
        // What a calendar app shows beside the times: why it is called off, or that it moved.
        let describe =
            |event: &mut VEvent, start: NaiveDateTime, end: NaiveDateTime, cancelled: bool, notice: Option<String>| {
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
                let text: Vec<&str> = notice.as_deref().into_iter().chain(row.description.as_deref()).collect();
                if !text.is_empty() {
                    // RFC 5545 text has LF line breaks only (written as `\n`); a CR would end the line.
                    event.description(&text.join("\n\n").replace("\r\n", "\n").replace('\r', "\n"));
                }
                if let (Some(lat), Some(lon)) = (place.latitude, place.longitude) {
                    event.add_property("GEO", format!("{lat};{lon}"));
                }
            };
        let cancelled = row.status == EventStatus::Cancelled;
        let notice = match (cancelled, row.moved_from) {
            (true, _) => Some(called_off(row.cancellation_reason.as_deref())),
            (false, Some(first)) => Some(moved(first)),
            (false, None) => None,
        };
        let mut event = VEvent::new();
        describe(&mut event, row.starts_at, row.ends_at, cancelled, notice);
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
            let new_times = change.starts_at.zip(change.ends_at);
            if !date_cancelled && new_times.is_none() {
                continue;
            }
            let (start, end) = new_times.unwrap_or((original, original + duration));
            let notice = if date_cancelled {
                called_off(change.cancellation_reason.as_deref().or(row.cancellation_reason.as_deref()))
            } else {
                moved(original)
            };
            let mut exception = VEvent::new();
            describe(&mut exception, start, end, date_cancelled, Some(notice));
            exception.append_property(
                Property::new("RECURRENCE-ID", local(original).naive_local().format("%Y%m%dT%H%M%S").to_string())
                    .add_parameter("TZID", local_time::ZONE.name())
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
