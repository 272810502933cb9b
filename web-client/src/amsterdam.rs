//! Dutch local time (Europe/Amsterdam) without a time-zone database, which would weigh more than
//! the rest of the app: Central European Time (`+01:00`) in winter and summer time (`+02:00`)
//! from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, the rule of
//! the European Union since 1996.
//!
//! The API answers times in Dutch local time already; the web client needs the offset itself
//! only to send what someone typed in a form (a local date and time) as an instant with its
//! offset, and to show instants the API gives in UTC (`createdAt`, `checkedInAt`).

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// Seconds east of UTC in winter (CET).
const WINTER: i32 = 3600;
/// Seconds east of UTC in summer (CEST).
const SUMMER: i32 = 7200;

fn offset(seconds: i32) -> FixedOffset {
    FixedOffset::east_opt(seconds).expect("an offset of an hour or two")
}

/// The last Sunday of a month.
fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    let last = NaiveDate::from_ymd_opt(next_year, next_month, 1).and_then(|d| d.pred_opt()).unwrap_or_default();
    last - Days::new(u64::from(last.weekday().num_days_from_sunday()))
}

/// Whether summer time applies at an instant.
fn is_summer_time(instant: DateTime<Utc>) -> bool {
    let utc = instant.naive_utc();
    let one_o_clock = NaiveTime::from_hms_opt(1, 0, 0).unwrap_or_default();
    let start = last_sunday(utc.year(), 3).and_time(one_o_clock);
    let end = last_sunday(utc.year(), 10).and_time(one_o_clock);
    utc >= start && utc < end
}

/// The offset of Dutch local time at an instant.
pub fn offset_at(instant: DateTime<Utc>) -> FixedOffset {
    offset(if is_summer_time(instant) { SUMMER } else { WINTER })
}

/// The offset of a Dutch local date and time: `+01:00` or `+02:00`. `None` for a time that does
/// not exist because the clocks go forward (02:00–03:00 on the last Sunday of March). A time
/// that happens twice when the clocks go back (02:00–03:00 on the last Sunday of October) is
/// taken the first time, still in summer time.
pub fn offset_of_local(local: NaiveDateTime) -> Option<FixedOffset> {
    [SUMMER, WINTER].into_iter().map(offset).find(|candidate| {
        let utc = Utc.from_utc_datetime(&(local - chrono::Duration::seconds(i64::from(candidate.local_minus_utc()))));
        offset_at(utc) == *candidate
    })
}

/// A local date and time in the Netherlands as an instant with its offset, as the API wants it
/// (`2027-03-04T19:00:00+01:00`); `None` for a time that does not exist there.
pub fn local_instant(date: NaiveDate, time: NaiveTime) -> Option<DateTime<FixedOffset>> {
    let local = date.and_time(time);
    offset_of_local(local).and_then(|offset| offset.from_local_datetime(&local).single())
}

/// An instant in Dutch local time.
pub fn to_local(instant: DateTime<Utc>) -> DateTime<FixedOffset> {
    instant.with_timezone(&offset_at(instant))
}

/// Today's date in the Netherlands.
pub fn today() -> NaiveDate {
    to_local(Utc::now()).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn hours(offset: Option<FixedOffset>) -> Option<i32> {
        offset.map(|o| o.local_minus_utc() / 3600)
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_last_sundays_of_march_and_october() {
        assert_eq!(last_sunday(2025, 3), date(2025, 3, 30));
        assert_eq!(last_sunday(2025, 10), date(2025, 10, 26));
        assert_eq!(last_sunday(2026, 3), date(2026, 3, 29));
        assert_eq!(last_sunday(2026, 10), date(2026, 10, 25));
        assert_eq!(last_sunday(2027, 3), date(2027, 3, 28));
        assert_eq!(last_sunday(2027, 10), date(2027, 10, 31));
        // A month that ends on a Sunday.
        assert_eq!(last_sunday(2026, 5), date(2026, 5, 31));
        assert_eq!(last_sunday(2026, 12), date(2026, 12, 27));
    }

    #[test]
    fn winter_is_plus_one_and_summer_plus_two() {
        let of = |d, t| hours(offset_of_local(NaiveDateTime::new(d, t)));
        assert_eq!(of(date(2027, 1, 16), time(19, 0)), Some(1));
        assert_eq!(of(date(2026, 7, 1), time(19, 0)), Some(2));
        assert_eq!(of(date(2026, 12, 31), time(23, 59)), Some(1));
        assert_eq!(of(date(2027, 1, 1), time(0, 0)), Some(1));
    }

    #[test]
    fn clocks_go_forward_on_the_last_sunday_of_march() {
        let of = |t| hours(offset_of_local(NaiveDateTime::new(date(2026, 3, 29), t)));
        assert_eq!(of(time(1, 59)), Some(1));
        // 02:00–03:00 is skipped.
        assert_eq!(of(time(2, 0)), None);
        assert_eq!(of(time(2, 30)), None);
        assert_eq!(of(time(3, 0)), Some(2));
        assert_eq!(of(time(19, 0)), Some(2));
        assert_eq!(hours(offset_of_local(NaiveDateTime::new(date(2026, 3, 28), time(19, 0)))), Some(1));
    }

    #[test]
    fn clocks_go_back_on_the_last_sunday_of_october() {
        let of = |t| hours(offset_of_local(NaiveDateTime::new(date(2026, 10, 25), t)));
        assert_eq!(of(time(1, 59)), Some(2));
        // 02:00–03:00 happens twice; the first time counts.
        assert_eq!(of(time(2, 30)), Some(2));
        assert_eq!(of(time(3, 0)), Some(1));
        assert_eq!(of(time(19, 0)), Some(1));
        assert_eq!(hours(offset_of_local(NaiveDateTime::new(date(2026, 10, 24), time(19, 0)))), Some(2));
    }

    #[test]
    fn instants_change_at_one_o_clock_utc() {
        assert_eq!(offset_at(utc("2026-03-29T00:59:59Z")).local_minus_utc(), WINTER);
        assert_eq!(offset_at(utc("2026-03-29T01:00:00Z")).local_minus_utc(), SUMMER);
        assert_eq!(offset_at(utc("2026-10-25T00:59:59Z")).local_minus_utc(), SUMMER);
        assert_eq!(offset_at(utc("2026-10-25T01:00:00Z")).local_minus_utc(), WINTER);
        assert_eq!(to_local(utc("2026-06-30T22:30:00Z")).to_rfc3339(), "2026-07-01T00:30:00+02:00");
        assert_eq!(to_local(utc("2026-12-31T23:30:00Z")).to_rfc3339(), "2027-01-01T00:30:00+01:00");
    }

    #[test]
    fn a_form_s_date_and_time_become_rfc_3339_with_the_dutch_offset() {
        let at = |d, t| local_instant(d, t).map(|i| i.to_rfc3339());
        assert_eq!(at(date(2027, 3, 4), time(19, 0)).as_deref(), Some("2027-03-04T19:00:00+01:00"));
        assert_eq!(at(date(2026, 9, 15), time(10, 0)).as_deref(), Some("2026-09-15T10:00:00+02:00"));
        assert_eq!(at(date(2026, 3, 29), time(2, 30)), None);
        // As JSON, the way the API receives it.
        let json = serde_json::to_string(&local_instant(date(2026, 5, 12), time(9, 30)).unwrap()).unwrap();
        assert_eq!(json, "\"2026-05-12T09:30:00+02:00\"");
    }
}
