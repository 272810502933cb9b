//! The questions' rules, without a database: the status moves (and the 409 that names the allowed
//! ones), tracking codes, what a change writes into the history, follow-up dates, response times
//! and the retention cut-off.

use std::collections::HashMap;

use api_types::{
    GroupStatus, InvalidParam, PersonId, ProblemCode, QuestionChange, QuestionId, QuestionPatch, QuestionStatus, Topic,
};
use chrono::{NaiveDate, NaiveDateTime};
use sha2::{Digest, Sha256};

use crate::error::{invalid, ApiError, ApiResult};
use crate::web::body::blank_to_none;

/// The statuses a question may move to now: none once its personal data was erased, since it no
/// longer changes.
pub fn allowed_moves(status: QuestionStatus, erased: bool) -> Vec<QuestionStatus> {
    if erased {
        Vec::new()
    } else {
        status.next().to_vec()
    }
}

/// The allowed moves from `from`, for a person.
fn allowed_list(from: QuestionStatus) -> String {
    from.next().iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
}

/// 409 `invalid-status-transition` unless a question that is `from` may become `to`, naming the
/// moves it does allow.
pub fn check_move(from: QuestionStatus, to: QuestionStatus) -> ApiResult<()> {
    if from.next().contains(&to) {
        return Ok(());
    }
    Err(ApiError::conflict(
        ProblemCode::InvalidStatusTransition,
        format!("A question that is {} can become: {}.", from.as_str(), allowed_list(from)),
    ))
}

/// Whether a referral moves a question that is `from` to `referred`: not when it is referred
/// already (a second organisation), 409 when it cannot be referred at all.
pub fn referral_moves(from: QuestionStatus) -> ApiResult<bool> {
    if from == QuestionStatus::Referred {
        return Ok(false);
    }
    if from.next().contains(&QuestionStatus::Referred) {
        return Ok(true);
    }
    Err(ApiError::conflict(
        ProblemCode::InvalidStatusTransition,
        format!("A question that is {} cannot be referred; it can become: {}.", from.as_str(), allowed_list(from)),
    ))
}

/// 409 `question-erased` for a question whose personal data was erased: it and its referrals no
/// longer change, so no new personal data comes in and its anonymous figures stay as they were.
pub fn check_not_erased(erased_at: Option<NaiveDateTime>) -> ApiResult<()> {
    if erased_at.is_some() {
        return Err(ApiError::conflict(
            ProblemCode::QuestionErased,
            "The personal data of this question was erased; it and its referrals no longer change.",
        ));
    }
    Ok(())
}

/// 409 `group-ended` for a group that has stopped: it takes no new questions.
pub fn check_group_takes_questions(group_status: GroupStatus) -> ApiResult<()> {
    if group_status == GroupStatus::Ended {
        return Err(ApiError::conflict(ProblemCode::GroupEnded, "This group has stopped and takes no new questions."));
    }
    Ok(())
}

/// Name, email and phone as kept: blanks dropped, email in lower case. (The consent they need is
/// a rule of the request body: `api_types::rules::contact_consent`.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asker {
    /// Name.
    pub name: Option<String>,
    /// Email, lower case.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

impl Asker {
    /// The asker's details as given.
    pub fn new(name: &Option<String>, email: &Option<String>, phone: &Option<String>) -> Self {
        Asker {
            name: blank_to_none(name.as_deref()),
            email: blank_to_none(email.as_deref()).map(|e| e.to_lowercase()),
            phone: blank_to_none(phone.as_deref()),
        }
    }

    /// Whether any detail was given: then the moment of consent is kept with them.
    pub fn given(&self) -> bool {
        self.name.is_some() || self.email.is_some() || self.phone.is_some()
    }
}

/// The letters and digits of a tracking code as typed, upper case: case and dashes do not matter.
pub fn compact_code(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// The stored form of a tracking code: the SHA-256 of its compact form.
pub fn tracking_hash(code: &str) -> String {
    hex::encode(Sha256::digest(compact_code(code).as_bytes()))
}

/// A tracking code as typed, written the way it was handed out: `lndbrg26…` → `LNDB-RG26-…`.
pub fn written_code(code: &str) -> String {
    let compact = compact_code(code);
    let groups: Vec<&str> = compact.as_bytes().chunks(4).filter_map(|group| std::str::from_utf8(group).ok()).collect();
    groups.join("-")
}

/// A new tracking code: 16 characters from an alphabet without look-alikes (0/O, 1/I/L, U), in
/// groups of four — 80 random bits, e.g. `K7QM-3XJD-92PA-HT4W`.
pub fn new_tracking_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
    // 30 symbols; 16 of them carry log2(30^16) ≈ 78.5 bits. Rejection sampling keeps them uniform.
    let mut code = String::with_capacity(19);
    let mut count = 0;
    while count < 16 {
        let byte: u8 = rand::random();
        if usize::from(byte) >= 240 {
            continue;
        }
        if count > 0 && count % 4 == 0 {
            code.push('-');
        }
        code.push(char::from(ALPHABET[usize::from(byte) % ALPHABET.len()]));
        count += 1;
    }
    code
}

/// One history entry to write: `from == to` for a change that did not move the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What it records.
    pub change: QuestionChange,
    /// Status before; `None` for the intake.
    pub from: Option<QuestionStatus>,
    /// Status after.
    pub to: QuestionStatus,
    /// For an assignment: to whom (`None`: unassigned).
    pub assignee: Option<PersonId>,
    /// Why, or what was done.
    pub note: Option<String>,
}

impl Entry {
    /// Taken in, or moved from `from` to `to`.
    pub fn status(from: Option<QuestionStatus>, to: QuestionStatus) -> Self {
        Entry { change: QuestionChange::Status, from, to, assignee: None, note: None }
    }

    /// Any other change, made while the question is `status`.
    pub fn at(change: QuestionChange, status: QuestionStatus) -> Self {
        Entry { change, from: Some(status), to: status, assignee: None, note: None }
    }
}

/// The status of a question taken in: `in_progress` when a member takes it on at once.
pub fn intake_status(assignee: Option<PersonId>) -> QuestionStatus {
    if assignee.is_some() {
        QuestionStatus::InProgress
    } else {
        QuestionStatus::New
    }
}

/// The history of a question taken in with `status`: the intake, and the assignment if any.
pub fn intake_history(status: QuestionStatus, assignee: Option<PersonId>) -> Vec<Entry> {
    let mut entries = vec![Entry::status(None, status)];
    if let Some(assignee) = assignee {
        entries.push(Entry { assignee: Some(assignee), ..Entry::at(QuestionChange::Assignment, status) });
    }
    entries
}

/// What a question is now, as far as a change compares it.
#[derive(Debug, Clone)]
pub struct Current<'a> {
    /// Where it stands.
    pub status: QuestionStatus,
    /// Who handles it.
    pub assignee: Option<PersonId>,
    /// Its topic.
    pub topic: Topic,
    /// The answer the resident sees.
    pub public_answer: Option<&'a str>,
    /// The first move out of `new`.
    pub first_response_at: Option<NaiveDateTime>,
    /// The first `answered`.
    pub answered_at: Option<NaiveDateTime>,
}

/// What a patch changes: only what differs from the question as it is, so that a patch that
/// changes nothing leaves the question (and its ETag) as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The move, if any.
    pub to: Option<QuestionStatus>,
    /// The new assignee (`Some(None)`: unassigned).
    pub assignee: Option<Option<PersonId>>,
    /// The new topic.
    pub topic: Option<Topic>,
    /// The new public answer (`Some(None)`: removed).
    pub public_answer: Option<Option<String>>,
    /// The note, not blank.
    pub note: Option<String>,
}

/// The moments response times are measured by, after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestones {
    /// The first move out of `new`.
    pub first_response_at: Option<NaiveDateTime>,
    /// The first `answered`.
    pub answered_at: Option<NaiveDateTime>,
    /// Only when the question moves: closed now, or no longer closed.
    pub closed_at: Option<Option<NaiveDateTime>>,
}

/// What a patch does to a question that is `current`; 409 for a move the workflow does not allow.
pub fn edit(current: &Current<'_>, patch: &QuestionPatch) -> ApiResult<Edit> {
    let to = patch.status.filter(|to| *to != current.status);
    if let Some(to) = to {
        check_move(current.status, to)?;
    }
    Ok(Edit {
        to,
        assignee: patch.assignee_id.map(|a| a.map(PersonId::from)).filter(|a| *a != current.assignee),
        topic: patch.topic.filter(|t| *t != current.topic),
        public_answer: patch
            .public_answer
            .as_ref()
            .map(|a| blank_to_none(a.as_deref()))
            .filter(|a| a.as_deref() != current.public_answer),
        note: blank_to_none(patch.note.as_deref()),
    })
}

impl Edit {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.to.is_none()
            && self.assignee.is_none()
            && self.topic.is_none()
            && self.public_answer.is_none()
            && self.note.is_none()
    }

    /// The status after the change.
    pub fn status(&self, from: QuestionStatus) -> QuestionStatus {
        self.to.unwrap_or(from)
    }

    /// The moments after the change, made `now`: the first response and the first answer are
    /// kept once set; `closed_at` follows every move.
    pub fn milestones(&self, current: &Current<'_>, now: NaiveDateTime) -> Milestones {
        let status = self.status(current.status);
        Milestones {
            first_response_at: current.first_response_at.or((status != QuestionStatus::New).then_some(now)),
            answered_at: current.answered_at.or((status == QuestionStatus::Answered).then_some(now)),
            closed_at: self.to.map(|_| (status == QuestionStatus::Closed).then_some(now)),
        }
    }

    /// The history entries of the change, in order: the move, the assignment, the public answer;
    /// the note goes with the first of them, or alone when there is none.
    pub fn history(&self, from: QuestionStatus) -> Vec<Entry> {
        let status = self.status(from);
        let mut entries = Vec::new();
        if let Some(to) = self.to {
            entries.push(Entry::status(Some(from), to));
        }
        if let Some(assignee) = self.assignee {
            entries.push(Entry { assignee, ..Entry::at(QuestionChange::Assignment, status) });
        }
        if self.public_answer.is_some() {
            entries.push(Entry::at(QuestionChange::PublicAnswer, status));
        }
        match entries.first_mut() {
            Some(first) => first.note = self.note.clone(),
            None if self.note.is_some() => {
                entries.push(Entry { note: self.note.clone(), ..Entry::at(QuestionChange::Note, status) })
            }
            None => {}
        }
        entries
    }
}

/// What a resident's reaction through the tracking code does to a question that is `status`:
/// "not solved" reopens an answered or closed question (back to `in_progress`: a question is done
/// when the resident is helped, not when the group thinks so); any other reaction leaves it where
/// it is. The move to write (if any), and the timeline entry with the resident's text.
pub fn resident_reaction(status: QuestionStatus, text: &str, not_solved: bool) -> (Edit, Entry) {
    let reopens = not_solved && matches!(status, QuestionStatus::Answered | QuestionStatus::Closed);
    let to = if reopens { QuestionStatus::InProgress } else { status };
    let change = if not_solved { QuestionChange::NotSolved } else { QuestionChange::Reaction };
    let edit = Edit { to: reopens.then_some(to), assignee: None, topic: None, public_answer: None, note: None };
    let entry = Entry { change, from: Some(status), to, assignee: None, note: Some(text.trim().to_string()) };
    (edit, entry)
}

/// 400 for a follow-up date in the past: a follow-up is planned, not recorded afterwards.
pub fn follow_up_problem(follow_up_on: Option<NaiveDate>, today: NaiveDate) -> Option<InvalidParam> {
    follow_up_on.filter(|d| *d < today).map(|_| invalid("/followUpOn", "range", "Cannot be in the past."))
}

/// The earliest follow-up date of each question, from its open referrals' dates.
pub fn earliest_follow_ups(dates: Vec<(QuestionId, Option<NaiveDate>)>) -> HashMap<QuestionId, NaiveDate> {
    let mut earliest: HashMap<QuestionId, NaiveDate> = HashMap::new();
    for (question, date) in dates {
        let Some(date) = date else { continue };
        earliest.entry(question).and_modify(|e| *e = (*e).min(date)).or_insert(date);
    }
    earliest
}

/// Seconds from asking to `at`: never negative, for a question entered later with a moment of
/// asking after its first move.
pub fn seconds_since(asked_at: NaiveDateTime, at: Option<NaiveDateTime>) -> Option<i64> {
    at.map(|at| (at - asked_at).num_seconds().max(0))
}

/// The moment before which closed questions are erased: `months` before `now` (AVG retention).
pub fn retention_cutoff(now: NaiveDateTime, months: u32) -> ApiResult<NaiveDateTime> {
    now.checked_sub_months(chrono::Months::new(months))
        .ok_or_else(|| ApiError::Internal("retention period out of range".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuestionStatus::*;

    #[test]
    fn not_solved_reopens_an_answered_or_closed_question_and_a_reaction_moves_nothing() {
        for status in [Answered, Closed] {
            let (edit, entry) = resident_reaction(status, "  Het werkt nog niet. ", true);
            assert_eq!(edit.to, Some(InProgress));
            assert_eq!((entry.change, entry.from, entry.to), (QuestionChange::NotSolved, Some(status), InProgress));
            assert_eq!(entry.note.as_deref(), Some("Het werkt nog niet."));
            let reopened = edit.milestones(&current(status), NaiveDateTime::default());
            assert_eq!(reopened.closed_at, Some(None), "no longer closed");
        }
        for status in [New, InProgress, Referred] {
            let (edit, entry) = resident_reaction(status, "Nog steeds niet", true);
            assert!(edit.is_empty(), "an open question stays where it is");
            assert_eq!((entry.change, entry.to), (QuestionChange::NotSolved, status));
        }
        let (edit, entry) = resident_reaction(Closed, "Dank u wel!", false);
        assert!(edit.is_empty());
        assert_eq!((entry.change, entry.to), (QuestionChange::Reaction, Closed));
    }

    fn current(status: QuestionStatus) -> Current<'static> {
        Current {
            status,
            assignee: None,
            topic: Topic::Housing,
            public_answer: None,
            first_response_at: None,
            answered_at: None,
        }
    }

    fn conflict_detail(result: ApiResult<impl std::fmt::Debug>) -> Option<(ProblemCode, String)> {
        match result {
            Err(ApiError::Conflict { code, detail, .. }) => Some((code, detail)),
            _ => None,
        }
    }

    #[test]
    fn refused_moves_name_the_allowed_ones() {
        assert!(check_move(New, Answered).is_ok());
        assert_eq!(
            conflict_detail(check_move(Answered, New)),
            Some((ProblemCode::InvalidStatusTransition, "A question that is answered can become: closed.".into()))
        );
        assert_eq!(referral_moves(InProgress).ok(), Some(true));
        assert_eq!(referral_moves(Referred).ok(), Some(false));
        assert_eq!(
            conflict_detail(referral_moves(Closed)),
            Some((
                ProblemCode::InvalidStatusTransition,
                "A question that is closed cannot be referred; it can become: in_progress.".into()
            ))
        );
        assert!(allowed_moves(Closed, true).is_empty());
        assert_eq!(allowed_moves(Closed, false), vec![InProgress]);
    }

    #[test]
    fn tracking_codes_ignore_case_and_dashes() {
        let code = new_tracking_code();
        assert_eq!(code.len(), 19);
        assert_eq!(code.split('-').count(), 4);
        assert!(code.chars().all(|c| c == '-' || b"ABCDEFGHJKMNPQRSTVWXYZ23456789".contains(&(c as u8))));
        assert_eq!(tracking_hash(&code.to_lowercase().replace('-', "")), tracking_hash(&code));
        assert_eq!(written_code("k7qm3xjd-92pa ht4w"), "K7QM-3XJD-92PA-HT4W");
        assert_ne!(tracking_hash("K7QM-3XJD-92PA-HT4W"), tracking_hash("K7QM-3XJD-92PA-HT4X"));
    }

    #[test]
    fn a_patch_writes_only_what_changes_and_the_note_once() {
        let patch = QuestionPatch {
            status: Some(InProgress),
            assignee_id: Some(Some(uuid::Uuid::now_v7())),
            topic: Some(Topic::Housing),
            public_answer: Some(Some("  ".into())),
            note: Some(" Called back ".into()),
        };
        let Ok(moved) = edit(&current(New), &patch) else { panic!("the move is allowed") };
        assert_eq!(moved.topic, None, "the topic did not change");
        assert_eq!(moved.public_answer, None, "a blank answer is no answer, as before");
        let entries = moved.history(New);
        let changes: Vec<QuestionChange> = entries.iter().map(|e| e.change).collect();
        assert_eq!(changes, vec![QuestionChange::Status, QuestionChange::Assignment]);
        assert_eq!(entries[0].note.as_deref(), Some("Called back"));
        assert_eq!(entries[1].note, None);
        assert_eq!(entries[1].from, Some(InProgress));

        let unchanged = QuestionPatch { status: Some(New), ..QuestionPatch::default() };
        assert!(edit(&current(New), &unchanged).is_ok_and(|e| e.is_empty()));
        let note_only = QuestionPatch { note: Some("Left a message".into()), ..QuestionPatch::default() };
        let Ok(noted) = edit(&current(New), &note_only) else { panic!("a note is always allowed") };
        assert_eq!(
            noted.history(New),
            vec![Entry { note: Some("Left a message".into()), ..Entry::at(QuestionChange::Note, New) }]
        );
    }

    #[test]
    fn milestones_are_kept_once_set_and_closing_follows_moves() {
        let now = NaiveDate::from_ymd_opt(2027, 3, 1).and_then(|d| d.and_hms_opt(10, 0, 0)).unwrap_or_default();
        let earlier = now - chrono::TimeDelta::hours(5);
        let answered = Edit { to: Some(Answered), assignee: None, topic: None, public_answer: None, note: None };
        let state = Current { first_response_at: Some(earlier), ..current(InProgress) };
        assert_eq!(
            answered.milestones(&state, now),
            Milestones { first_response_at: Some(earlier), answered_at: Some(now), closed_at: Some(None) }
        );
        let topic_only = Edit { to: None, topic: Some(Topic::Money), ..answered.clone() };
        assert_eq!(topic_only.milestones(&current(New), now).closed_at, None);
        assert_eq!(seconds_since(now, Some(earlier)), Some(0));
        assert_eq!(seconds_since(earlier, Some(now)), Some(5 * 3600));
    }

    #[test]
    fn follow_ups_are_planned_ahead_and_the_earliest_counts() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
        assert!(follow_up_problem(today.pred_opt(), today).is_some());
        assert!(follow_up_problem(Some(today), today).is_none());
        let question = QuestionId(uuid::Uuid::now_v7());
        let later = today.succ_opt().unwrap_or_default();
        let earliest = earliest_follow_ups(vec![(question, Some(later)), (question, None), (question, Some(today))]);
        assert_eq!(earliest.get(&question), Some(&today));
    }

    #[test]
    fn retention_counts_calendar_months_back() {
        let now = NaiveDate::from_ymd_opt(2027, 3, 31).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or_default();
        let cutoff = retention_cutoff(now, 1).ok().map(|c| c.date());
        assert_eq!(cutoff, NaiveDate::from_ymd_opt(2027, 2, 28));
    }
}
