//! The pure rules of members' time: ISO weeks in the Netherlands, a week against the band, and
//! the signals a member's weeks show (from the issue: overload, drop-off, back).

use api_types::{BandPosition, MemberWeek, SignalKind, TimeSignal};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use crate::config::TimeBand;
use crate::local_time;

/// The Monday of the ISO week a date is in.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The ISO week of a date as `YYYY-Www` (the ISO year: 2026-12-31 is in 2026-W53, 2027-01-01 too).
pub fn week_label(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// The Monday of the current week in the Netherlands at `now`: Sunday 23:30 in Amsterdam is
/// still last week, Monday 00:30 the new one, whatever UTC says.
pub fn current_week_start(now: DateTime<Utc>) -> NaiveDate {
    week_start(now.with_timezone(&local_time::ZONE).date_naive())
}

/// The Mondays of `count` weeks ending with the one starting `last`, oldest first.
pub fn mondays_ending(last: NaiveDate, count: usize) -> Vec<NaiveDate> {
    (0..count).rev().map(|back| last - Duration::weeks(back as i64)).collect()
}

/// What one member logged in one week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Minutes.
    pub minutes: i32,
    /// Entries, "nothing this week" included.
    pub entries: i32,
    /// Whether one of them is "nothing this week".
    pub nothing: bool,
}

/// Where a week stands against the band.
pub fn position(tally: Tally, band: &TimeBand) -> BandPosition {
    match tally {
        Tally { entries: 0, .. } => BandPosition::NoEntry,
        Tally { minutes: 0, nothing: true, .. } => BandPosition::Nothing,
        Tally { minutes, .. } if minutes < band.minimum_minutes => BandPosition::Below,
        Tally { minutes, .. } if minutes > band.maximum_minutes => BandPosition::Above,
        _ => BandPosition::Within,
    }
}

/// A member's week as the API shows it.
pub fn member_week(monday: NaiveDate, tally: Tally, band: &TimeBand) -> MemberWeek {
    MemberWeek {
        week: week_label(monday),
        starts_on: monday,
        minutes: tally.minutes,
        entries: tally.entries,
        position: position(tally, band),
    }
}

/// The signals of one member's weeks: `weeks` are (Monday, tally), oldest first, the last being
/// the current week (not over yet, so it counts only as a return); `joined_on` is when the
/// member joined the group (weeks before it are not theirs to have logged).
///
/// - overload: above the band in `overload_weeks` of the last `overload_window_weeks` full weeks;
/// - drop-off: no entry at all in the last `drop_off_weeks` full weeks, nor this week;
/// - back: entries in the current or the last full week after at least `drop_off_weeks` weeks
///   without any.
pub fn signals(weeks: &[(NaiveDate, Tally)], joined_on: NaiveDate, band: &TimeBand) -> Vec<TimeSignal> {
    let Some(((_, current), full)) = weeks.split_last() else { return Vec::new() };
    // A week the member was not yet a member for all of is not theirs to have logged.
    let theirs: Vec<&(NaiveDate, Tally)> = full.iter().filter(|(monday, _)| *monday >= week_start(joined_on)).collect();
    let mut signals = Vec::new();

    let window = &theirs[theirs.len().saturating_sub(band.overload_window_weeks)..];
    let above: Vec<String> = window
        .iter()
        .filter(|(_, tally)| position(*tally, band) == BandPosition::Above)
        .map(|(monday, _)| week_label(*monday))
        .collect();
    if band.overload_weeks > 0 && window.len() == band.overload_window_weeks && above.len() >= band.overload_weeks {
        signals.push(TimeSignal {
            kind: SignalKind::Overload,
            reason: format!(
                "Above {} in {} of the last {} weeks.",
                api_types::format_duration(band.maximum_minutes),
                above.len(),
                band.overload_window_weeks
            ),
            weeks: above,
        });
    }

    let empty_run = |weeks: &[&(NaiveDate, Tally)]| weeks.iter().all(|(_, tally)| tally.entries == 0);
    let last = &theirs[theirs.len().saturating_sub(band.drop_off_weeks)..];
    if band.drop_off_weeks > 0 && last.len() == band.drop_off_weeks && empty_run(last) && current.entries == 0 {
        signals.push(TimeSignal {
            kind: SignalKind::DropOff,
            reason: format!("No entry, not even \"nothing this week\", for {} weeks.", band.drop_off_weeks),
            weeks: last.iter().map(|(monday, _)| week_label(*monday)).collect(),
        });
        return signals;
    }

    // Back: the first week with entries again is this week or the last full one, and the
    // `drop_off_weeks` before it had none.
    let all: Vec<(NaiveDate, Tally)> =
        weeks.iter().copied().filter(|(monday, _)| *monday >= week_start(joined_on)).collect();
    let n = all.len();
    for back in [n.checked_sub(1), n.checked_sub(2)].into_iter().flatten() {
        let (monday, tally) = all[back];
        if tally.entries == 0 || back < band.drop_off_weeks || band.drop_off_weeks == 0 {
            continue;
        }
        let gap: Vec<&(NaiveDate, Tally)> = all[back - band.drop_off_weeks..back].iter().collect();
        // Only the first week back: if the week after the gap is the last full week and this
        // week has entries too, the return is still the last full week.
        if empty_run(&gap) {
            let mut weeks: Vec<String> = gap.iter().map(|(m, _)| week_label(*m)).collect();
            weeks.push(week_label(monday));
            signals.push(TimeSignal {
                kind: SignalKind::Back,
                reason: format!(
                    "Entries again in {} after {} weeks without any.",
                    week_label(monday),
                    band.drop_off_weeks
                ),
                weeks,
            });
            break;
        }
    }
    signals
}

/// What is wrong with a new entry's own members, as (pointer, code, detail): either time with an
/// activity or "nothing this week", a duration that reads, a day that is not in the future.
pub fn entry_problems(
    duration: Option<&str>,
    has_activity: bool,
    nothing_this_week: bool,
    date: Option<NaiveDate>,
    today: NaiveDate,
) -> (Option<i32>, Vec<(&'static str, &'static str, String)>) {
    let mut problems = Vec::new();
    let mut minutes = None;
    if nothing_this_week {
        if duration.is_some() {
            problems.push(("/duration", "invalid_value", "\"Nothing this week\" has no duration.".to_string()));
        }
        if has_activity {
            problems.push(("/activity", "invalid_value", "\"Nothing this week\" has no activity.".to_string()));
        }
    } else {
        match duration {
            None => problems.push((
                "/duration",
                "required",
                "How long? Write it as hours and minutes, such as 1:30.".into(),
            )),
            Some(text) => match api_types::parse_duration(text) {
                Ok(m) => minutes = Some(m),
                Err(words) => problems.push(("/duration", "invalid_value", words.to_string())),
            },
        }
        if !has_activity {
            problems.push(("/activity", "required", "What was it for?".to_string()));
        }
    }
    if date.is_some_and(|d| d > today) {
        problems.push(("/date", "range", "Log time afterwards: the day cannot be in the future.".to_string()));
    }
    (minutes, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    fn instant(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).map(|t| t.with_timezone(&Utc)).unwrap_or_default()
    }

    #[test]
    fn the_week_turns_at_midnight_in_amsterdam() {
        // Sunday 6 December 2026, 23:30 in Amsterdam (CET) is 22:30 UTC: still week 49.
        assert_eq!(current_week_start(instant("2026-12-06T22:30:00Z")), day("2026-11-30"));
        // Monday 00:30 in Amsterdam is Sunday 23:30 UTC: already week 50.
        assert_eq!(current_week_start(instant("2026-12-06T23:30:00Z")), day("2026-12-07"));
        assert_eq!(week_label(day("2026-12-07")), "2026-W50");
    }

    #[test]
    fn the_daylight_saving_week_is_a_week() {
        // Summer time begins on Sunday 29 March 2026: Monday 00:30 CEST is 22:30 UTC on Sunday.
        assert_eq!(current_week_start(instant("2026-03-29T21:30:00Z")), day("2026-03-23"));
        assert_eq!(current_week_start(instant("2026-03-29T22:30:00Z")), day("2026-03-30"));
        // It ends on Sunday 25 October 2026: Monday 00:30 CET is 23:30 UTC on Sunday.
        assert_eq!(current_week_start(instant("2026-10-25T22:30:00Z")), day("2026-10-19"));
        assert_eq!(current_week_start(instant("2026-10-25T23:30:00Z")), day("2026-10-26"));
        assert_eq!(mondays_ending(day("2026-11-02"), 3), vec![day("2026-10-19"), day("2026-10-26"), day("2026-11-02")]);
    }

    #[test]
    fn iso_years_follow_the_weeks() {
        assert_eq!(week_label(day("2026-12-31")), "2026-W53");
        assert_eq!(week_label(day("2027-01-03")), "2026-W53");
        assert_eq!(week_label(day("2027-01-04")), "2027-W01");
    }

    #[test]
    fn a_week_against_the_band() {
        let band = TimeBand::default();
        let tally = |minutes, entries, nothing| Tally { minutes, entries, nothing };
        assert_eq!(position(tally(0, 0, false), &band), BandPosition::NoEntry);
        assert_eq!(position(tally(0, 1, true), &band), BandPosition::Nothing);
        assert_eq!(position(tally(119, 1, false), &band), BandPosition::Below);
        assert_eq!(position(tally(120, 1, false), &band), BandPosition::Within);
        assert_eq!(position(tally(240, 2, false), &band), BandPosition::Within);
        assert_eq!(position(tally(241, 2, false), &band), BandPosition::Above);
    }

    /// Weeks from a list of minutes (`None`: no entry), the last being the current week.
    fn weeks(minutes: &[Option<i32>]) -> Vec<(NaiveDate, Tally)> {
        let mondays = mondays_ending(day("2026-12-07"), minutes.len());
        mondays
            .into_iter()
            .zip(minutes)
            .map(|(monday, m)| {
                let tally = match m {
                    None => Tally::default(),
                    Some(0) => Tally { minutes: 0, entries: 1, nothing: true },
                    Some(m) => Tally { minutes: *m, entries: 1, nothing: false },
                };
                (monday, tally)
            })
            .collect()
    }

    fn kinds(signals: &[TimeSignal]) -> Vec<SignalKind> {
        signals.iter().map(|s| s.kind).collect()
    }

    #[test]
    fn overload_is_three_of_the_last_four_full_weeks_above_the_band() {
        let band = TimeBand::default();
        let joined = day("2026-01-05");
        // Above in 3 of the 4 full weeks (the current week does not count).
        let over = signals(&weeks(&[Some(120), Some(300), Some(241), Some(150), Some(250), Some(0)]), joined, &band);
        assert_eq!(kinds(&over), vec![SignalKind::Overload]);
        assert_eq!(over[0].weeks, vec!["2026-W46", "2026-W47", "2026-W49"]);
        assert_eq!(over[0].reason, "Above 4:00 in 3 of the last 4 weeks.");
        // 240 is within the band: two weeks above is not an overload.
        let not = signals(&weeks(&[Some(300), Some(240), Some(241), Some(150), Some(250), Some(500)]), joined, &band);
        assert!(kinds(&not).is_empty(), "{not:?}");
        // Four weeks of membership are needed to tell.
        let new = signals(&weeks(&[Some(300), Some(300), Some(300), Some(300)]), day("2026-11-16"), &band);
        assert!(kinds(&new).is_empty(), "{new:?}");
    }

    #[test]
    fn drop_off_is_three_weeks_without_any_entry() {
        let band = TimeBand::default();
        let joined = day("2026-01-05");
        let gone = signals(&weeks(&[Some(150), Some(150), None, None, None, None]), joined, &band);
        assert_eq!(kinds(&gone), vec![SignalKind::DropOff]);
        assert_eq!(gone[0].weeks, vec!["2026-W47", "2026-W48", "2026-W49"]);
        // Two empty weeks are not yet a drop-off; "nothing this week" is an entry.
        assert!(signals(&weeks(&[Some(150), Some(150), Some(150), None, None, None]), joined, &band).is_empty());
        assert!(signals(&weeks(&[Some(150), Some(150), None, Some(0), None, None]), joined, &band).is_empty());
        // An entry this week already ends it: the member is back.
        let back = signals(&weeks(&[Some(150), Some(150), None, None, None, Some(60)]), joined, &band);
        assert_eq!(kinds(&back), vec![SignalKind::Back]);
        assert_eq!(back[0].weeks, vec!["2026-W47", "2026-W48", "2026-W49", "2026-W50"]);
        // Weeks before joining are not empty weeks of theirs.
        assert!(signals(&weeks(&[None, None, None, None, Some(150), None]), day("2026-11-30"), &band).is_empty());
    }

    #[test]
    fn back_is_shown_for_the_week_of_return_and_the_week_after() {
        let band = TimeBand::default();
        let joined = day("2026-01-05");
        // Back last week, and logging this week too: still "back" for last week.
        let back = signals(&weeks(&[Some(150), None, None, None, Some(90), Some(60)]), joined, &band);
        assert_eq!(kinds(&back), vec![SignalKind::Back]);
        assert_eq!(back[0].weeks, vec!["2026-W46", "2026-W47", "2026-W48", "2026-W49"]);
        assert_eq!(back[0].reason, "Entries again in 2026-W49 after 3 weeks without any.");
        // Back two weeks ago: no longer news.
        assert!(signals(&weeks(&[None, None, None, Some(90), Some(120), Some(60)]), joined, &band).is_empty());
    }

    #[test]
    fn a_new_entry_says_every_problem() {
        let today = day("2026-12-04");
        let (minutes, problems) = entry_problems(Some("1:75"), false, false, Some(day("2026-12-05")), today);
        assert_eq!(minutes, None);
        let pointers: Vec<&str> = problems.iter().map(|p| p.0).collect();
        assert_eq!(pointers, vec!["/duration", "/activity", "/date"]);
        assert_eq!(entry_problems(Some("1:30"), true, false, Some(today), today), (Some(90), Vec::new()));
        let (_, nothing) = entry_problems(Some("1:00"), true, true, None, today);
        assert_eq!(nothing.len(), 2);
        assert_eq!(entry_problems(None, false, true, None, today), (None, Vec::new()));
    }
}
