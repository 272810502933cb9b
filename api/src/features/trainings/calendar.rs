//! A training's days as an iCalendar (RFC 5545) document, without a database: one event per
//! session, with a stable `UID` (the session id), its times converted from Dutch local time to
//! UTC.

use api_types::{parse_time_of_day, TrainingSession, TrainingStatus};
use chrono::{NaiveDateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

/// What the feed says of the training itself.
pub struct Feed<'a> {
    /// The calendar's name and the start of each event's summary.
    pub title: &'a str,
    /// Where every day takes place.
    pub location: Option<&'a str>,
    /// A cancelled training's days are marked cancelled.
    pub status: TrainingStatus,
    /// When the training last changed: every event's `DTSTAMP`.
    pub changed_at: NaiveDateTime,
}

/// The document: one event per session, `"{title} (dag {n})"`.
pub fn render(feed: &Feed<'_>, sessions: &[TrainingSession]) -> String {
    let mut calendar = Calendar::empty();
    calendar.append_property(("VERSION", "2.0")).append_property(("PRODID", "-//Buurtverbinders//Trainingen//NL"));
    calendar.name(feed.title);
    for session in sessions {
        let utc = |time: &str| {
            let local = session.date.and_time(parse_time_of_day(time).unwrap_or_default());
            // A time the clocks skip cannot be stored (see `rules::check_slot`); read it as UTC
            // rather than leave the day out.
            local
                .and_local_timezone(crate::local_time::ZONE)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| local.and_utc())
        };
        let mut event = Event::new();
        event
            .uid(&format!("training-session-{}@buurtverbinders", session.id))
            .summary(&format!("{} (dag {})", feed.title, session.day_number))
            .starts(utc(&session.start_time))
            .ends(utc(&session.end_time))
            .timestamp(feed.changed_at.and_utc());
        if let Some(location) = feed.location {
            event.location(location);
        }
        // Calendar apps remove or strike through the days of a training that does not go ahead.
        if feed.status == TrainingStatus::Cancelled {
            event.status(icalendar::EventStatus::Cancelled);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(day_number: i32, date: &str) -> TrainingSession {
        TrainingSession {
            id: uuid::Uuid::now_v7(),
            training_id: uuid::Uuid::now_v7(),
            day_number,
            date: date.parse().unwrap(),
            start_time: "09:30".into(),
            end_time: "16:00".into(),
        }
    }

    fn feed(status: TrainingStatus) -> Feed<'static> {
        Feed {
            title: "Voorjaarstraining",
            location: Some("Bibliotheek"),
            status,
            changed_at: "2027-01-10T12:00:00".parse().unwrap(),
        }
    }

    #[test]
    fn local_times_become_utc_on_either_side_of_summer_time() {
        let days = [session(1, "2027-03-27"), session(2, "2027-03-28")];
        let text = render(&feed(TrainingStatus::Scheduled), &days);
        // 27 March is winter time (UTC+1), 28 March summer time (UTC+2).
        assert!(text.contains("DTSTART:20270327T083000Z"), "{text}");
        assert!(text.contains("DTEND:20270328T140000Z"), "{text}");
        assert!(text.contains(&format!("UID:training-session-{}@buurtverbinders", days[0].id)), "{text}");
        assert!(text.contains("SUMMARY:Voorjaarstraining (dag 2)"), "{text}");
        assert!(text.contains("LOCATION:Bibliotheek"), "{text}");
        assert!(!text.contains("STATUS:CANCELLED"), "{text}");
    }

    #[test]
    fn a_cancelled_trainings_days_say_so() {
        let text = render(&feed(TrainingStatus::Cancelled), &[session(1, "2027-04-03"), session(2, "2027-04-10")]);
        assert_eq!(text.matches("STATUS:CANCELLED").count(), 2, "{text}");
        assert!(text.contains("PRODID:-//Buurtverbinders//Trainingen//NL"));
    }
}
