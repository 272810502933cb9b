//! The trainings' rules, without a database: the status moves and what each status allows, the
//! checks of a date option (times that exist in the Netherlands, the end after the start, not in
//! the past), the choice of days, answers and attendance naming only what the training has, and
//! completion.

use std::collections::{HashMap, HashSet};

use api_types::{
    parse_time_of_day, AttendanceEntry, AvailabilityAnswer, DateOptionId, InvalidParam, NewDateOption, NewParticipants,
    ParticipantId, ProblemCode, TrainingStatus, DEFAULT_TOPICS, MAX_DATE_OPTIONS,
};
use chrono::{NaiveDate, NaiveTime};

use crate::error::{invalid, ApiError};

/// The topics as kept: each trimmed.
pub fn topics(given: &[String]) -> Vec<String> {
    given.iter().map(|t| t.trim().to_string()).collect()
}

/// The programme's four topics, for a training created without any.
pub fn default_topics() -> Vec<String> {
    DEFAULT_TOPICS.iter().map(|t| t.to_string()).collect()
}

/// Whether a training that is `from` may be changed to `to`: `scheduled` → `completed`, and
/// `planning` or `scheduled` → `cancelled`. `scheduled` itself is reached only by confirming the
/// days (409 `invalid-status-transition` otherwise).
pub fn check_status_move(from: TrainingStatus, to: TrainingStatus) -> Result<(), ApiError> {
    use TrainingStatus::*;
    let allowed = from == to || matches!((from, to), (Scheduled, Completed) | (Planning | Scheduled, Cancelled));
    if allowed {
        return Ok(());
    }
    Err(ApiError::conflict(
        ProblemCode::InvalidStatusTransition,
        format!(
            "A training that is {} cannot become {}{}.",
            from.as_str(),
            to.as_str(),
            if to == Scheduled { " except by confirming its days" } else { "" }
        ),
    ))
}

/// The number of days changes only while planning: the sessions are made from it (409
/// `training-scheduled`).
pub fn check_required_days(status: TrainingStatus, current: i32, requested: Option<i32>) -> Result<(), ApiError> {
    if requested.is_some_and(|days| days != current) && status != TrainingStatus::Planning {
        return Err(ApiError::conflict(
            ProblemCode::TrainingScheduled,
            "The number of days can only change while the training is being planned.",
        ));
    }
    Ok(())
}

/// A completed or cancelled training is history: its participants stay as they are (409
/// `training-closed`).
pub fn require_open(status: TrainingStatus) -> Result<(), ApiError> {
    if matches!(status, TrainingStatus::Completed | TrainingStatus::Cancelled) {
        return Err(ApiError::conflict(ProblemCode::TrainingClosed, "The training is completed or cancelled."));
    }
    Ok(())
}

/// Date options and answers change only while planning (409 `training-not-planning`).
pub fn require_planning(status: TrainingStatus) -> Result<(), ApiError> {
    if status == TrainingStatus::Planning {
        return Ok(());
    }
    Err(ApiError::conflict(
        ProblemCode::TrainingNotPlanning,
        "Date options and answers change only while the training is being planned.",
    ))
}

/// Days and attendance change only once scheduled, and no longer once completed or cancelled
/// (409 `training-not-scheduled`).
pub fn require_scheduled(status: TrainingStatus) -> Result<(), ApiError> {
    if status == TrainingStatus::Scheduled {
        return Ok(());
    }
    Err(ApiError::conflict(
        ProblemCode::TrainingNotScheduled,
        "Days and attendance change only while the training is scheduled (not completed or cancelled).",
    ))
}

/// Attendance is what happened: it is recorded on the training day or after, never ahead (a day's
/// `date` is Dutch local, like `today`).
pub fn require_held(date: NaiveDate, today: NaiveDate) -> Result<(), ApiError> {
    if date <= today {
        return Ok(());
    }
    Err(ApiError::conflict(
        ProblemCode::SessionNotHeld,
        format!("Day {date} has not come yet: record its attendance on the day or after."),
    ))
}

/// Participants come one person or one group at a time: exactly one of the two.
pub fn check_new_participants(new: &NewParticipants) -> Result<(), ApiError> {
    if new.person_id.is_none() == new.group_id.is_none() {
        return Err(ApiError::invalid("/personId", "required", "Give either personId or groupId."));
    }
    Ok(())
}

/// Whether a local time exists on that day in the Netherlands: when the clocks move forward, the
/// hour they skip does not.
fn exists_in_the_netherlands(date: NaiveDate, time: NaiveTime) -> bool {
    date.and_time(time).and_local_timezone(crate::local_time::ZONE).earliest().is_some()
}

/// A day with a start and end time: both times exist on that day in the Netherlands, and the end
/// comes after the start. Each time's form (`HH:MM`) is checked with the body.
pub fn check_slot(slot: &NewDateOption) -> Vec<InvalidParam> {
    let mut errors = Vec::new();
    for (pointer, time) in [("/startTime", &slot.start_time), ("/endTime", &slot.end_time)] {
        if parse_time_of_day(time).is_some_and(|t| !exists_in_the_netherlands(slot.date, t)) {
            errors.push(invalid(
                pointer,
                "invalid_value",
                "This time does not exist on that day in the Netherlands (the clocks move forward).",
            ));
        }
    }
    if let (Some(start), Some(end)) = (parse_time_of_day(&slot.start_time), parse_time_of_day(&slot.end_time)) {
        if end <= start {
            errors.push(invalid("/endTime", "range", "Must be after the start time."));
        }
    }
    errors
}

/// A new date option: a slot as [`check_slot`] wants it, today or later.
pub fn check_new_option(slot: &NewDateOption, today: NaiveDate) -> Vec<InvalidParam> {
    let mut errors = check_slot(slot);
    if slot.date < today {
        errors.push(invalid("/date", "range", "Must be today or later: the days are still to be planned."));
    }
    errors
}

/// Room for one more date option: at most [`MAX_DATE_OPTIONS`], which keeps the proposal's
/// exhaustive search small (409 `too-many-date-options`).
pub fn check_option_room(existing: i64) -> Result<(), ApiError> {
    if existing as usize >= MAX_DATE_OPTIONS {
        return Err(ApiError::conflict(
            ProblemCode::TooManyDateOptions,
            format!("A training has at most {MAX_DATE_OPTIONS} date options."),
        ));
    }
    Ok(())
}

/// The number of days a set of options holds (none for a number below one).
pub fn days(required_days: i32) -> usize {
    usize::try_from(required_days).unwrap_or(0)
}

/// The days chosen to confirm: exactly `required_days` different options of the training
/// (`dates` holds each option's day), no two on the same day. Every problem is listed at once;
/// a duplicate option counts only once, as a wrong number. Gives the chosen options.
pub fn check_choice(
    chosen: &[uuid::Uuid],
    dates: &HashMap<DateOptionId, NaiveDate>,
    required_days: i32,
) -> Result<Vec<DateOptionId>, ApiError> {
    let chosen: Vec<DateOptionId> = chosen.iter().copied().map(DateOptionId::from).collect();
    let required = days(required_days);
    let distinct: HashSet<&DateOptionId> = chosen.iter().collect();
    let mut errors = Vec::new();
    if chosen.len() != required || distinct.len() != required {
        errors.push(invalid("/optionIds", "length", format!("Choose exactly {required} different date options.")));
    }
    let mut days = HashSet::new();
    for (i, option) in chosen.iter().enumerate() {
        match dates.get(option) {
            None => errors.push(invalid(format!("/optionIds/{i}"), "not_found", "Not a date option of this training.")),
            // With a duplicate option the number is wrong already; naming its day again says nothing.
            Some(date) if !days.insert(*date) && distinct.len() == chosen.len() => {
                errors.push(invalid(format!("/optionIds/{i}"), "invalid_value", "Two options on the same day."))
            }
            Some(_) => {}
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    Ok(chosen)
}

/// Answers name only the training's own date options: one problem per answer that does not.
pub fn check_answers(answers: &[AvailabilityAnswer], options: &HashSet<DateOptionId>) -> Vec<InvalidParam> {
    answers
        .iter()
        .enumerate()
        .filter(|(_, a)| !options.contains(&DateOptionId::from(a.option_id)))
        .map(|(i, _)| invalid(format!("/answers/{i}/optionId"), "not_found", "Not a date option of this training."))
        .collect()
}

/// Attendance names only the training's own participants: one problem per record that does not.
pub fn check_attendance(records: &[AttendanceEntry], participants: &HashSet<ParticipantId>) -> Vec<InvalidParam> {
    records
        .iter()
        .enumerate()
        .filter(|(_, r)| !participants.contains(&ParticipantId::from(r.participant_id)))
        .map(|(i, _)| {
            invalid(format!("/records/{i}/participantId"), "not_found", "Not a participant of this training.")
        })
        .collect()
}

/// A participant completed the training when present at every required day.
pub fn completed(days_present: i64, required_days: i32) -> bool {
    days_present >= i64::from(required_days)
}

/// How a personal page greets the participant: by the name up to the first space.
pub fn greeting(name: &str) -> String {
    name.split_whitespace().next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use api_types::{AttendanceStatus, Availability};
    use TrainingStatus::*;

    fn slot(date: &str, start: &str, end: &str) -> NewDateOption {
        NewDateOption { date: date.parse().unwrap_or_default(), start_time: start.into(), end_time: end.into() }
    }

    fn pointers(errors: &[InvalidParam]) -> Vec<&str> {
        errors.iter().map(|e| e.pointer.as_str()).collect()
    }

    fn code(result: Result<(), ApiError>) -> Option<ProblemCode> {
        match result {
            Err(ApiError::Conflict { code, .. }) => Some(code),
            _ => None,
        }
    }

    #[test]
    fn status_moves_follow_the_life_cycle() {
        assert_eq!(code(check_status_move(Scheduled, Completed)), None);
        assert_eq!(code(check_status_move(Planning, Cancelled)), None);
        assert_eq!(code(check_status_move(Scheduled, Cancelled)), None);
        for (from, to) in [(Planning, Scheduled), (Planning, Completed), (Completed, Planning), (Cancelled, Scheduled)]
        {
            assert_eq!(code(check_status_move(from, to)), Some(ProblemCode::InvalidStatusTransition), "{from:?}");
        }
        let Err(ApiError::Conflict { detail, .. }) = check_status_move(Planning, Scheduled) else {
            panic!("expected a conflict")
        };
        assert!(detail.ends_with("except by confirming its days."), "{detail}");
    }

    #[test]
    fn what_each_status_allows() {
        assert_eq!(code(check_required_days(Planning, 3, Some(2))), None);
        assert_eq!(code(check_required_days(Scheduled, 3, Some(3))), None, "the same number is no change");
        assert_eq!(code(check_required_days(Scheduled, 3, Some(2))), Some(ProblemCode::TrainingScheduled));
        assert_eq!(code(require_open(Scheduled)), None);
        assert_eq!(code(require_open(Cancelled)), Some(ProblemCode::TrainingClosed));
        assert_eq!(code(require_planning(Scheduled)), Some(ProblemCode::TrainingNotPlanning));
        assert_eq!(code(require_scheduled(Completed)), Some(ProblemCode::TrainingNotScheduled));
        assert_eq!(code(require_scheduled(Scheduled)), None);
    }

    #[test]
    fn participants_come_by_person_or_by_group() {
        let id = uuid::Uuid::now_v7();
        assert!(check_new_participants(&NewParticipants { person_id: Some(id), group_id: None }).is_ok());
        assert!(check_new_participants(&NewParticipants { person_id: None, group_id: Some(id) }).is_ok());
        assert!(check_new_participants(&NewParticipants::default()).is_err());
        assert!(check_new_participants(&NewParticipants { person_id: Some(id), group_id: Some(id) }).is_err());
    }

    #[test]
    fn times_that_do_not_exist_in_the_netherlands_are_refused() {
        // On 28 March 2027 the clocks jump from 02:00 to 03:00.
        assert_eq!(pointers(&check_slot(&slot("2027-03-28", "02:30", "04:00"))), vec!["/startTime"]);
        assert_eq!(pointers(&check_slot(&slot("2027-03-28", "01:00", "02:15"))), vec!["/endTime"]);
        assert!(check_slot(&slot("2027-03-28", "03:00", "04:00")).is_empty());
        // When they move back, 02:30 happens twice: it exists.
        assert!(check_slot(&slot("2027-10-31", "02:30", "04:00")).is_empty());
    }

    #[test]
    fn the_end_comes_after_the_start_and_new_days_are_not_past() {
        let reversed = check_slot(&slot("2027-06-22", "16:00", "09:00"));
        assert_eq!((pointers(&reversed), reversed[0].code.as_str()), (vec!["/endTime"], "range"));
        assert_eq!(pointers(&check_slot(&slot("2027-06-22", "09:00", "09:00"))), vec!["/endTime"]);
        // A time not written HH:MM is the body's problem, not this one's.
        assert!(check_slot(&slot("2027-06-22", "9h", "25:00")).is_empty());
        let today = NaiveDate::from_ymd_opt(2027, 6, 22).unwrap_or_default();
        assert!(check_new_option(&slot("2027-06-22", "09:00", "16:00"), today).is_empty());
        assert_eq!(
            pointers(&check_new_option(&slot("2027-06-21", "16:00", "09:00"), today)),
            vec!["/endTime", "/date"]
        );
    }

    #[test]
    fn at_most_twenty_date_options() {
        assert!(check_option_room(19).is_ok());
        assert_eq!(code(check_option_room(20)), Some(ProblemCode::TooManyDateOptions));
    }

    #[test]
    fn the_choice_is_exactly_the_required_days_of_this_training() {
        let ids: Vec<uuid::Uuid> = (0..4).map(|_| uuid::Uuid::now_v7()).collect();
        let day = |d| NaiveDate::from_ymd_opt(2027, 3, d).unwrap_or_default();
        // Options 0, 1 and 2 on three days, option 3 on the day of option 0.
        let dates: HashMap<DateOptionId, NaiveDate> =
            ids.iter().zip([day(6), day(13), day(20), day(6)]).map(|(id, d)| (DateOptionId::from(*id), d)).collect();
        let problems = |chosen: &[uuid::Uuid]| match check_choice(chosen, &dates, 3) {
            Ok(_) => Vec::new(),
            Err(ApiError::InvalidInput(errors)) => errors.into_iter().map(|e| (e.pointer, e.code)).collect(),
            Err(other) => panic!("unexpected {other:?}"),
        };
        let chosen = check_choice(&ids[..3], &dates, 3).ok();
        assert_eq!(chosen, Some(ids[..3].iter().copied().map(DateOptionId::from).collect()));
        let unknown = uuid::Uuid::now_v7();
        assert_eq!(
            problems(&[ids[0], unknown]),
            vec![("/optionIds".into(), "length".into()), ("/optionIds/1".into(), "not_found".into())]
        );
        assert_eq!(problems(&[ids[0], ids[1], ids[3]]), vec![("/optionIds/2".into(), "invalid_value".into())]);
        assert_eq!(problems(&[ids[0], ids[1], ids[1]]), vec![("/optionIds".into(), "length".into())]);
    }

    #[test]
    fn answers_and_attendance_name_only_the_trainings_own() {
        let known = uuid::Uuid::now_v7();
        let options = HashSet::from([DateOptionId::from(known)]);
        let answer = |option_id| AvailabilityAnswer { option_id, answer: Availability::Yes };
        let answers = [answer(uuid::Uuid::now_v7()), answer(known), answer(uuid::Uuid::now_v7())];
        assert_eq!(pointers(&check_answers(&answers, &options)), vec!["/answers/0/optionId", "/answers/2/optionId"]);
        let participants = HashSet::from([ParticipantId::from(known)]);
        let record = |participant_id| AttendanceEntry { participant_id, status: AttendanceStatus::Present };
        let records = [record(known), record(uuid::Uuid::now_v7())];
        assert_eq!(pointers(&check_attendance(&records, &participants)), vec!["/records/1/participantId"]);
    }

    #[test]
    fn completion_is_presence_at_every_required_day() {
        assert!(completed(3, 3));
        assert!(!completed(2, 3));
        assert!(completed(1, 1));
        assert_eq!(days(3), 3);
        assert_eq!(days(-1), 0);
    }

    #[test]
    fn topics_are_trimmed_and_the_programmes_four_by_default() {
        assert_eq!(topics(&["  Samen ".into()]), vec!["Samen".to_string()]);
        assert_eq!(default_topics().len(), 4);
    }

    #[test]
    fn a_personal_page_greets_by_first_name() {
        assert_eq!(greeting("Esra Yilmaz"), "Esra");
        assert_eq!(greeting("  Henk  "), "Henk");
        assert_eq!(greeting(""), "");
    }
}
