//! `questions`: what residents ask, taken in by members (quick intake) or online without an account
//! (`public/groups/{slug}/questions`, answered with a tracking code), followed through the workflow
//! `new` → `in_progress` → `referred` → `answered` → `closed` with a full history, referred warmly
//! to organisations (`questions/{id}/referrals`), and erased after the retention period.
//!
//! Members see and handle their current groups' questions; coordinators and admins see all. Every
//! answer that shows an asker's name or contact details is written to the audit log.

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{
    Channel, GroupStatus, InvalidParam, NewQuestion, NewReferral, Page, PublicQuestion, Question, QuestionChange,
    QuestionHistoryEntry, QuestionPatch, QuestionStatus, QuestionTracking, Referral, ReferralOutcome, ReferralPatch,
    Topic,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::access::audit::{self, Action};
use crate::access::Principal;
use crate::db::schema::{accounts, groups, organisations, people, question_history, questions, referrals};
use crate::db::{self, DbConnection};
use crate::error::invalid;
use crate::error::{ApiError, ApiResult};
use crate::web::body::blank_to_none;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questions)]
struct QuestionRow {
    id: String,
    group_id: String,
    channel: Channel,
    event_id: Option<String>,
    asked_at: NaiveDateTime,
    topic: Topic,
    text: String,
    asker_name: Option<String>,
    asker_email: Option<String>,
    asker_phone: Option<String>,
    contact_consent_at: Option<NaiveDateTime>,
    status: QuestionStatus,
    assignee_id: Option<String>,
    public_answer: Option<String>,
    first_response_at: Option<NaiveDateTime>,
    answered_at: Option<NaiveDateTime>,
    erased_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl QuestionRow {
    fn status(&self) -> QuestionStatus {
        self.status
    }

    fn has_contact(&self) -> bool {
        self.asker_name.is_some() || self.asker_email.is_some() || self.asker_phone.is_some()
    }
}

/// The letters and digits of a tracking code as typed, upper case: case and dashes do not matter.
fn compact_code(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// The stored form of a tracking code: the SHA-256 of its compact form.
pub fn tracking_hash(code: &str) -> String {
    hex::encode(Sha256::digest(compact_code(code).as_bytes()))
}

/// A tracking code as typed, written the way it was handed out: `lndbrg26…` → `LNDB-RG26-…`.
fn written_code(code: &str) -> String {
    let compact = compact_code(code);
    let groups: Vec<&str> = compact.as_bytes().chunks(4).filter_map(|group| std::str::from_utf8(group).ok()).collect();
    groups.join("-")
}

/// A new tracking code: 16 characters from an alphabet without look-alikes (0/O, 1/I/L, U), in
/// groups of four — 80 random bits, e.g. `K7QM-3XJD-92PA-HT4W`.
fn new_tracking_code() -> String {
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

fn load_row(conn: &mut DbConnection, id: &str) -> ApiResult<QuestionRow> {
    questions::table
        .find(id)
        .select(QuestionRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No question with this id.".into()))
}

/// 403 unless the caller handles the question's group (its current members, coordinators and
/// admins).
fn require_handler(conn: &mut DbConnection, caller: &Principal, row: &QuestionRow) -> ApiResult<()> {
    if crate::features::groups::manages(conn, caller, &crate::web::http::typed(&row.group_id))? {
        Ok(())
    } else {
        Err(ApiError::Forbidden("Only the group's members and coordinators see its questions.".into()))
    }
}

/// The representations of question rows: assignee names and follow-up dates in one read each.
/// Writes an audit entry for every question whose asker's details are shown.
fn to_questions(conn: &mut DbConnection, caller: &Principal, rows: Vec<QuestionRow>) -> ApiResult<Vec<Question>> {
    let assignees: Vec<String> = rows.iter().filter_map(|r| r.assignee_id.clone()).collect();
    let names: HashMap<String, String> = people::table
        .filter(people::id.eq_any(&assignees))
        .select((people::id, people::name))
        .load(conn)?
        .into_iter()
        .collect();
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let follow_ups: Vec<(String, Option<NaiveDate>)> = referrals::table
        .filter(referrals::question_id.eq_any(&ids))
        .filter(referrals::outcome.is_null())
        .select((referrals::question_id, referrals::follow_up_on))
        .load(conn)?;
    let shown: Vec<String> = rows.iter().filter(|r| r.has_contact()).map(|r| r.id.clone()).collect();
    audit::record(conn, Some(caller.account_id.to_string().as_str()), Action::Read, "question", &shown)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let status = row.status();
            let since_asked = |at: Option<NaiveDateTime>| at.map(|at| (at - row.asked_at).num_seconds().max(0));
            Question {
                id: http::uuid(&row.id),
                group_id: http::uuid(&row.group_id),
                channel: row.channel,
                event_id: row.event_id.as_deref().map(http::uuid),
                asked_at: http::utc(row.asked_at),
                topic: row.topic,
                seconds_to_first_response: since_asked(row.first_response_at),
                seconds_to_answer: since_asked(row.answered_at),
                follow_up_on: follow_ups.iter().filter(|f| f.0 == row.id).filter_map(|f| f.1).min(),
                assignee_name: row.assignee_id.as_ref().and_then(|a| names.get(a).cloned()),
                assignee_id: row.assignee_id.as_deref().map(http::uuid),
                text: row.text,
                asker_name: row.asker_name,
                asker_email: row.asker_email,
                asker_phone: row.asker_phone,
                contact_consent_at: row.contact_consent_at.map(http::utc),
                status,
                allowed_statuses: if row.erased_at.is_some() { Vec::new() } else { status.next().to_vec() },
                public_answer: row.public_answer,
                erased_at: row.erased_at.map(http::utc),
                created_at: http::utc(row.created_at),
                updated_at: http::utc(row.updated_at),
            }
        })
        .collect())
}

fn load_question(conn: &mut DbConnection, caller: &Principal, id: &str) -> ApiResult<Question> {
    let row = load_row(conn, id)?;
    to_questions(conn, caller, vec![row])?.pop().ok_or_else(|| ApiError::Internal("question vanished".into()))
}

/// 409 `question-erased` for a question whose personal data was erased: it and its referrals no
/// longer change, so no new personal data comes in and its anonymous figures stay as they were.
fn require_not_erased(row: &QuestionRow) -> ApiResult<()> {
    if row.erased_at.is_some() {
        return Err(ApiError::conflict(
            ProblemCode::QuestionErased,
            "The personal data of this question was erased; it and its referrals no longer change.",
        ));
    }
    Ok(())
}

/// 409 `group-ended` for a group that has stopped: it takes no new questions.
fn require_not_ended(group_status: GroupStatus) -> ApiResult<()> {
    if group_status == GroupStatus::Ended {
        return Err(ApiError::conflict(ProblemCode::GroupEnded, "This group has stopped and takes no new questions."));
    }
    Ok(())
}

/// Name, email and phone as kept: blanks dropped, email in lower case. (The consent they need is
/// a rule of the request body: `rules::contact_consent`.)
struct Asker {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

impl Asker {
    fn new(name: &Option<String>, email: &Option<String>, phone: &Option<String>) -> Self {
        Asker {
            name: blank_to_none(name.as_deref()),
            email: blank_to_none(email.as_deref()).map(|e| e.to_lowercase()),
            phone: blank_to_none(phone.as_deref()),
        }
    }

    fn given(&self) -> bool {
        self.name.is_some() || self.email.is_some() || self.phone.is_some()
    }
}

/// One history entry to write: `from == to` for a change that did not move the question.
struct Change<'a> {
    change: QuestionChange,
    from: Option<QuestionStatus>,
    to: QuestionStatus,
    assignee: Option<&'a str>,
    note: Option<&'a str>,
}

impl<'a> Change<'a> {
    /// Taken in, or moved from `from` to `to`.
    fn status(from: Option<QuestionStatus>, to: QuestionStatus) -> Self {
        Change { change: QuestionChange::Status, from, to, assignee: None, note: None }
    }

    /// Any other change, made while the question is `status`.
    fn at(change: QuestionChange, status: QuestionStatus) -> Self {
        Change { change, from: Some(status), to: status, assignee: None, note: None }
    }
}

/// Writes one history entry.
fn add_history(conn: &mut DbConnection, question_id: &str, actor: Option<&str>, change: Change<'_>) -> ApiResult<()> {
    diesel::insert_into(question_history::table)
        .values((
            question_history::id.eq(http::new_id()),
            question_history::question_id.eq(question_id),
            question_history::actor_account_id.eq(actor),
            question_history::change.eq(change.change),
            question_history::from_status.eq(change.from),
            question_history::to_status.eq(change.to),
            question_history::assignee_id.eq(change.assignee),
            question_history::note.eq(change.note),
            question_history::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// 400 unless `person` is a current member of `group`.
fn check_assignee(conn: &mut DbConnection, group: &str, person: &str, errors: &mut Vec<InvalidParam>) -> ApiResult<()> {
    let member = crate::features::groups::is_current_member(
        conn,
        &crate::web::http::typed(group),
        &crate::web::http::typed(person),
    )?;
    if !member {
        errors.push(invalid("/assigneeId", "not_found", "Assign a current member of the group."));
    }
    Ok(())
}

/// Filters of `GET /questions`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct QuestionFilter {
    /// Only this group's questions.
    group_id: Option<uuid::Uuid>,
    /// Only questions with this status.
    status: Option<QuestionStatus>,
    /// Only questions on this topic.
    topic: Option<Topic>,
    /// Only questions assigned to this member (person).
    assignee_id: Option<uuid::Uuid>,
    /// `true`: only questions with an open referral whose follow-up date has passed.
    follow_up_due: Option<bool>,
}

/// The question inbox: the questions of the caller's groups (all for coordinators and admins),
/// oldest first. `followUpDue=true` gives the ones whose follow-up date has passed.
#[utoipa::path(
    get, path = "/questions", tag = "questions",
    params(QuestionFilter, PageParams),
    responses((status = 200, description = "A page of questions", body = Page<Question>)),
    security(("bearer" = []))
)]
pub async fn list_questions(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<QuestionFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = questions::table
                .select(QuestionRow::as_select())
                .order(questions::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if !caller.sees_everything() {
                query = query.filter(
                    questions::group_id.eq_any(
                        crate::features::groups::caller_group_ids(conn, &caller)?
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>(),
                    ),
                );
            }
            if let Some(group) = filter.group_id {
                if !crate::features::groups::manages(conn, &caller, &crate::web::http::typed(&group.to_string()))? {
                    return Err(ApiError::Forbidden(
                        "Only the group's members and coordinators see its questions.".into(),
                    ));
                }
                query = query.filter(questions::group_id.eq(group.to_string()));
            }
            if let Some(status) = filter.status {
                query = query.filter(questions::status.eq(status));
            }
            if let Some(topic) = filter.topic {
                query = query.filter(questions::topic.eq(topic));
            }
            if let Some(assignee) = filter.assignee_id {
                query = query.filter(questions::assignee_id.eq(assignee.to_string()));
            }
            if filter.follow_up_due == Some(true) {
                let due = referrals::table
                    .filter(referrals::outcome.is_null())
                    .filter(referrals::follow_up_on.le(db::today()))
                    .select(referrals::question_id);
                query = query.filter(questions::id.eq_any(due));
            }
            if let Some(after) = &request.after {
                query = query.filter(questions::id.gt(after.clone()));
            }
            let rows = query.load(conn)?;
            to_questions(conn, &caller, rows)
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |q| q.id.to_string())))
}

/// Take a question in (the group's members, coordinators and admins). Name and contact details
/// only with `contactConsent` (its moment is kept); `askedAt` may be in the past (entered later
/// from paper), not in the future; the event must be the group's.
#[utoipa::path(
    post, path = "/questions", tag = "questions",
    request_body = NewQuestion,
    responses((status = 201, description = "The question was taken in", body = Question)),
    security(("bearer" = []))
)]
pub async fn create_question(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewQuestion>,
) -> ApiResult<HttpResponse> {
    let new = body.0;
    let question = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let group_id = new.group_id.to_string();
            let status: Option<GroupStatus> =
                groups::table.find(&group_id).select(groups::status).first(conn).optional()?;
            let Some(status) = status else {
                return Err(ApiError::invalid("/groupId", "not_found", "No group with this id."));
            };
            if !crate::features::groups::manages(conn, &caller, &crate::web::http::typed(&group_id))? {
                return Err(ApiError::Forbidden("You can take in questions for your own groups.".into()));
            }
            require_not_ended(status)?;
            let mut errors = Vec::new();
            let asker = Asker::new(&new.asker_name, &new.asker_email, &new.asker_phone);
            let now = db::now();
            let asked_at = new.asked_at.map(|t| t.naive_utc()).unwrap_or(now);
            if let Some(event) = new.event_id {
                let of_group = crate::features::events::is_event_of_group(
                    conn,
                    &event.into(),
                    &crate::web::http::typed(&group_id),
                )?;
                if !of_group {
                    errors.push(invalid("/eventId", "not_found", "No event of this group with this id."));
                }
            }
            if let Some(assignee) = new.assignee_id {
                check_assignee(conn, &group_id, &assignee.to_string(), &mut errors)?;
            }
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            let id = http::new_id();
            let status = if new.assignee_id.is_some() { QuestionStatus::InProgress } else { QuestionStatus::New };
            diesel::insert_into(questions::table)
                .values((
                    (
                        questions::id.eq(&id),
                        questions::group_id.eq(&group_id),
                        questions::channel.eq(new.channel),
                        questions::event_id.eq(new.event_id.map(|e| e.to_string())),
                        questions::asked_at.eq(asked_at),
                        questions::topic.eq(new.topic),
                        questions::text.eq(new.text.trim()),
                        questions::asker_name.eq(&asker.name),
                        questions::asker_email.eq(&asker.email),
                        questions::asker_phone.eq(&asker.phone),
                    ),
                    (
                        questions::contact_consent_at.eq(asker.given().then_some(now)),
                        questions::status.eq(status),
                        questions::assignee_id.eq(new.assignee_id.map(|a| a.to_string())),
                        questions::first_response_at.eq((status != QuestionStatus::New).then_some(now)),
                        questions::created_by.eq(caller.account_id.to_string()),
                        questions::created_at.eq(now),
                        questions::updated_at.eq(now),
                    ),
                ))
                .execute(conn)?;
            add_history(conn, &id, Some(caller.account_id.to_string().as_str()), Change::status(None, status))?;
            if let Some(assignee) = new.assignee_id.map(|a| a.to_string()) {
                let change = Change { assignee: Some(&assignee), ..Change::at(QuestionChange::Assignment, status) };
                add_history(conn, &id, Some(caller.account_id.to_string().as_str()), change)?;
            }
            load_question(conn, &caller, &id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/questions/{}", question.id), &question))
}

/// Read a question (the group's members, coordinators and admins); showing the asker's details is
/// written to the audit log.
#[utoipa::path(
    get, path = "/questions/{id}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id")),
    responses((status = 200, description = "The question", body = Question)),
    security(("bearer" = []))
)]
pub async fn get_question(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "question")?;
    let question = db::run(&state.pool, move |conn| {
        let row = load_row(conn, &id)?;
        require_handler(conn, &caller, &row)?;
        load_question(conn, &caller, &id)
    })
    .await?;
    Ok(http::ok_with_etag(&question))
}

/// Move a question along, assign it, change its topic or write the answer the resident sees (JSON
/// merge patch; `If-Match` guards against lost updates). Refused moves give 409 naming the allowed
/// ones (`allowedStatuses` lists them too). Every change of status goes into the history with the
/// `note`. An erased question no longer changes.
#[utoipa::path(
    patch, path = "/questions/{id}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = QuestionPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The question after the change", body = Question)),
    security(("bearer" = []))
)]
pub async fn patch_question(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<QuestionPatch>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "question")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let question = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let row = load_row(conn, &id)?;
            require_handler(conn, &caller, &row)?;
            if_match.check(&load_question(conn, &caller, &id)?)?;
            require_not_erased(&row)?;
            let from = row.status();
            let to = patch.status.filter(|to| *to != from);
            if let Some(to) = to {
                if !from.next().contains(&to) {
                    let allowed: Vec<&str> = from.next().iter().map(|s| s.as_str()).collect();
                    return Err(ApiError::conflict(
                        ProblemCode::InvalidStatusTransition,
                        format!("A question that is {} can become: {}.", from.as_str(), allowed.join(", ")),
                    ));
                }
            }
            let mut errors = Vec::new();
            if let Some(Some(assignee)) = patch.assignee_id {
                check_assignee(conn, &row.group_id, &assignee.to_string(), &mut errors)?;
            }
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            // Only what actually changes is written and goes into the timeline; a patch that
            // changes nothing leaves the question (and its ETag) as it was.
            let assignee = patch.assignee_id.map(|a| a.map(|a| a.to_string())).filter(|a| *a != row.assignee_id);
            let topic = patch.topic.filter(|t| *t != row.topic);
            let public_answer =
                patch.public_answer.as_ref().map(|a| blank_to_none(a.as_deref())).filter(|a| *a != row.public_answer);
            let mut note = blank_to_none(patch.note.as_deref());
            if to.is_none() && assignee.is_none() && topic.is_none() && public_answer.is_none() && note.is_none() {
                return load_question(conn, &caller, &id);
            }
            let now = db::now();
            let status = to.unwrap_or(from);
            let first_response = row.first_response_at.or((status != QuestionStatus::New).then_some(now));
            let answered = row.answered_at.or((status == QuestionStatus::Answered).then_some(now));
            let closed = (status == QuestionStatus::Closed).then_some(now);
            diesel::update(questions::table.find(&id))
                .set((
                    questions::status.eq(status),
                    assignee.clone().map(|a| questions::assignee_id.eq(a)),
                    topic.map(|t| questions::topic.eq(t)),
                    public_answer.clone().map(|a| questions::public_answer.eq(a)),
                    questions::first_response_at.eq(first_response),
                    questions::answered_at.eq(answered),
                    to.map(|_| questions::closed_at.eq(closed)),
                    questions::updated_at.eq(now),
                ))
                .execute(conn)?;
            // The note goes with the first entry this change writes (the move, if any).
            let actor_id = caller.account_id.to_string();
            let actor = Some(actor_id.as_str());
            if let Some(to) = to {
                add_history(
                    conn,
                    &id,
                    actor,
                    Change { note: note.take().as_deref(), ..Change::status(Some(from), to) },
                )?;
            }
            if let Some(assignee) = &assignee {
                let change = Change { assignee: assignee.as_deref(), ..Change::at(QuestionChange::Assignment, status) };
                add_history(conn, &id, actor, Change { note: note.take().as_deref(), ..change })?;
            }
            if public_answer.is_some() {
                let change = Change::at(QuestionChange::PublicAnswer, status);
                add_history(conn, &id, actor, Change { note: note.take().as_deref(), ..change })?;
            }
            if let Some(note) = note {
                add_history(
                    conn,
                    &id,
                    actor,
                    Change { note: Some(&note), ..Change::at(QuestionChange::Note, status) },
                )?;
            }
            load_question(conn, &caller, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&question))
}

/// A history entry with the names of its actor and assignee.
#[derive(Queryable)]
struct HistoryRow {
    id: String,
    change: QuestionChange,
    actor: Option<String>,
    from_status: Option<QuestionStatus>,
    to_status: QuestionStatus,
    assignee: Option<String>,
    note: Option<String>,
    created_at: NaiveDateTime,
}

/// A question's timeline, oldest first: who moved it, assigned it, wrote the public answer or a
/// note, when, and why.
#[utoipa::path(
    get, path = "/questions/{id}/history", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id")),
    responses((status = 200, description = "The history", body = Vec<QuestionHistoryEntry>)),
    security(("bearer" = []))
)]
pub async fn question_history(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "question")?;
    let history = db::run(&state.pool, move |conn| {
        let row = load_row(conn, &id)?;
        require_handler(conn, &caller, &row)?;
        let rows: Vec<HistoryRow> = question_history::table
            .left_join(accounts::table.on(accounts::id.nullable().eq(question_history::actor_account_id)))
            .left_join(people::table.on(people::id.nullable().eq(question_history::assignee_id)))
            .filter(question_history::question_id.eq(&id))
            .order(question_history::id.asc())
            .select((
                question_history::id,
                question_history::change,
                accounts::display_name.nullable(),
                question_history::from_status,
                question_history::to_status,
                people::name.nullable(),
                question_history::note,
                question_history::created_at,
            ))
            .load(conn)?;
        Ok(rows
            .into_iter()
            .map(|row| QuestionHistoryEntry {
                id: http::uuid(&row.id),
                change: row.change,
                actor: row.actor,
                from_status: row.from_status,
                to_status: row.to_status,
                assignee_name: row.assignee,
                note: row.note,
                created_at: http::utc(row.created_at),
            })
            .collect::<Vec<_>>())
    })
    .await?;
    Ok(HttpResponse::Ok().json(history))
}

/// Ask a group a question online, without an account. Name and contact details only with
/// `contactConsent`; `website` must stay empty (a honeypot: forms filled in by robots fill it).
/// Rate-limited per client address; the text is kept as it is and always shown as text. The answer
/// is a tracking code (shown once; only its hash is kept) for `public/questions/{trackingCode}`.
#[utoipa::path(
    post, path = "/public/groups/{slug}/questions", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    request_body = PublicQuestion,
    responses((status = 201, description = "The question was received", body = QuestionTracking)),
)]
pub async fn ask_publicly(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
    body: ValidJson<PublicQuestion>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let slug = slug.into_inner();
    let new = body.0;
    let tracking = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let (group_id, group_name, group_status): (String, String, GroupStatus) = groups::table
                .filter(groups::slug.eq(&slug))
                .select((groups::id, groups::name, groups::status))
                .first(conn)
                .optional()?
                .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
            require_not_ended(group_status)?;
            let asker = Asker::new(&new.name, &new.email, &new.phone);
            let id = http::new_id();
            let code = new_tracking_code();
            let now = db::now();
            let topic = new.topic.unwrap_or(Topic::Other);
            diesel::insert_into(questions::table)
                .values((
                    (
                        questions::id.eq(&id),
                        questions::group_id.eq(&group_id),
                        questions::channel.eq(Channel::Online),
                        questions::asked_at.eq(now),
                        questions::topic.eq(topic),
                        questions::text.eq(new.text.trim()),
                        questions::asker_name.eq(&asker.name),
                        questions::asker_email.eq(&asker.email),
                        questions::asker_phone.eq(&asker.phone),
                    ),
                    (
                        questions::contact_consent_at.eq(asker.given().then_some(now)),
                        questions::status.eq(QuestionStatus::New),
                        questions::tracking_hash.eq(tracking_hash(&code)),
                        questions::created_at.eq(now),
                        questions::updated_at.eq(now),
                    ),
                ))
                .execute(conn)?;
            add_history(conn, &id, None, Change::status(None, QuestionStatus::New))?;
            Ok(QuestionTracking {
                tracking_code: code,
                group_name,
                topic,
                status: QuestionStatus::New,
                asked_at: http::utc(now),
                public_answer: None,
                updated_at: http::utc(now),
            })
        })
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/api/v1/public/questions/{}", tracking.tracking_code),
        ))
        .json(tracking))
}

/// Follow a question with its tracking code: the status and the answer written for the resident,
/// never the question's text or anyone's personal data. Case and dashes in the code do not matter.
#[utoipa::path(
    get, path = "/public/questions/{trackingCode}", tag = "public",
    params(("trackingCode" = String, Path, description = "The tracking code, e.g. K7QM-3XJD-92PA-HT4W")),
    responses((status = 200, description = "Where the question stands", body = QuestionTracking)),
)]
pub async fn track(state: web::Data<AppState>, code: web::Path<String>) -> ApiResult<HttpResponse> {
    let code = code.into_inner();
    let tracking = db::run(&state.pool, move |conn| {
        let found: Option<(String, Topic, QuestionStatus, NaiveDateTime, Option<String>, NaiveDateTime)> =
            questions::table
                .inner_join(groups::table)
                .filter(questions::tracking_hash.eq(tracking_hash(&code)))
                .select((
                    groups::name,
                    questions::topic,
                    questions::status,
                    questions::asked_at,
                    questions::public_answer,
                    questions::updated_at,
                ))
                .first(conn)
                .optional()?;
        let (group_name, topic, status, asked_at, public_answer, updated_at) =
            found.ok_or_else(|| ApiError::NotFound("No question with this tracking code.".into()))?;
        Ok(QuestionTracking {
            tracking_code: written_code(&code),
            group_name,
            topic,
            status,
            asked_at: http::utc(asked_at),
            public_answer,
            updated_at: http::utc(updated_at),
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(tracking))
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referrals)]
struct ReferralRow {
    id: String,
    question_id: String,
    organisation_id: String,
    contact_name: Option<String>,
    consent_to_share_at: Option<NaiveDateTime>,
    note: Option<String>,
    follow_up_on: Option<NaiveDate>,
    outcome: Option<ReferralOutcome>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// The referrals of a question, oldest first; only `only` when given.
fn load_referrals(conn: &mut DbConnection, question_id: &str, only: Option<&str>) -> ApiResult<Vec<Referral>> {
    let mut query = referrals::table
        .inner_join(organisations::table)
        .filter(referrals::question_id.eq(question_id))
        .order(referrals::id.asc())
        .select((ReferralRow::as_select(), organisations::name))
        .into_boxed();
    if let Some(referral) = only {
        query = query.filter(referrals::id.eq(referral));
    }
    let rows: Vec<(ReferralRow, String)> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(row, organisation_name)| Referral {
            id: http::uuid(&row.id),
            question_id: http::uuid(&row.question_id),
            organisation_id: http::uuid(&row.organisation_id),
            organisation_name,
            contact_name: row.contact_name,
            consent_to_share_at: row.consent_to_share_at.map(http::utc),
            note: row.note,
            follow_up_on: row.follow_up_on,
            outcome: row.outcome,
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        })
        .collect())
}

/// One referral of a question; 404 when the question has no referral with this id.
fn load_referral(conn: &mut DbConnection, question_id: &str, referral_id: &str) -> ApiResult<Referral> {
    load_referrals(conn, question_id, Some(referral_id))?
        .pop()
        .ok_or_else(|| ApiError::NotFound("No referral with this id for this question.".into()))
}

/// A question's referrals, oldest first.
#[utoipa::path(
    get, path = "/questions/{id}/referrals", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id")),
    responses((status = 200, description = "The referrals", body = Vec<Referral>)),
    security(("bearer" = []))
)]
pub async fn list_referrals(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "question")?;
    let referrals = db::run(&state.pool, move |conn| {
        let row = load_row(conn, &id)?;
        require_handler(conn, &caller, &row)?;
        load_referrals(conn, &id, None)
    })
    .await?;
    Ok(HttpResponse::Ok().json(referrals))
}

/// One referral of a question, with its ETag for `If-Match`.
#[utoipa::path(
    get, path = "/questions/{id}/referrals/{referralId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id"), ("referralId" = uuid::Uuid, Path, description = "Referral id")),
    responses((status = 200, description = "The referral", body = Referral)),
    security(("bearer" = []))
)]
pub async fn get_referral(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (id, referral_id) = http::path_ids(path, "question", "referral")?;
    let referral = db::run(&state.pool, move |conn| {
        let row = load_row(conn, &id)?;
        require_handler(conn, &caller, &row)?;
        load_referral(conn, &id, &referral_id)
    })
    .await?;
    Ok(http::ok_with_etag(&referral))
}

/// Refer a question warmly to a named contact at an organisation. The question becomes `referred`
/// (where the workflow allows it: 409 otherwise). `consentToShare` records the resident's consent
/// to pass their details on; the follow-up date cannot be in the past.
#[utoipa::path(
    post, path = "/questions/{id}/referrals", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id")),
    request_body = NewReferral,
    responses((status = 201, description = "The new referral", body = Referral)),
    security(("bearer" = []))
)]
pub async fn create_referral(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewReferral>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "question")?;
    let new = body.0;
    let referral = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let row = load_row(conn, &id)?;
            require_handler(conn, &caller, &row)?;
            require_not_erased(&row)?;
            let mut errors = Vec::new();
            let organisation: Option<Option<String>> = organisations::table
                .find(new.organisation_id.to_string())
                .select(organisations::contact_person)
                .first(conn)
                .optional()?;
            if organisation.is_none() {
                errors.push(invalid("/organisationId", "not_found", "No organisation with this id."));
            }
            if new.follow_up_on.is_some_and(|d| d < db::today()) {
                errors.push(invalid("/followUpOn", "range", "Cannot be in the past."));
            }
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            let from = row.status();
            if from != QuestionStatus::Referred && !from.next().contains(&QuestionStatus::Referred) {
                let allowed: Vec<&str> = from.next().iter().map(|s| s.as_str()).collect();
                return Err(ApiError::conflict(
                    ProblemCode::InvalidStatusTransition,
                    format!(
                        "A question that is {} cannot be referred; it can become: {}.",
                        from.as_str(),
                        allowed.join(", ")
                    ),
                ));
            }
            let now = db::now();
            let contact = blank_to_none(new.contact_name.as_deref()).or(organisation.flatten());
            let referral_id = http::new_id();
            diesel::insert_into(referrals::table)
                .values((
                    referrals::id.eq(&referral_id),
                    referrals::question_id.eq(&id),
                    referrals::organisation_id.eq(new.organisation_id.to_string()),
                    referrals::contact_name.eq(contact),
                    referrals::consent_to_share_at.eq(new.consent_to_share.then_some(now)),
                    referrals::note.eq(blank_to_none(new.note.as_deref())),
                    referrals::follow_up_on.eq(new.follow_up_on),
                    referrals::created_by.eq(caller.account_id.to_string()),
                    referrals::created_at.eq(now),
                    referrals::updated_at.eq(now),
                ))
                .execute(conn)?;
            if from != QuestionStatus::Referred {
                diesel::update(questions::table.find(&id))
                    .set((
                        questions::status.eq(QuestionStatus::Referred),
                        questions::first_response_at.eq(row.first_response_at.unwrap_or(now)),
                        questions::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                let note = blank_to_none(new.note.as_deref());
                let change = Change { note: note.as_deref(), ..Change::status(Some(from), QuestionStatus::Referred) };
                add_history(conn, &id, Some(caller.account_id.to_string().as_str()), change)?;
            }
            load_referral(conn, &id, &referral_id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/questions/{}/referrals/{}", referral.question_id, referral.id), &referral))
}

/// Record how a referral turned out, move its follow-up date, or add a note (JSON merge patch;
/// `If-Match` guards against lost updates; 409 `question-erased` once the question's personal data
/// was erased).
#[utoipa::path(
    patch, path = "/questions/{id}/referrals/{referralId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id"), ("referralId" = uuid::Uuid, Path, description = "Referral id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = ReferralPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The referral after the change", body = Referral)),
    security(("bearer" = []))
)]
pub async fn patch_referral(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<ReferralPatch>,
) -> ApiResult<HttpResponse> {
    let (id, referral_id) = http::path_ids(path, "question", "referral")?;
    let patch = body.0;
    let if_match = IfMatch::from_request(&req);
    let referral = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let row = load_row(conn, &id)?;
            require_handler(conn, &caller, &row)?;
            let current = load_referral(conn, &id, &referral_id)?;
            if_match.check(&current)?;
            require_not_erased(&row)?;
            if patch.outcome.is_none() && patch.follow_up_on.is_none() && patch.note.is_none() {
                return Ok(current);
            }
            if patch.follow_up_on.flatten().is_some_and(|d| d < db::today()) {
                return Err(ApiError::invalid("/followUpOn", "range", "Cannot be in the past."));
            }
            let updated = diesel::update(
                referrals::table.filter(referrals::id.eq(&referral_id)).filter(referrals::question_id.eq(&id)),
            )
            .set((
                patch.outcome.map(|o| referrals::outcome.eq(o)),
                patch.follow_up_on.map(|d| referrals::follow_up_on.eq(d)),
                patch.note.as_ref().map(|n| referrals::note.eq(blank_to_none(Some(n)))),
                referrals::updated_at.eq(db::now()),
            ))
            .execute(conn)?;
            if updated == 0 {
                return Err(ApiError::NotFound("No referral with this id for this question.".into()));
            }
            load_referral(conn, &id, &referral_id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&referral))
}

/// Erases the personal data of questions closed longer ago than `months` (AVG retention): the
/// text, the asker's name and contact details, the answer written for them, the tracking code, the
/// notes and actors of the history and the notes and contacts of the referrals are removed from the
/// database; the topic, channel, dates, statuses and organisations stay, anonymous. Each erasure is
/// written to the audit log. Returns how many questions were erased.
pub fn erase_expired(conn: &mut DbConnection, months: u32) -> ApiResult<usize> {
    db::write(conn, |conn| {
        let cutoff = db::now()
            .checked_sub_months(chrono::Months::new(months))
            .ok_or_else(|| ApiError::Internal("retention period out of range".into()))?;
        let ids: Vec<String> = questions::table
            .filter(questions::status.eq(QuestionStatus::Closed))
            .filter(questions::closed_at.le(cutoff))
            .filter(questions::erased_at.is_null())
            .select(questions::id)
            .load(conn)?;
        if ids.is_empty() {
            return Ok(0);
        }
        let now = db::now();
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
        audit::record(conn, None, Action::Erase, "question", &ids)?;
        Ok(ids.len())
    })
}

crate::operations! {
    /// The operations of questions: one list for their routes and their part of the OpenAPI document.
    pub struct QuestionsApi;
    list_questions, create_question, get_question, patch_question, question_history, list_referrals, create_referral, get_referral, patch_referral, ask_publicly, track,
}
