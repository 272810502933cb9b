//! Weekly series.
//!
//! A weekly series is expanded with the `rrule` crate (RFC 5545) in the Europe/Amsterdam zone
//! ([`crate::local_time`]), so the walk-in hour stays at 19:00 when the clocks change, and its
//! rule is written into calendar feeds as it is.

use api_types::{Recurrence, MAX_OCCURRENCES};
use chrono::{NaiveDateTime, TimeZone, Utc};
use rrule::{Frequency, RRule, Unvalidated};

use crate::local_time::{start_of_local_day, ZONE};

/// Longest a series may run, in days after its first start: two years.
pub const MAX_SERIES_DAYS: i64 = 731;

/// The series rule as an unvalidated `rrule` rule: weekly, every `intervalWeeks` weeks, until the
/// end of the local `until` date (as UTC, which RFC 5545 requires with a zoned start) or `count`
/// times.
fn rule(recurrence: &Recurrence) -> RRule<Unvalidated> {
    let interval = u16::try_from(recurrence.interval_weeks.clamp(1, 2)).unwrap_or(1);
    let mut rule = RRule::new(Frequency::Weekly).interval(interval);
    if let Some(count) = recurrence.count {
        rule = rule.count(u32::try_from(count.clamp(1, MAX_OCCURRENCES)).unwrap_or(1));
    }
    if let Some(until) = recurrence.until {
        let end = start_of_local_day(until + chrono::Days::new(1)) - chrono::TimeDelta::seconds(1);
        rule = rule.until(Utc.from_utc_datetime(&end).with_timezone(&rrule::Tz::UTC));
    }
    rule
}

/// The rule's `RRULE` value for a calendar feed, e.g. `FREQ=WEEKLY;UNTIL=20270630T215959Z;INTERVAL=2`.
pub fn rrule_value(recurrence: &Recurrence) -> String {
    rule(recurrence).to_string()
}

/// The starts (UTC) the rule gives a series whose first occurrence starts at `first_start`, in
/// order; at most [`MAX_OCCURRENCES`]. Errors describe a rule the library refuses.
pub fn starts(first_start: NaiveDateTime, recurrence: &Recurrence) -> Result<Vec<NaiveDateTime>, String> {
    let start = Utc.from_utc_datetime(&first_start).with_timezone(&rrule::Tz::Tz(ZONE));
    let set = rule(recurrence).build(start).map_err(|e| e.to_string())?;
    let limit = u16::try_from(MAX_OCCURRENCES).unwrap_or(u16::MAX);
    Ok(set.all(limit).dates.into_iter().map(|t| t.naive_utc()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local_time::{local, local_date};
    use chrono::{NaiveDate, Timelike};

    fn at(local: &str) -> NaiveDateTime {
        let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").expect("a local time");
        ZONE.from_local_datetime(&naive).single().expect("an unambiguous local time").naive_utc()
    }

    /// The weekly walk-in hour stays at 19:00 local time across the change to summer time
    /// (29 March 2027), so its UTC instant moves an hour.
    #[test]
    fn weekly_series_keeps_local_time_across_daylight_saving() {
        let recurrence = Recurrence { interval_weeks: 1, until: None, count: Some(4) };
        let starts = starts(at("2027-03-18 19:00"), &recurrence).expect("expands");
        let local: Vec<String> = starts.iter().map(|t| local(*t).to_rfc3339()).collect();
        assert_eq!(
            local,
            [
                "2027-03-18T19:00:00+01:00",
                "2027-03-25T19:00:00+01:00",
                "2027-04-01T19:00:00+02:00",
                "2027-04-08T19:00:00+02:00"
            ]
        );
        assert_eq!(starts[1].time().hour(), 18);
        assert_eq!(starts[2].time().hour(), 17);
    }

    /// Every other week until a date includes that date, and the rule reads as RFC 5545.
    #[test]
    fn fortnightly_series_until_a_date() {
        let recurrence = Recurrence { interval_weeks: 2, until: NaiveDate::from_ymd_opt(2027, 11, 11), count: None };
        let starts = starts(at("2027-10-14 10:00"), &recurrence).expect("expands");
        let dates: Vec<NaiveDate> = starts.iter().map(|t| local_date(*t)).collect();
        assert_eq!(
            dates,
            [
                NaiveDate::from_ymd_opt(2027, 10, 14).unwrap_or_default(),
                NaiveDate::from_ymd_opt(2027, 10, 28).unwrap_or_default(),
                NaiveDate::from_ymd_opt(2027, 11, 11).unwrap_or_default(),
            ]
        );
        assert_eq!(local(starts[2]).to_rfc3339(), "2027-11-11T10:00:00+01:00");
        assert_eq!(rrule_value(&recurrence), "FREQ=WEEKLY;UNTIL=20271111T225959Z;INTERVAL=2");
    }
}
