//! `questions`: what residents ask, taken in by members (quick intake) or online without an account
//! (`public/groups/{slug}/questions`, answered with a tracking code), followed through the workflow
//! `new` → `in_progress` → `referred` → `answered` → `closed` with a full history, referred warmly
//! to organisations (`questions/{id}/referrals`), and erased after the retention period.
//!
//! Members see and handle their current groups' questions; coordinators and admins see all. Every
//! answer that shows an asker's name or contact details is written to the audit log.

mod routes;
mod rules;
mod store;

use api_types::{AccountId, GroupId, OrganisationId, QuestionId, QuestionStatus, ReferralId, ReferralOutcome, Topic};
use chrono::NaiveDateTime;

pub use routes::QuestionsApi;
pub use rules::{tracking_hash, Entry};
pub use store::{QuestionRecord, ReferralRecord};

use crate::access::audit::{self, Action};
use crate::db::{self, DbConnection};
use crate::error::ApiResult;

/// Whether the question is one of the group's (a FAQ item may name the question it came from).
pub fn belongs_to_group(conn: &mut DbConnection, question: &QuestionId, group: &GroupId) -> ApiResult<bool> {
    store::belongs_to_group(conn, question, group)
}

/// Erases the personal data of questions closed longer ago than `months` (AVG retention): the
/// text, the asker's name and contact details, the answer written for them, the tracking code, the
/// notes and actors of the history and the notes and contacts of the referrals are removed from the
/// database; the topic, channel, dates, statuses and organisations stay, anonymous. Each erasure is
/// written to the audit log. Returns how many questions were erased.
pub fn erase_expired(conn: &mut DbConnection, months: u32) -> ApiResult<usize> {
    db::write(conn, |conn| {
        let now = db::now();
        let cutoff = rules::retention_cutoff(now, months)?;
        let erased = store::erase_closed_before(conn, cutoff, now)?;
        let ids: Vec<String> = erased.iter().map(ToString::to_string).collect();
        audit::record(conn, None, Action::Erase, "question", &ids)?;
        Ok(erased.len())
    })
}

/// Stores a question as an import gives it (the demo data's questions happened in the past);
/// returns its id.
pub fn import_question(conn: &mut DbConnection, record: &QuestionRecord<'_>) -> ApiResult<QuestionId> {
    store::insert_record(conn, record)
}

/// Stores an imported history entry at the moment it happened.
pub fn import_history(
    conn: &mut DbConnection,
    question: &QuestionId,
    actor: Option<&AccountId>,
    entry: &Entry,
    at: chrono::NaiveDateTime,
) -> ApiResult<()> {
    store::insert_history_record(conn, question, actor, entry, at)
}

/// Stores an imported referral.
pub fn import_referral(conn: &mut DbConnection, record: &ReferralRecord<'_>) -> ApiResult<ReferralId> {
    store::insert_referral_record(conn, record)
}

/// A question as the reports count it: no text, no names.
#[derive(Debug, Clone)]
pub struct QuestionFact {
    /// The group that handles it.
    pub group_id: GroupId,
    /// Its topic.
    pub topic: Topic,
    /// Its status now.
    pub status: QuestionStatus,
    /// When it was asked (UTC).
    pub asked_at: NaiveDateTime,
    /// When a member first responded (UTC).
    pub first_response_at: Option<NaiveDateTime>,
    /// When it was closed (UTC).
    pub closed_at: Option<NaiveDateTime>,
}

/// A referral as the reports count it.
#[derive(Debug, Clone)]
pub struct ReferralFact {
    /// The group of its question.
    pub group_id: GroupId,
    /// Where it went.
    pub organisation_id: OrganisationId,
    /// Its outcome so far.
    pub outcome: Option<ReferralOutcome>,
}

/// The questions asked and the referrals made from `from` up to `to` (UTC, `to` not included).
pub fn report_facts(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> ApiResult<(Vec<QuestionFact>, Vec<ReferralFact>)> {
    let questions = store::asked_between(conn, from, to)?
        .into_iter()
        .map(|(group_id, topic, status, asked_at, first_response_at, closed_at)| QuestionFact {
            group_id,
            topic,
            status,
            asked_at,
            first_response_at,
            closed_at,
        })
        .collect();
    let referrals = store::referred_between(conn, from, to)?
        .into_iter()
        .map(|(group_id, organisation_id, outcome)| ReferralFact { group_id, organisation_id, outcome })
        .collect();
    Ok((questions, referrals))
}
