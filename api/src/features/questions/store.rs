//! The questions' rows: the only code that touches the `questions`, `question_history` and
//! `referrals` tables.

use api_types::{
    AccountId, Channel, EventId, GroupId, OrganisationId, PersonId, QuestionChange, QuestionId, QuestionStatus,
    ReferralId, ReferralOutcome, ReferralPatch, Topic,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::rules::{self, Asker, Entry};
use crate::db::schema::{question_history, questions, referrals};
use crate::db::{self, DbConnection, PageRequest};
use crate::error::ApiResult;
use crate::web::body::blank_to_none;

/// One row of `questions` (without its tracking hash and who entered it, which no answer shows).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questions)]
pub struct QuestionRow {
    /// Id.
    pub id: QuestionId,
    /// The group that handles it.
    pub group_id: GroupId,
    /// How it reached the group.
    pub channel: Channel,
    /// The event it was asked at.
    pub event_id: Option<EventId>,
    /// When it was asked.
    pub asked_at: NaiveDateTime,
    /// Topic.
    pub topic: Topic,
    /// The question's text (empty once erased).
    pub text: String,
    /// The asker's name.
    pub asker_name: Option<String>,
    /// The asker's email.
    pub asker_email: Option<String>,
    /// The asker's phone.
    pub asker_phone: Option<String>,
    /// When the asker consented to their details being kept.
    pub contact_consent_at: Option<NaiveDateTime>,
    /// Where it stands.
    pub status: QuestionStatus,
    /// The member handling it.
    pub assignee_id: Option<PersonId>,
    /// The answer the resident sees.
    pub public_answer: Option<String>,
    /// The first move out of `new`.
    pub first_response_at: Option<NaiveDateTime>,
    /// The first `answered`.
    pub answered_at: Option<NaiveDateTime>,
    /// When its personal data was erased.
    pub erased_at: Option<NaiveDateTime>,
    /// Entered.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

impl QuestionRow {
    /// Whether the row holds any of the asker's details: showing it is then written to the audit
    /// log.
    pub fn has_contact(&self) -> bool {
        self.asker_name.is_some() || self.asker_email.is_some() || self.asker_phone.is_some()
    }

    /// The question as a change compares it.
    pub fn current(&self) -> rules::Current<'_> {
        rules::Current {
            status: self.status,
            assignee: self.assignee_id,
            topic: self.topic,
            public_answer: self.public_answer.as_deref(),
            first_response_at: self.first_response_at,
            answered_at: self.answered_at,
        }
    }
}

/// One question, if there is one.
pub fn find(conn: &mut DbConnection, id: &QuestionId) -> ApiResult<Option<QuestionRow>> {
    Ok(questions::table.find(id.to_string()).select(QuestionRow::as_select()).first(conn).optional()?)
}

/// The question with this tracking hash, if any (an erased question has none).
pub fn find_by_tracking_hash(conn: &mut DbConnection, hash: &str) -> ApiResult<Option<QuestionRow>> {
    Ok(questions::table
        .filter(questions::tracking_hash.eq(hash))
        .select(QuestionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Takes the question's row lock for the rest of the transaction (PostgreSQL; SQLite's write
/// lock is already held), so two changes cannot both start from the same status.
pub fn lock(conn: &mut DbConnection, id: &QuestionId) -> ApiResult<()> {
    let id = id.to_string();
    diesel::update(questions::table.find(&id)).set(questions::id.eq(&id)).execute(conn)?;
    Ok(())
}

/// Whether the question is one of the group's.
pub fn belongs_to_group(conn: &mut DbConnection, id: &QuestionId, group: &GroupId) -> ApiResult<bool> {
    let found: i64 = questions::table
        .filter(questions::id.eq(id.to_string()))
        .filter(questions::group_id.eq(group.to_string()))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Which questions a page of the inbox holds; every filter given narrows it.
#[derive(Debug, Clone, Default)]
pub struct Inbox {
    /// Only these groups' questions (`None`: every group's).
    pub groups: Option<Vec<GroupId>>,
    /// Only this group's.
    pub group: Option<GroupId>,
    /// Only with this status.
    pub status: Option<QuestionStatus>,
    /// Only on this topic.
    pub topic: Option<Topic>,
    /// Only assigned to this member.
    pub assignee: Option<PersonId>,
    /// Only with an open referral whose follow-up date is on or before this day.
    pub follow_up_due_by: Option<NaiveDate>,
}

/// A page of questions in id order (up to `size + 1`).
pub fn page(conn: &mut DbConnection, inbox: &Inbox, request: &PageRequest) -> ApiResult<Vec<QuestionRow>> {
    let mut query = questions::table.select(QuestionRow::as_select()).into_boxed();
    if let Some(groups) = &inbox.groups {
        query = query.filter(questions::group_id.eq_any(db::texts(groups)));
    }
    if let Some(group) = &inbox.group {
        query = query.filter(questions::group_id.eq(group.to_string()));
    }
    if let Some(status) = inbox.status {
        query = query.filter(questions::status.eq(status));
    }
    if let Some(topic) = inbox.topic {
        query = query.filter(questions::topic.eq(topic));
    }
    if let Some(assignee) = &inbox.assignee {
        query = query.filter(questions::assignee_id.eq(assignee.to_string()));
    }
    if let Some(day) = inbox.follow_up_due_by {
        let due = referrals::table
            .filter(referrals::outcome.is_null())
            .filter(referrals::follow_up_on.le(day))
            .select(referrals::question_id);
        query = query.filter(questions::id.eq_any(due));
    }
    Ok(crate::keyset_page!(query, questions, request).load(conn)?)
}

/// What a new question is stored with.
pub struct NewQuestionRow<'a> {
    /// The group that handles it.
    pub group_id: &'a GroupId,
    /// How it reached the group.
    pub channel: Channel,
    /// The event it was asked at.
    pub event_id: Option<EventId>,
    /// When it was asked.
    pub asked_at: NaiveDateTime,
    /// Topic.
    pub topic: Topic,
    /// The text, trimmed.
    pub text: &'a str,
    /// The asker's details as kept; with any of them, the moment of consent is `now`.
    pub asker: &'a Asker,
    /// Its first status.
    pub status: QuestionStatus,
    /// The member who takes it on.
    pub assignee_id: Option<PersonId>,
    /// The hash of the tracking code handed out for it.
    pub tracking_hash: Option<String>,
    /// The account that took it in (none for the public form).
    pub created_by: Option<&'a AccountId>,
    /// The moment it is stored.
    pub now: NaiveDateTime,
}

/// Stores a new question; returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewQuestionRow<'_>) -> ApiResult<QuestionId> {
    let id: QuestionId = db::new_id();
    let now = new.now;
    diesel::insert_into(questions::table)
        .values((
            (
                questions::id.eq(id.to_string()),
                questions::group_id.eq(new.group_id.to_string()),
                questions::channel.eq(new.channel),
                questions::event_id.eq(new.event_id.map(|e| e.to_string())),
                questions::asked_at.eq(new.asked_at),
                questions::topic.eq(new.topic),
                questions::text.eq(new.text),
                questions::asker_name.eq(&new.asker.name),
                questions::asker_email.eq(&new.asker.email),
                questions::asker_phone.eq(&new.asker.phone),
            ),
            (
                questions::contact_consent_at.eq(new.asker.given().then_some(now)),
                questions::status.eq(new.status),
                questions::assignee_id.eq(new.assignee_id.map(|a| a.to_string())),
                questions::tracking_hash.eq(&new.tracking_hash),
                questions::first_response_at.eq((new.status != QuestionStatus::New).then_some(now)),
                questions::created_by.eq(new.created_by.map(ToString::to_string)),
                questions::created_at.eq(now),
                questions::updated_at.eq(now),
            ),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a change worked out by the rules: the status and milestones always, the rest where it
/// changes.
pub fn update(
    conn: &mut DbConnection,
    id: &QuestionId,
    edit: &rules::Edit,
    status: QuestionStatus,
    milestones: &rules::Milestones,
    now: NaiveDateTime,
) -> ApiResult<()> {
    diesel::update(questions::table.find(id.to_string()))
        .set((
            questions::status.eq(status),
            edit.assignee.map(|a| questions::assignee_id.eq(a.map(|a| a.to_string()))),
            edit.topic.map(|t| questions::topic.eq(t)),
            edit.public_answer.clone().map(|a| questions::public_answer.eq(a)),
            questions::first_response_at.eq(milestones.first_response_at),
            questions::answered_at.eq(milestones.answered_at),
            milestones.closed_at.map(|c| questions::closed_at.eq(c)),
            questions::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Moves a question to `referred` (a first referral), keeping its first response.
pub fn mark_referred(
    conn: &mut DbConnection,
    id: &QuestionId,
    first_response_at: NaiveDateTime,
    now: NaiveDateTime,
) -> ApiResult<()> {
    diesel::update(questions::table.find(id.to_string()))
        .set((
            questions::status.eq(QuestionStatus::Referred),
            questions::first_response_at.eq(first_response_at),
            questions::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Erases the personal data of the questions closed on or before `cutoff` and not erased yet, and
/// of their history and referrals; returns which.
pub fn erase_closed_before(
    conn: &mut DbConnection,
    cutoff: NaiveDateTime,
    now: NaiveDateTime,
) -> ApiResult<Vec<QuestionId>> {
    let erased: Vec<QuestionId> = questions::table
        .filter(questions::status.eq(QuestionStatus::Closed))
        .filter(questions::closed_at.le(cutoff))
        .filter(questions::erased_at.is_null())
        .select(questions::id)
        .load(conn)?;
    if erased.is_empty() {
        return Ok(erased);
    }
    let ids = db::texts(&erased);
    diesel::update(questions::table.filter(questions::id.eq_any(&ids)))
        .set((
            questions::text.eq(""),
            questions::asker_name.eq(None::<String>),
            questions::asker_email.eq(None::<String>),
            questions::asker_phone.eq(None::<String>),
            questions::contact_consent_at.eq(None::<NaiveDateTime>),
            questions::public_answer.eq(None::<String>),
            questions::tracking_hash.eq(None::<String>),
            questions::assignee_id.eq(None::<String>),
            questions::created_by.eq(None::<String>),
            questions::erased_at.eq(now),
            questions::updated_at.eq(now),
        ))
        .execute(conn)?;
    diesel::update(question_history::table.filter(question_history::question_id.eq_any(&ids)))
        .set((
            question_history::note.eq(None::<String>),
            question_history::actor_account_id.eq(None::<String>),
            question_history::assignee_id.eq(None::<String>),
        ))
        .execute(conn)?;
    diesel::update(referrals::table.filter(referrals::question_id.eq_any(&ids)))
        .set((
            referrals::note.eq(None::<String>),
            referrals::contact_name.eq(None::<String>),
            referrals::created_by.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(erased)
}

/// One entry of `question_history`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = question_history)]
pub struct HistoryRow {
    /// Id (history entries have no id type of their own).
    pub id: String,
    /// What it records.
    pub change: QuestionChange,
    /// Who did it.
    #[diesel(column_name = actor_account_id)]
    pub actor: Option<AccountId>,
    /// Status before.
    pub from_status: Option<QuestionStatus>,
    /// Status after.
    pub to_status: QuestionStatus,
    /// For an assignment: to whom.
    #[diesel(column_name = assignee_id)]
    pub assignee: Option<PersonId>,
    /// Why.
    pub note: Option<String>,
    /// When.
    pub created_at: NaiveDateTime,
}

/// A question's history, oldest first.
pub fn history(conn: &mut DbConnection, question: &QuestionId) -> ApiResult<Vec<HistoryRow>> {
    Ok(question_history::table
        .filter(question_history::question_id.eq(question.to_string()))
        .order(question_history::id.asc())
        .select(HistoryRow::as_select())
        .load(conn)?)
}

/// Writes one history entry, by `actor` (none for the resident or the system).
pub fn add_history(
    conn: &mut DbConnection,
    question: &QuestionId,
    actor: Option<&AccountId>,
    entry: &Entry,
) -> ApiResult<()> {
    diesel::insert_into(question_history::table)
        .values((
            question_history::id.eq(db::new_id::<uuid::Uuid>().to_string()),
            question_history::question_id.eq(question.to_string()),
            question_history::actor_account_id.eq(actor.map(ToString::to_string)),
            question_history::change.eq(entry.change),
            question_history::from_status.eq(entry.from),
            question_history::to_status.eq(entry.to),
            question_history::assignee_id.eq(entry.assignee.map(|a| a.to_string())),
            question_history::note.eq(&entry.note),
            question_history::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// One row of `referrals`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referrals)]
pub struct ReferralRow {
    /// Id.
    pub id: ReferralId,
    /// The question referred.
    pub question_id: QuestionId,
    /// To whom.
    pub organisation_id: OrganisationId,
    /// The named contact there.
    pub contact_name: Option<String>,
    /// When the resident agreed to their details being passed on.
    pub consent_to_share_at: Option<NaiveDateTime>,
    /// A note.
    pub note: Option<String>,
    /// When to ask how it went.
    pub follow_up_on: Option<NaiveDate>,
    /// How it turned out.
    pub outcome: Option<ReferralOutcome>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// A question's referrals, oldest first; only `only` when given.
pub fn referrals(
    conn: &mut DbConnection,
    question: &QuestionId,
    only: Option<&ReferralId>,
) -> ApiResult<Vec<ReferralRow>> {
    let mut query = referrals::table
        .filter(referrals::question_id.eq(question.to_string()))
        .order(referrals::id.asc())
        .select(ReferralRow::as_select())
        .into_boxed();
    if let Some(referral) = only {
        query = query.filter(referrals::id.eq(referral.to_string()));
    }
    Ok(query.load(conn)?)
}

/// The follow-up dates of these questions' open referrals (those without an outcome).
pub fn open_follow_ups(
    conn: &mut DbConnection,
    questions: &[QuestionId],
) -> ApiResult<Vec<(QuestionId, Option<NaiveDate>)>> {
    Ok(referrals::table
        .filter(referrals::question_id.eq_any(db::texts(questions)))
        .filter(referrals::outcome.is_null())
        .select((referrals::question_id, referrals::follow_up_on))
        .load(conn)?)
}

/// What a new referral is stored with.
pub struct NewReferralRow<'a> {
    /// The question referred.
    pub question_id: &'a QuestionId,
    /// To whom.
    pub organisation_id: OrganisationId,
    /// The named contact there.
    pub contact_name: Option<String>,
    /// Whether the resident agreed to their details being passed on (now).
    pub consent_to_share: bool,
    /// A note, not blank.
    pub note: Option<String>,
    /// When to ask how it went.
    pub follow_up_on: Option<NaiveDate>,
    /// Who referred it.
    pub created_by: &'a AccountId,
    /// The moment it is stored.
    pub now: NaiveDateTime,
}

/// Stores a new referral; returns its id.
pub fn insert_referral(conn: &mut DbConnection, new: &NewReferralRow<'_>) -> ApiResult<ReferralId> {
    let id: ReferralId = db::new_id();
    diesel::insert_into(referrals::table)
        .values((
            referrals::id.eq(id.to_string()),
            referrals::question_id.eq(new.question_id.to_string()),
            referrals::organisation_id.eq(new.organisation_id.to_string()),
            referrals::contact_name.eq(&new.contact_name),
            referrals::consent_to_share_at.eq(new.consent_to_share.then_some(new.now)),
            referrals::note.eq(&new.note),
            referrals::follow_up_on.eq(new.follow_up_on),
            referrals::created_by.eq(new.created_by.to_string()),
            referrals::created_at.eq(new.now),
            referrals::updated_at.eq(new.now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a merge patch of one of the question's referrals (a blank note clears it); returns
/// whether there was such a referral.
pub fn update_referral(
    conn: &mut DbConnection,
    question: &QuestionId,
    id: &ReferralId,
    patch: &ReferralPatch,
) -> ApiResult<bool> {
    let updated = diesel::update(
        referrals::table
            .filter(referrals::id.eq(id.to_string()))
            .filter(referrals::question_id.eq(question.to_string())),
    )
    .set((
        patch.outcome.map(|o| referrals::outcome.eq(o)),
        patch.follow_up_on.map(|d| referrals::follow_up_on.eq(d)),
        patch.note.as_ref().map(|n| referrals::note.eq(blank_to_none(Some(n)))),
        referrals::updated_at.eq(db::now()),
    ))
    .execute(conn)?;
    Ok(updated > 0)
}

/// A question as an import gives it: every moment as given (the demo data's questions happened
/// in the past); entered and last changed when it was asked.
pub struct QuestionRecord<'a> {
    /// The group that handles it.
    pub group_id: &'a GroupId,
    /// How it reached the group.
    pub channel: Channel,
    /// When it was asked.
    pub asked_at: NaiveDateTime,
    /// Topic.
    pub topic: Topic,
    /// The question.
    pub text: &'a str,
    /// The asker's name, kept with consent.
    pub asker_name: Option<&'a str>,
    /// When the asker consented.
    pub contact_consent_at: Option<NaiveDateTime>,
    /// Where it stands.
    pub status: QuestionStatus,
    /// The member handling it.
    pub assignee_id: Option<PersonId>,
    /// The answer the resident sees.
    pub public_answer: Option<&'a str>,
    /// The hash of its tracking code, for a question asked online.
    pub tracking_hash: Option<String>,
    /// The first move out of `new`.
    pub first_response_at: Option<NaiveDateTime>,
    /// The first `answered`.
    pub answered_at: Option<NaiveDateTime>,
    /// When it was closed.
    pub closed_at: Option<NaiveDateTime>,
}

/// Stores an imported question; returns its id.
pub fn insert_record(conn: &mut DbConnection, record: &QuestionRecord<'_>) -> ApiResult<QuestionId> {
    let id: QuestionId = db::new_id();
    diesel::insert_into(questions::table)
        .values((
            (
                questions::id.eq(id.to_string()),
                questions::group_id.eq(record.group_id.to_string()),
                questions::channel.eq(record.channel),
                questions::asked_at.eq(record.asked_at),
                questions::topic.eq(record.topic),
                questions::text.eq(record.text),
                questions::asker_name.eq(record.asker_name),
                questions::contact_consent_at.eq(record.contact_consent_at),
                questions::status.eq(record.status),
                questions::assignee_id.eq(record.assignee_id.map(|a| a.to_string())),
            ),
            (
                questions::public_answer.eq(record.public_answer),
                questions::tracking_hash.eq(&record.tracking_hash),
                questions::first_response_at.eq(record.first_response_at),
                questions::answered_at.eq(record.answered_at),
                questions::closed_at.eq(record.closed_at),
                questions::created_at.eq(record.asked_at),
                questions::updated_at.eq(record.asked_at),
            ),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes one imported history entry at the moment it happened.
pub fn insert_history_record(
    conn: &mut DbConnection,
    question: &QuestionId,
    actor: Option<&AccountId>,
    entry: &Entry,
    at: NaiveDateTime,
) -> ApiResult<()> {
    diesel::insert_into(question_history::table)
        .values((
            question_history::id.eq(db::new_id::<uuid::Uuid>().to_string()),
            question_history::question_id.eq(question.to_string()),
            question_history::actor_account_id.eq(actor.map(ToString::to_string)),
            question_history::change.eq(entry.change),
            question_history::from_status.eq(entry.from),
            question_history::to_status.eq(entry.to),
            question_history::assignee_id.eq(entry.assignee.map(|a| a.to_string())),
            question_history::note.eq(&entry.note),
            question_history::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// A referral as an import gives it, every moment as given.
pub struct ReferralRecord<'a> {
    /// The question referred.
    pub question_id: &'a QuestionId,
    /// To whom.
    pub organisation_id: &'a OrganisationId,
    /// The named contact there.
    pub contact_name: Option<&'a str>,
    /// When the resident agreed to their details being passed on.
    pub consent_to_share_at: Option<NaiveDateTime>,
    /// A note.
    pub note: Option<&'a str>,
    /// When to ask how it went.
    pub follow_up_on: Option<NaiveDate>,
    /// How it turned out.
    pub outcome: Option<ReferralOutcome>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// Stores an imported referral.
pub fn insert_referral_record(conn: &mut DbConnection, record: &ReferralRecord<'_>) -> ApiResult<ReferralId> {
    let id: ReferralId = db::new_id();
    diesel::insert_into(referrals::table)
        .values((
            referrals::id.eq(id.to_string()),
            referrals::question_id.eq(record.question_id.to_string()),
            referrals::organisation_id.eq(record.organisation_id.to_string()),
            referrals::contact_name.eq(record.contact_name),
            referrals::consent_to_share_at.eq(record.consent_to_share_at),
            referrals::note.eq(record.note),
            referrals::follow_up_on.eq(record.follow_up_on),
            referrals::outcome.eq(record.outcome),
            referrals::created_at.eq(record.created_at),
            referrals::updated_at.eq(record.updated_at),
        ))
        .execute(conn)?;
    Ok(id)
}

/// What the reports count of a question: no text, no names.
pub type QuestionFactRow =
    (GroupId, Topic, QuestionStatus, NaiveDateTime, Option<NaiveDateTime>, Option<NaiveDateTime>);

/// The questions asked from `from` up to `to` (UTC, `to` not included): group, topic, status,
/// asked, first response and closing.
pub fn asked_between(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> ApiResult<Vec<QuestionFactRow>> {
    Ok(questions::table
        .filter(questions::asked_at.ge(from))
        .filter(questions::asked_at.lt(to))
        .select((
            questions::group_id,
            questions::topic,
            questions::status,
            questions::asked_at,
            questions::first_response_at,
            questions::closed_at,
        ))
        .load(conn)?)
}

/// The referrals made from `from` up to `to` (UTC): the question's group, the organisation and
/// the outcome so far.
pub fn referred_between(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> ApiResult<Vec<(GroupId, OrganisationId, Option<ReferralOutcome>)>> {
    Ok(referrals::table
        .inner_join(questions::table)
        .filter(referrals::created_at.ge(from))
        .filter(referrals::created_at.lt(to))
        .select((questions::group_id, referrals::organisation_id, referrals::outcome))
        .load(conn)?)
}
