//! Dutch local time: the programme's zone. Instants are stored in UTC (to the second); people
//! meet, and dates are given, in Europe/Amsterdam time. Every feature converts here.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};

/// The programme's time zone.
pub const ZONE: chrono_tz::Tz = chrono_tz::Europe::Amsterdam;

/// A stored UTC instant as Dutch local time with its offset (`+01:00` or `+02:00`).
pub fn local(utc: NaiveDateTime) -> DateTime<FixedOffset> {
    Utc.from_utc_datetime(&utc).with_timezone(&ZONE).fixed_offset()
}

/// The local date of a stored UTC instant.
pub fn local_date(utc: NaiveDateTime) -> NaiveDate {
    local(utc).date_naive()
}

/// An instant given with any offset, as stored: UTC, to the whole second.
pub fn stored(instant: &DateTime<FixedOffset>) -> NaiveDateTime {
    let utc = instant.naive_utc();
    utc.with_nanosecond(0).unwrap_or(utc)
}

/// The UTC instant at which a local date begins.
pub fn start_of_local_day(date: NaiveDate) -> NaiveDateTime {
    ZONE.from_local_datetime(&date.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map(|t| t.naive_utc())
        .unwrap_or_else(|| date.and_time(chrono::NaiveTime::MIN))
}

/// Today's date in the Netherlands.
pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&ZONE).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_instants_are_utc_to_the_second() {
        let given = DateTime::parse_from_rfc3339("2027-06-01T19:30:12.345+02:00").expect("RFC 3339");
        assert_eq!(stored(&given).to_string(), "2027-06-01 17:30:12");
        assert_eq!(local(stored(&given)).to_rfc3339(), "2027-06-01T19:30:12+02:00");
    }
}
