//! Handlers of `candidates` and their enrolment, with their OpenAPI annotations.

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    AccountId, Candidate, CandidateId, CandidateNote, CandidatePatch, CandidateStatus, Enrolment, EventId, GroupId,
    GroupStatus, JoinReceipt, JoinRequest, MembershipKind, NewCandidate, NewMembership, NewPerson, Page, ProblemCode,
    SiteSection, TrainingId,
};
use serde::Deserialize;

use super::rules;
use super::store::{self, CandidateRow};
use crate::access::{self, policy, Principal};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::{events, groups, people, sites, trainings};
use crate::web::body::{blank_to_none, ValidJson};
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

/// The representations of candidate rows, with their evenings' titles and note trails, in three
/// reads for the whole list.
fn to_candidates(conn: &mut DbConnection, rows: Vec<CandidateRow>) -> ApiResult<Vec<Candidate>> {
    let ids: Vec<CandidateId> = rows.iter().map(|r| r.id).collect();
    let event_ids: Vec<EventId> = rows.iter().filter_map(|r| r.event_id).collect();
    let titles = events::titles(conn, &event_ids)?;
    let notes = store::notes(conn, &ids)?;
    let authors: Vec<AccountId> = notes.iter().filter_map(|n| n.author).collect();
    let names = access::account_names(conn, &authors)?;
    let mut trails: HashMap<CandidateId, Vec<CandidateNote>> = HashMap::new();
    for note in notes {
        trails.entry(note.candidate_id).or_default().push(CandidateNote {
            id: uuid::Uuid::parse_str(&note.id).map_err(|e| ApiError::Internal(format!("note id: {e}")))?,
            author: note.author.and_then(|a| names.get(&a)).map(|(_, email)| email.clone()),
            body: note.body,
            from_status: note.from_status,
            to_status: note.to_status,
            created_at: http::utc(note.created_at),
        });
    }
    Ok(rows
        .into_iter()
        .map(|row| Candidate {
            id: row.id.uuid(),
            status: row.status,
            event_title: row.event_id.and_then(|e| titles.get(&e).cloned()),
            event_id: row.event_id.map(EventId::uuid),
            notes: trails.remove(&row.id).unwrap_or_default(),
            name: row.name,
            email: row.email,
            phone: row.phone,
            motivation: row.motivation,
            person_id: row.person_id.map(Into::into),
            group_id: row.group_id.map(GroupId::uuid),
            training_id: row.training_id.map(TrainingId::uuid),
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        })
        .collect())
}

fn load_row(conn: &mut DbConnection, id: &CandidateId) -> ApiResult<CandidateRow> {
    store::find(conn, id)?.ok_or_else(|| ApiError::NotFound("No candidate with this id.".into()))
}

fn load_candidate(conn: &mut DbConnection, id: &CandidateId) -> ApiResult<Candidate> {
    let row = load_row(conn, id)?;
    to_candidates(conn, vec![row])?.pop().ok_or_else(|| ApiError::Internal("candidate vanished".into()))
}

/// Filters of `GET /candidates`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct CandidateFilter {
    /// Only candidates with this status.
    status: Option<CandidateStatus>,
    /// Only candidates from this residents' evening.
    event_id: Option<uuid::Uuid>,
}

/// List candidates
///
/// List candidates, oldest first (coordinators and admins).
#[utoipa::path(
    get, path = "/candidates", tag = "candidates",
    params(CandidateFilter, PageParams),
    responses((status = 200, description = "A page of candidates", body = Page<Candidate>)),
    security(("bearer" = []))
)]
pub async fn list_candidates(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let (filter, request) = http::list_query::<CandidateFilter>(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let event = filter.event_id.map(EventId::from);
            let rows = store::page(conn, filter.status, event.as_ref(), &request)?;
            to_candidates(conn, rows)
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |c| c.id.to_string())))
}

/// Stores a candidate met elsewhere than at an evening as `interested`: `(name, email, phone,
/// motivation)` as typed (trimmed, blanks dropped, the email in lower case), for `group` when
/// they joined through its site, with the first step of the trail written by `by`.
fn insert_interested(
    conn: &mut DbConnection,
    (name, email, phone, motivation): (&str, Option<&str>, Option<&str>, Option<&str>),
    group: Option<&GroupId>,
    by: Option<&AccountId>,
) -> ApiResult<CandidateId> {
    let email = blank_to_none(email).map(|e| e.to_lowercase());
    let phone = blank_to_none(phone);
    let motivation = blank_to_none(motivation);
    let id = store::insert(
        conn,
        &store::NewCandidateRow {
            registration_id: None,
            event_id: None,
            name: name.trim(),
            email: email.as_deref(),
            phone: phone.as_deref(),
            motivation: motivation.as_deref(),
            group_id: group,
        },
    )?;
    store::add_note(conn, &id, by, None, Some((None, CandidateStatus::Interested)))?;
    Ok(id)
}

/// Add a candidate
///
/// Add a candidate met elsewhere than at a residents' evening (coordinators and admins).
#[utoipa::path(
    post, path = "/candidates", tag = "candidates",
    request_body = NewCandidate,
    responses((status = 201, description = "The candidate was added", body = Candidate,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_candidate(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewCandidate>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let new = body.0;
    let candidate = db::run_write(&state.pool, move |conn| {
        let given = (new.name.as_str(), new.email.as_deref(), new.phone.as_deref(), new.motivation.as_deref());
        let id = insert_interested(conn, given, None, Some(&caller.account_id))?;
        load_candidate(conn, &id)
    })
    .await?;
    Ok(http::created(format!("/api/v1/candidates/{}", candidate.id), &candidate))
}

/// Read a candidate
///
/// Read a candidate with their note trail (coordinators and admins).
#[utoipa::path(
    get, path = "/candidates/{id}", tag = "candidates",
    params(("id" = uuid::Uuid, Path, description = "Candidate id")),
    responses((status = 200, description = "The candidate", body = Candidate)),
    security(("bearer" = []))
)]
pub async fn get_candidate(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let id: CandidateId = http::id(&id)?;
    let candidate = db::run(&state.pool, move |conn| load_candidate(conn, &id)).await?;
    Ok(http::ok_with_etag(&candidate))
}

/// Move a candidate along or add a note
///
/// Move a candidate along and/or add a note to the trail (coordinators and admins). Moves:
/// `interested` → `contacted` → `in_training` → `joined`, `contacted` → `joined`, any open status
/// → `declined`, `declined` → `interested`; others get 409 naming the allowed ones.
#[utoipa::path(
    patch, path = "/candidates/{id}", tag = "candidates",
    params(("id" = uuid::Uuid, Path, description = "Candidate id")),
    request_body(content = CandidatePatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The candidate after the change", body = Candidate,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_candidate(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<CandidatePatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let id: CandidateId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let candidate = db::run_write(&state.pool, move |conn| {
        let row = store::lock(conn, &id)?.ok_or_else(|| ApiError::NotFound("No candidate with this id.".into()))?;
        let current = to_candidates(conn, vec![row.clone()])?.pop();
        if_match.check(&current.ok_or_else(|| ApiError::Internal("candidate vanished".into()))?)?;
        let change = match patch.status {
            Some(to) if to != row.status => {
                rules::check_move(row.status, to)?;
                Some((Some(row.status), to))
            }
            _ => None,
        };
        let note = patch.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
        if change.is_none() && note.is_none() {
            return load_candidate(conn, &id);
        }
        store::set_status(conn, &id, change.map(|(_, to)| to))?;
        store::add_note(conn, &id, Some(&caller.account_id), note, change)?;
        load_candidate(conn, &id)
    })
    .await?;
    Ok(http::ok_with_etag(&candidate))
}

/// Enrol a candidate
///
/// Enrol a candidate in one go (coordinators and admins): make them a person, add them to a
/// forming group as a resident — the programme's composition rules apply, so a full group gives
/// 409 (`max-members`) and nothing changes — and, if given, to a training that is still planning
/// or scheduled. The candidate becomes `in_training` with a training, `joined` without. Only an
/// `interested` or `contacted` candidate can be enrolled.
#[utoipa::path(
    post, path = "/candidates/{id}/enrolment", tag = "candidates",
    params(("id" = uuid::Uuid, Path, description = "Candidate id")),
    request_body = Enrolment,
    responses((status = 200, description = "The enrolled candidate", body = Candidate)),
    security(("bearer" = []))
)]
pub async fn enrol(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<Enrolment>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let id: CandidateId = http::id(&id)?;
    let enrolment = body.0;
    let candidate = db::run_write(&state.pool, move |conn| {
        let row = load_row(conn, &id)?;
        let to = rules::enrolled_status(row.status, enrolment.training_id.is_some())?;
        let group = GroupId::from(enrolment.group_id);
        let Some(summary) = groups::summary(conn, &group)? else {
            return Err(ApiError::invalid("/groupId", "not_found", "No group with this id."));
        };
        if summary.status != GroupStatus::Forming {
            return Err(ApiError::conflict(
                ProblemCode::GroupNotForming,
                format!("New buurtverbinders join a forming group; {} is {}.", summary.name, summary.status.as_str()),
            ));
        }
        let person = NewPerson {
            name: row.name.clone(),
            email: row.email.clone(),
            phone: row.phone.clone(),
            postcode: enrolment.postcode.clone(),
            contact_preference: None,
        };
        let person_id = people::create(conn, &caller, &person)?;
        let membership = NewMembership {
            person_id: person_id.uuid(),
            kind: MembershipKind::Resident,
            professional_role: None,
            organisation: None,
            joined_on: None,
            // A person just made from the candidate is in no group yet.
            confirm_other_groups: false,
        };
        groups::add_member(conn, &caller, &group, &membership)?;
        let training = enrolment.training_id.map(TrainingId::from);
        if let Some(training) = &training {
            trainings::enrol(conn, &caller, training, &person_id, "/trainingId")?;
        }
        store::set_enrolled(conn, &id, to, &person_id, &group, training.as_ref())?;
        store::add_note(conn, &id, Some(&caller.account_id), None, Some((Some(row.status), to)))?;
        load_candidate(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(candidate))
}

/// Offer to join a group
///
/// "Join us" on a group's site, without an account: the resident becomes a candidate of that
/// group (`interested`), for the coordinators to follow up. A way to reach them and their consent
/// are required; `website` must stay empty (a honeypot). Rate-limited per client address. 409
/// `group-ended` for an ended group; 404 when the group's site does not show "join us".
#[utoipa::path(
    post, path = "/public/groups/{slug}/candidates", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    request_body = JoinRequest,
    responses(
        (status = 201, description = "Received: the group will be in touch", body = JoinReceipt),
        (status = 429, description = "Too many requests from this address; see `Retry-After`"),
    ),
    security(())
)]
pub async fn join_group(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
    body: ValidJson<JoinRequest>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let slug = slug.into_inner();
    let new = body.0;
    let receipt = db::run_write(&state.pool, move |conn| {
        let group = groups::summary_by_slug(conn, &slug)?
            .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        if !sites::public_site(conn, &group.id)?.sections.contains(&SiteSection::JoinUs) {
            return Err(ApiError::NotFound("This group's site takes no sign-ups to join.".into()));
        }
        if group.status == GroupStatus::Ended {
            return Err(ApiError::conflict(ProblemCode::GroupEnded, "The group has ended: it takes no new members."));
        }
        let given = (new.name.as_str(), new.email.as_deref(), new.phone.as_deref(), new.motivation.as_deref());
        insert_interested(conn, given, Some(&group.id), None)?;
        Ok(JoinReceipt { group_name: group.name, received_at: chrono::Utc::now() })
    })
    .await?;
    Ok(HttpResponse::Created().json(receipt))
}

crate::operations! {
    /// The operations of candidates: one list for their routes and their part of the OpenAPI document.
    pub struct CandidatesApi;
    list_candidates, create_candidate, get_candidate, patch_candidate, enrol, join_group,
}
