//! Handlers of `questions`, their history and referrals, and the public form and tracking, with
//! their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    AccountId, Channel, EventId, GroupId, InvalidParam, NewQuestion, NewReferral, NewResidentReaction, OrganisationId,
    Page, PersonId, PublicQuestion, Question, QuestionChange, QuestionHistoryEntry, QuestionId, QuestionPatch,
    QuestionStatus, QuestionTracking, Referral, ReferralId, ReferralPatch, ResidentReaction, Topic,
};
use serde::Deserialize;

use super::rules::{self, Asker, Entry};
use super::store::{self, QuestionRow, ReferralRow};
use crate::access::audit::{self, Action};
use crate::access::{self, Principal};
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::features::{events, groups, organisations, people};
use crate::web::body::{blank_to_none, ValidJson};
use crate::web::http::{self, ChangesParams, IfMatch, PageParams};
use crate::web::state::AppState;

/// The representations of question rows: assignee names and follow-up dates in one read each.
/// Writes an audit entry for every question whose asker's details are shown.
fn to_questions(conn: &mut DbConnection, caller: &Principal, rows: Vec<QuestionRow>) -> ApiResult<Vec<Question>> {
    let assignees: Vec<PersonId> = rows.iter().filter_map(|r| r.assignee_id).collect();
    let names = people::name_map(conn, &assignees)?;
    let ids: Vec<QuestionId> = rows.iter().map(|r| r.id).collect();
    let follow_ups = rules::earliest_follow_ups(store::open_follow_ups(conn, &ids)?);
    let shown: Vec<String> = rows.iter().filter(|r| r.has_contact()).map(|r| r.id.to_string()).collect();
    audit::record(conn, Some(caller.account_id.to_string().as_str()), Action::Read, "question", &shown)?;
    Ok(rows
        .into_iter()
        .map(|row| Question {
            id: row.id.uuid(),
            group_id: row.group_id.uuid(),
            channel: row.channel,
            event_id: row.event_id.map(EventId::uuid),
            asked_at: http::utc(row.asked_at),
            topic: row.topic,
            seconds_to_first_response: rules::seconds_since(row.asked_at, row.first_response_at),
            seconds_to_answer: rules::seconds_since(row.asked_at, row.answered_at),
            follow_up_on: follow_ups.get(&row.id).copied(),
            assignee_name: row.assignee_id.and_then(|a| names.get(&a).cloned()),
            assignee_id: row.assignee_id.map(PersonId::uuid),
            text: row.text,
            asker_name: row.asker_name,
            asker_email: row.asker_email,
            asker_phone: row.asker_phone,
            contact_consent_at: row.contact_consent_at.map(http::utc),
            status: row.status,
            allowed_statuses: rules::allowed_moves(row.status, row.erased_at.is_some()),
            public_answer: row.public_answer,
            erased_at: row.erased_at.map(http::utc),
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        })
        .collect())
}

/// One question's representation (audited like every other).
fn to_question(conn: &mut DbConnection, caller: &Principal, row: QuestionRow) -> ApiResult<Question> {
    to_questions(conn, caller, vec![row])?.pop().ok_or_else(|| ApiError::Internal("question vanished".into()))
}

/// 404 for no such question.
fn find(conn: &mut DbConnection, id: &QuestionId) -> ApiResult<QuestionRow> {
    store::find(conn, id)?.ok_or_else(|| ApiError::NotFound("No question with this id.".into()))
}

/// The question as stored, read again, for the caller.
fn load_question(conn: &mut DbConnection, caller: &Principal, id: &QuestionId) -> ApiResult<Question> {
    let row = find(conn, id)?;
    to_question(conn, caller, row)
}

/// The question, for a caller who handles its group (its current members, coordinators and
/// admins): 404 for no such question, then 403.
fn find_handled(conn: &mut DbConnection, caller: &Principal, id: &QuestionId) -> ApiResult<QuestionRow> {
    let row = find(conn, id)?;
    if !groups::manages(conn, caller, &row.group_id)? {
        return Err(ApiError::Forbidden("Only the group's members and coordinators see its questions.".into()));
    }
    Ok(row)
}

/// A 400 entry unless `person` is a current member of `group`: only they handle its questions.
fn assignee_problem(conn: &mut DbConnection, group: &GroupId, person: &PersonId) -> ApiResult<Option<InvalidParam>> {
    let member = groups::is_current_member(conn, group, person)?;
    Ok((!member).then(|| invalid("/assigneeId", "not_found", "Assign a current member of the group.")))
}

/// Writes history entries made by the caller (none for the resident).
fn write_history(
    conn: &mut DbConnection,
    question: &QuestionId,
    actor: Option<&AccountId>,
    entries: &[Entry],
) -> ApiResult<()> {
    entries.iter().try_for_each(|entry| store::add_history(conn, question, actor, entry))
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

/// Which questions the caller's inbox holds: their current groups' (every group's for whoever
/// runs the programme), narrowed by the filter; 403 for a group the caller does not handle.
fn inbox(conn: &mut DbConnection, caller: &Principal, filter: QuestionFilter) -> ApiResult<store::Inbox> {
    let groups = if caller.sees_everything() { None } else { Some(groups::caller_group_ids(conn, caller)?) };
    let group = filter.group_id.map(GroupId::from);
    if let Some(group) = &group {
        if !groups::manages(conn, caller, group)? {
            return Err(ApiError::Forbidden("Only the group's members and coordinators see its questions.".into()));
        }
    }
    Ok(store::Inbox {
        groups,
        group,
        status: filter.status,
        topic: filter.topic,
        assignee: filter.assignee_id.map(PersonId::from),
        follow_up_due_by: (filter.follow_up_due == Some(true)).then(db::today),
    })
}

/// List the question inbox
///
/// The question inbox: the questions of the caller's groups (all for coordinators and admins),
/// oldest first. `followUpDue=true` gives the ones whose follow-up date has passed.
#[utoipa::path(
    get, path = "/questions", tag = "questions",
    params(QuestionFilter, PageParams, ChangesParams),
    responses((status = 200, description = "A page of questions", body = Page<Question>)),
    security(("bearer" = []))
)]
pub async fn list_questions(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<QuestionFilter>(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let inbox = inbox(conn, &caller, filter)?;
            let rows = store::page(conn, &inbox, &request)?;
            to_questions(conn, &caller, rows)
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::changes_page(&req, &request, items, |q| (q.id.to_string(), q.updated_at))))
}

/// 400 listing every problem of an intake: the event must be the group's, the assignee one of
/// its current members.
fn check_intake(
    conn: &mut DbConnection,
    group: &GroupId,
    event: Option<EventId>,
    assignee: Option<PersonId>,
) -> ApiResult<()> {
    let mut errors = Vec::new();
    if let Some(event) = event {
        if !events::is_event_of_group(conn, &event, group)? {
            errors.push(invalid("/eventId", "not_found", "No event of this group with this id."));
        }
    }
    if let Some(assignee) = assignee {
        errors.extend(assignee_problem(conn, group, &assignee)?);
    }
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    Ok(())
}

/// Take a question in
///
/// Take a question in (the group's members, coordinators and admins). Name and contact details
/// only with `contactConsent` (its moment is kept); `askedAt` may be in the past (entered later
/// from paper), not in the future; the event must be the group's.
#[utoipa::path(
    post, path = "/questions", tag = "questions",
    request_body = NewQuestion,
    responses((status = 201, description = "The question was taken in", body = Question,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_question(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewQuestion>,
) -> ApiResult<HttpResponse> {
    let new = body.0;
    let question = db::run_write(&state.pool, move |conn| {
        let group_id = GroupId::from(new.group_id);
        let Some(group) = groups::summary(conn, &group_id)? else {
            return Err(ApiError::invalid("/groupId", "not_found", "No group with this id."));
        };
        if !groups::manages(conn, &caller, &group_id)? {
            return Err(ApiError::Forbidden("You can take in questions for your own groups.".into()));
        }
        rules::check_group_takes_questions(group.status)?;
        let (event, assignee) = (new.event_id.map(EventId::from), new.assignee_id.map(PersonId::from));
        check_intake(conn, &group_id, event, assignee)?;
        let now = db::now();
        let status = rules::intake_status(assignee);
        let id = store::insert(
            conn,
            &store::NewQuestionRow {
                group_id: &group_id,
                channel: new.channel,
                event_id: event,
                asked_at: new.asked_at.map(|t| t.naive_utc()).unwrap_or(now),
                topic: new.topic,
                text: new.text.trim(),
                asker: &Asker::new(&new.asker_name, &new.asker_email, &new.asker_phone),
                status,
                assignee_id: assignee,
                tracking_hash: None,
                created_by: Some(&caller.account_id),
                now,
            },
        )?;
        write_history(conn, &id, Some(&caller.account_id), &rules::intake_history(status, assignee))?;
        load_question(conn, &caller, &id)
    })
    .await?;
    Ok(http::created(format!("/api/v1/questions/{}", question.id), &question))
}

/// Read a question
///
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
    let id: QuestionId = http::id(&id)?;
    let question = db::run(&state.pool, move |conn| {
        let row = find_handled(conn, &caller, &id)?;
        to_question(conn, &caller, row)
    })
    .await?;
    Ok(http::ok_with_etag(&question))
}

/// Change a question
///
/// Move a question along, assign it, change its topic or write the answer the resident sees (JSON
/// merge patch; `If-Match` guards against lost updates). Refused moves give 409 naming the allowed
/// ones (`allowedStatuses` lists them too). Every change of status goes into the history with the
/// `note`. An erased question no longer changes.
#[utoipa::path(
    patch, path = "/questions/{id}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = QuestionPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The question after the change", body = Question,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_question(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<QuestionPatch>,
) -> ApiResult<HttpResponse> {
    let id: QuestionId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let question = db::run_write(&state.pool, move |conn| {
        let row = find_handled(conn, &caller, &id)?;
        if_match.check(&to_question(conn, &caller, row.clone())?)?;
        rules::check_not_erased(row.erased_at)?;
        let edit = rules::edit(&row.current(), &patch)?;
        if let Some(Some(assignee)) = patch.assignee_id {
            if let Some(problem) = assignee_problem(conn, &row.group_id, &assignee.into())? {
                return Err(ApiError::InvalidInput(vec![problem]));
            }
        }
        if !edit.is_empty() {
            let now = db::now();
            let milestones = edit.milestones(&row.current(), now);
            store::update(conn, &id, &edit, edit.status(row.status), &milestones, now)?;
            write_history(conn, &id, Some(&caller.account_id), &edit.history(row.status))?;
        }
        load_question(conn, &caller, &id)
    })
    .await?;
    Ok(http::ok_with_etag(&question))
}

/// Read a question's timeline
///
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
    let id: QuestionId = http::id(&id)?;
    let history = db::run(&state.pool, move |conn| {
        find_handled(conn, &caller, &id)?;
        let rows = store::history(conn, &id)?;
        let actors: Vec<AccountId> = rows.iter().filter_map(|r| r.actor).collect();
        let actors = access::account_names(conn, &actors)?;
        let assignees: Vec<PersonId> = rows.iter().filter_map(|r| r.assignee).collect();
        let assignees = people::name_map(conn, &assignees)?;
        rows.into_iter()
            .map(|row| {
                Ok(QuestionHistoryEntry {
                    id: uuid::Uuid::parse_str(&row.id)
                        .map_err(|_| ApiError::Internal(format!("history entry `{}` has no UUID", row.id)))?,
                    change: row.change,
                    actor: row.actor.and_then(|a| actors.get(&a)).map(|(name, _)| name.clone()),
                    from_status: row.from_status,
                    to_status: row.to_status,
                    assignee_name: row.assignee.and_then(|a| assignees.get(&a).cloned()),
                    note: row.note,
                    created_at: http::utc(row.created_at),
                })
            })
            .collect::<ApiResult<Vec<_>>>()
    })
    .await?;
    Ok(HttpResponse::Ok().json(history))
}

/// Ask a group a question
///
/// Ask a group a question online, without an account. Name and contact details only with
/// `contactConsent`; `website` must stay empty (a honeypot: forms filled in by robots fill it).
/// Rate-limited per client address; the text is kept as it is and always shown as text. The answer
/// is a tracking code (shown once; only its hash is kept) for `public/questions/{trackingCode}`.
#[utoipa::path(
    post, path = "/public/groups/{slug}/questions", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    request_body = PublicQuestion,
    responses(
        (status = 201, description = "The question was received", body = QuestionTracking,
         headers(("Location" = String, description = "Where the resident follows the question: `/api/v1/public/questions/{trackingCode}`"))),
        (status = 429, description = "Too many requests from this address; see `Retry-After`"),
    ),
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
    let tracking = db::run_write(&state.pool, move |conn| {
        let group = groups::summary_by_slug(conn, &slug)?
            .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        rules::check_group_takes_questions(group.status)?;
        let code = rules::new_tracking_code();
        let now = db::now();
        let topic = new.topic.unwrap_or(Topic::Other);
        let id = store::insert(
            conn,
            &store::NewQuestionRow {
                group_id: &group.id,
                channel: Channel::Online,
                event_id: None,
                asked_at: now,
                topic,
                text: new.text.trim(),
                asker: &Asker::new(&new.name, &new.email, &new.phone),
                status: QuestionStatus::New,
                assignee_id: None,
                tracking_hash: Some(rules::tracking_hash(&code)),
                created_by: None,
                now,
            },
        )?;
        write_history(conn, &id, None, &rules::intake_history(QuestionStatus::New, None))?;
        Ok(QuestionTracking {
            tracking_code: code,
            group_name: group.name,
            group_slug: group.slug,
            topic,
            status: QuestionStatus::New,
            asked_at: http::utc(now),
            public_answer: None,
            reactions: Vec::new(),
            updated_at: http::utc(now),
        })
    })
    .await?;
    Ok(created_tracking(tracking))
}

/// Follow a question
///
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
        let row = find_tracked(conn, &code)?;
        to_tracking(conn, &code, row)
    })
    .await?;
    Ok(HttpResponse::Ok().json(tracking))
}

/// 201 with the tracking and, in `Location`, where the resident follows the question.
fn created_tracking(tracking: QuestionTracking) -> HttpResponse {
    HttpResponse::Created()
        .insert_header((
            actix_web::http::header::LOCATION,
            format!("/api/v1/public/questions/{}", tracking.tracking_code),
        ))
        .json(tracking)
}

/// The question with this tracking code; 404 for none (an erased question has none).
fn find_tracked(conn: &mut DbConnection, code: &str) -> ApiResult<store::QuestionRow> {
    store::find_by_tracking_hash(conn, &rules::tracking_hash(code))?
        .ok_or_else(|| ApiError::NotFound("No question with this tracking code.".into()))
}

/// What the resident sees of a question with its tracking code: where it stands, the public
/// answer and their own reactions.
fn to_tracking(conn: &mut DbConnection, code: &str, row: store::QuestionRow) -> ApiResult<QuestionTracking> {
    let group = groups::summary(conn, &row.group_id)?
        .ok_or_else(|| ApiError::NotFound("No question with this tracking code.".into()))?;
    let reactions = store::history(conn, &row.id)?
        .into_iter()
        .filter(|h| matches!(h.change, QuestionChange::Reaction | QuestionChange::NotSolved))
        .map(|h| ResidentReaction {
            text: h.note.unwrap_or_default(),
            not_solved: h.change == QuestionChange::NotSolved,
            created_at: http::utc(h.created_at),
        })
        .collect();
    Ok(QuestionTracking {
        tracking_code: rules::written_code(code),
        group_name: group.name,
        group_slug: group.slug,
        topic: row.topic,
        status: row.status,
        asked_at: http::utc(row.asked_at),
        public_answer: row.public_answer,
        reactions,
        updated_at: http::utc(row.updated_at),
    })
}

/// React to the answer to a question
///
/// The resident reacts to the answer with their tracking code, without an account, or says it is
/// not solved. The reaction joins the question's timeline (for the group, with no actor: the
/// resident); "not solved" moves an answered or closed question back to `in_progress`, so it is
/// in the group's inbox again. Rate-limited per client address, like every public write; 404 for
/// an unknown code.
#[utoipa::path(
    post, path = "/public/questions/{trackingCode}/reactions", tag = "public",
    params(("trackingCode" = String, Path, description = "The tracking code, e.g. K7QM-3XJD-92PA-HT4W")),
    request_body = NewResidentReaction,
    responses(
        (status = 201, description = "The reaction was added; where the question stands now", body = QuestionTracking,
         headers(("Location" = String, description = "Where the resident follows the question: `/api/v1/public/questions/{trackingCode}`"))),
        (status = 429, description = "Too many requests from this address; see `Retry-After`"),
    ),
)]
pub async fn react(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    body: ValidJson<NewResidentReaction>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let code = code.into_inner();
    let reaction = body.0;
    let tracking = db::run_write(&state.pool, move |conn| {
        let id = find_tracked(conn, &code)?.id;
        store::lock(conn, &id)?;
        // Read again under the lock: the status may have moved meanwhile.
        let row = find_tracked(conn, &code)?;
        let (edit, entry) = rules::resident_reaction(row.status, &reaction.text, reaction.not_solved);
        let now = db::now();
        let milestones = edit.milestones(&row.current(), now);
        store::update(conn, &id, &edit, edit.status(row.status), &milestones, now)?;
        store::add_history(conn, &id, None, &entry)?;
        let row = find_tracked(conn, &code)?;
        to_tracking(conn, &code, row)
    })
    .await?;
    Ok(created_tracking(tracking))
}

/// The representations of referral rows, with their organisations' names (a referral to an
/// organisation that is not in the directory is left out).
fn to_referrals(conn: &mut DbConnection, rows: Vec<ReferralRow>) -> ApiResult<Vec<Referral>> {
    let organisations: Vec<OrganisationId> = rows.iter().map(|r| r.organisation_id).collect();
    let names = organisations::names(conn, &organisations)?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let organisation_name = names.get(&row.organisation_id)?.clone();
            Some(Referral {
                id: row.id.uuid(),
                question_id: row.question_id.uuid(),
                organisation_id: row.organisation_id.uuid(),
                organisation_name,
                contact_name: row.contact_name,
                consent_to_share_at: row.consent_to_share_at.map(http::utc),
                note: row.note,
                follow_up_on: row.follow_up_on,
                outcome: row.outcome,
                created_at: http::utc(row.created_at),
                updated_at: http::utc(row.updated_at),
            })
        })
        .collect())
}

/// One referral of a question; 404 when the question has no referral with this id.
fn load_referral(conn: &mut DbConnection, question: &QuestionId, id: &ReferralId) -> ApiResult<Referral> {
    let rows = store::referrals(conn, question, Some(id))?;
    to_referrals(conn, rows)?
        .pop()
        .ok_or_else(|| ApiError::NotFound("No referral with this id for this question.".into()))
}

/// List a question's referrals
///
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
    let id: QuestionId = http::id(&id)?;
    let referrals = db::run(&state.pool, move |conn| {
        find_handled(conn, &caller, &id)?;
        let rows = store::referrals(conn, &id, None)?;
        to_referrals(conn, rows)
    })
    .await?;
    Ok(HttpResponse::Ok().json(referrals))
}

/// Read a referral
///
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
    let (id, referral_id): (QuestionId, ReferralId) = http::ids(path)?;
    let referral = db::run(&state.pool, move |conn| {
        find_handled(conn, &caller, &id)?;
        load_referral(conn, &id, &referral_id)
    })
    .await?;
    Ok(http::ok_with_etag(&referral))
}

/// Refer a question warmly
///
/// Refer a question warmly to a named contact at an organisation. The question becomes `referred`
/// (where the workflow allows it: 409 otherwise). `consentToShare` records the resident's consent
/// to pass their details on; the follow-up date cannot be in the past.
#[utoipa::path(
    post, path = "/questions/{id}/referrals", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id")),
    request_body = NewReferral,
    responses((status = 201, description = "The new referral", body = Referral,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_referral(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewReferral>,
) -> ApiResult<HttpResponse> {
    let id: QuestionId = http::id(&id)?;
    let new = body.0;
    let referral = db::run_write(&state.pool, move |conn| {
        let row = find_handled(conn, &caller, &id)?;
        rules::check_not_erased(row.erased_at)?;
        let organisation = OrganisationId::from(new.organisation_id);
        let contact_person = organisations::contact_person(conn, &organisation)?;
        let mut errors = Vec::new();
        if contact_person.is_none() {
            errors.push(invalid("/organisationId", "not_found", "No organisation with this id."));
        }
        errors.extend(rules::follow_up_problem(new.follow_up_on, db::today()));
        if !errors.is_empty() {
            return Err(ApiError::InvalidInput(errors));
        }
        let moves = rules::referral_moves(row.status)?;
        let now = db::now();
        let note = blank_to_none(new.note.as_deref());
        let referral_id = store::insert_referral(
            conn,
            &store::NewReferralRow {
                question_id: &id,
                organisation_id: organisation,
                // A warm referral names someone: the directory's contact unless the member names another.
                contact_name: blank_to_none(new.contact_name.as_deref()).or(contact_person.flatten()),
                consent_to_share: new.consent_to_share,
                note: note.clone(),
                follow_up_on: new.follow_up_on,
                created_by: &caller.account_id,
                now,
            },
        )?;
        if moves {
            store::mark_referred(conn, &id, row.first_response_at.unwrap_or(now), now)?;
            let entry = Entry { note, ..Entry::status(Some(row.status), QuestionStatus::Referred) };
            write_history(conn, &id, Some(&caller.account_id), &[entry])?;
        }
        load_referral(conn, &id, &referral_id)
    })
    .await?;
    Ok(http::created(format!("/api/v1/questions/{}/referrals/{}", referral.question_id, referral.id), &referral))
}

/// Record a referral's outcome or follow-up
///
/// Record how a referral turned out, move its follow-up date, or add a note (JSON merge patch;
/// `If-Match` guards against lost updates; 409 `question-erased` once the question's personal data
/// was erased).
#[utoipa::path(
    patch, path = "/questions/{id}/referrals/{referralId}", tag = "questions",
    params(("id" = uuid::Uuid, Path, description = "Question id"), ("referralId" = uuid::Uuid, Path, description = "Referral id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = ReferralPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The referral after the change", body = Referral,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_referral(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<ReferralPatch>,
) -> ApiResult<HttpResponse> {
    let (id, referral_id): (QuestionId, ReferralId) = http::ids(path)?;
    let patch = body.0;
    let if_match = IfMatch::from_request(&req);
    let referral = db::run_write(&state.pool, move |conn| {
        let row = find_handled(conn, &caller, &id)?;
        let current = load_referral(conn, &id, &referral_id)?;
        if_match.check(&current)?;
        rules::check_not_erased(row.erased_at)?;
        if patch.outcome.is_none() && patch.follow_up_on.is_none() && patch.note.is_none() {
            return Ok(current);
        }
        if let Some(problem) = rules::follow_up_problem(patch.follow_up_on.flatten(), db::today()) {
            return Err(ApiError::InvalidInput(vec![problem]));
        }
        db::unless_unchanged(conn, current, |conn| {
            if !store::update_referral(conn, &id, &referral_id, &patch)? {
                return Err(ApiError::NotFound("No referral with this id for this question.".into()));
            }
            load_referral(conn, &id, &referral_id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&referral))
}

crate::operations! {
    /// The operations of questions: one list for their routes and their part of the OpenAPI document.
    pub struct QuestionsApi;
    list_questions, create_question, get_question, patch_question, question_history, list_referrals, create_referral, get_referral, patch_referral, ask_publicly, track, react,
}
