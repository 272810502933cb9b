//! `candidates`: residents who would like to become a buurtverbinder, mostly from a residents'
//! evening, followed by coordinators from `interested` to `joined` with a note trail; their
//! enrolment into a forming group and a training in one go; and the residents' evenings report
//! (`reports/residents-evenings`). Coordinators and admins only: candidates are not members yet.

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{
    Candidate, CandidateNote, CandidatePatch, CandidateStatus, Enrolment, EventType, MembershipKind, NewCandidate,
    NewMembership, NewPerson, Page, RegistrationStatus, ResidentsEveningReport, Role,
};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use crate::access::Principal;
use crate::db::schema::{accounts, candidate_notes, candidates, events, groups, registrations};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::events::recurrence::local;
use crate::web::body::blank_to_none;
use crate::web::body::ValidJson;
use crate::web::http::{self, PageParams};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = candidates)]
struct CandidateRow {
    id: String,
    event_id: Option<String>,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    motivation: Option<String>,
    status: CandidateStatus,
    person_id: Option<String>,
    group_id: Option<String>,
    training_id: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl CandidateRow {
    fn status(&self) -> CandidateStatus {
        self.status
    }
}

const COORDINATORS: [Role; 2] = [Role::Admin, Role::Coordinator];

fn load_row(conn: &mut DbConnection, id: &str) -> ApiResult<CandidateRow> {
    candidates::table
        .find(id)
        .select(CandidateRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No candidate with this id.".into()))
}

/// The representations of candidate rows, with their evenings' titles and note trails, in two
/// reads for the whole list.
fn to_candidates(conn: &mut DbConnection, rows: Vec<CandidateRow>) -> ApiResult<Vec<Candidate>> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let event_ids: Vec<String> = rows.iter().filter_map(|r| r.event_id.clone()).collect();
    let titles: HashMap<String, String> = events::table
        .filter(events::id.eq_any(&event_ids))
        .select((events::id, events::title))
        .load(conn)?
        .into_iter()
        .collect();
    type NoteRow = (
        String,
        String,
        Option<String>,
        Option<CandidateStatus>,
        Option<CandidateStatus>,
        NaiveDateTime,
        Option<String>,
    );
    let notes: Vec<NoteRow> = candidate_notes::table
        .left_join(accounts::table.on(accounts::id.nullable().eq(candidate_notes::author_account_id)))
        .filter(candidate_notes::candidate_id.eq_any(&ids))
        .order(candidate_notes::id.asc())
        .select((
            candidate_notes::id,
            candidate_notes::candidate_id,
            candidate_notes::body,
            candidate_notes::from_status,
            candidate_notes::to_status,
            candidate_notes::created_at,
            accounts::email.nullable(),
        ))
        .load(conn)?;
    let mut trails: HashMap<String, Vec<CandidateNote>> = HashMap::new();
    for (id, candidate, body, from, to, at, author) in notes {
        trails.entry(candidate).or_default().push(CandidateNote {
            id: http::uuid(&id),
            author,
            body,
            from_status: from,
            to_status: to,
            created_at: http::utc(at),
        });
    }
    Ok(rows
        .into_iter()
        .map(|row| Candidate {
            id: http::uuid(&row.id),
            status: row.status(),
            event_title: row.event_id.as_ref().and_then(|e| titles.get(e).cloned()),
            event_id: row.event_id.as_deref().map(http::uuid),
            notes: trails.remove(&row.id).unwrap_or_default(),
            name: row.name,
            email: row.email,
            phone: row.phone,
            motivation: row.motivation,
            person_id: row.person_id.as_deref().map(http::uuid),
            group_id: row.group_id.as_deref().map(http::uuid),
            training_id: row.training_id.as_deref().map(http::uuid),
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        })
        .collect())
}

fn load_candidate(conn: &mut DbConnection, id: &str) -> ApiResult<Candidate> {
    let row = load_row(conn, id)?;
    to_candidates(conn, vec![row])?.pop().ok_or_else(|| ApiError::Internal("candidate vanished".into()))
}

/// Writes one entry of the trail: a note, a status change, or both.
fn add_note(
    conn: &mut DbConnection,
    candidate_id: &str,
    author: Option<&str>,
    body: Option<&str>,
    change: Option<(Option<CandidateStatus>, CandidateStatus)>,
) -> ApiResult<()> {
    diesel::insert_into(candidate_notes::table)
        .values((
            candidate_notes::id.eq(http::new_id()),
            candidate_notes::candidate_id.eq(candidate_id),
            candidate_notes::author_account_id.eq(author),
            candidate_notes::body.eq(body),
            candidate_notes::from_status.eq(change.and_then(|c| c.0)),
            candidate_notes::to_status.eq(change.map(|c| c.1)),
            candidate_notes::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// 409 naming the allowed moves, unless `from` may become `to`.
fn check_move(from: CandidateStatus, to: CandidateStatus) -> ApiResult<()> {
    if from.next().contains(&to) {
        return Ok(());
    }
    let allowed: Vec<&str> = from.next().iter().map(|s| s.as_str()).collect();
    Err(ApiError::conflict(
        ProblemCode::InvalidStatusTransition,
        if allowed.is_empty() {
            format!("A candidate who is {} stays so.", from.as_str())
        } else {
            format!("A candidate who is {} can become: {}.", from.as_str(), allowed.join(", "))
        },
    ))
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
    caller.require_role(&COORDINATORS)?;
    let (filter, request) = http::list_query::<CandidateFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = candidates::table
                .select(CandidateRow::as_select())
                .order(candidates::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(status) = filter.status {
                query = query.filter(candidates::status.eq(status));
            }
            if let Some(event) = filter.event_id {
                query = query.filter(candidates::event_id.eq(event.to_string()));
            }
            if let Some(after) = &request.after {
                query = query.filter(candidates::id.gt(after.clone()));
            }
            let rows = query.load(conn)?;
            to_candidates(conn, rows)
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |c| c.id.to_string())))
}

/// Add a candidate met elsewhere than at a residents' evening (coordinators and admins).
#[utoipa::path(
    post, path = "/candidates", tag = "candidates",
    request_body = NewCandidate,
    responses((status = 201, description = "The candidate was added", body = Candidate)),
    security(("bearer" = []))
)]
pub async fn create_candidate(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewCandidate>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&COORDINATORS)?;
    let new = body.0;
    let candidate = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let id = http::new_id();
            let now = db::now();
            diesel::insert_into(candidates::table)
                .values((
                    candidates::id.eq(&id),
                    candidates::name.eq(new.name.trim()),
                    candidates::email.eq(blank_to_none(new.email.as_deref()).map(|e| e.to_lowercase())),
                    candidates::phone.eq(blank_to_none(new.phone.as_deref())),
                    candidates::motivation.eq(blank_to_none(new.motivation.as_deref())),
                    candidates::status.eq(CandidateStatus::Interested),
                    candidates::created_at.eq(now),
                    candidates::updated_at.eq(now),
                ))
                .execute(conn)?;
            add_note(
                conn,
                &id,
                Some(caller.account_id.to_string().as_str()),
                None,
                Some((None, CandidateStatus::Interested)),
            )?;
            load_candidate(conn, &id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/candidates/{}", candidate.id), &candidate))
}

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
    caller.require_role(&COORDINATORS)?;
    let id = http::path_id(&id, "candidate")?;
    let candidate = db::run(&state.pool, move |conn| load_candidate(conn, &id)).await?;
    Ok(http::ok_with_etag(&candidate))
}

/// Move a candidate along and/or add a note to the trail (coordinators and admins). Moves:
/// `interested` → `contacted` → `in_training` → `joined`, `contacted` → `joined`, any open status
/// → `declined`, `declined` → `interested`; others get 409 naming the allowed ones.
#[utoipa::path(
    patch, path = "/candidates/{id}", tag = "candidates",
    params(("id" = uuid::Uuid, Path, description = "Candidate id")),
    request_body(content = CandidatePatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The candidate after the change", body = Candidate)),
    security(("bearer" = []))
)]
pub async fn patch_candidate(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<CandidatePatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&COORDINATORS)?;
    let id = http::path_id(&id, "candidate")?;
    let patch = body.0;
    let candidate = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let row = load_row(conn, &id)?;
            let change = match patch.status {
                Some(to) if to != row.status() => {
                    check_move(row.status(), to)?;
                    Some((Some(row.status()), to))
                }
                _ => None,
            };
            let note = patch.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
            if change.is_none() && note.is_none() {
                return load_candidate(conn, &id);
            }
            if let Some((_, to)) = change {
                diesel::update(candidates::table.find(&id))
                    .set((candidates::status.eq(to), candidates::updated_at.eq(db::now())))
                    .execute(conn)?;
            } else {
                diesel::update(candidates::table.find(&id)).set(candidates::updated_at.eq(db::now())).execute(conn)?;
            }
            add_note(conn, &id, Some(caller.account_id.to_string().as_str()), note, change)?;
            load_candidate(conn, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&candidate))
}

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
    caller.require_role(&COORDINATORS)?;
    let id = http::path_id(&id, "candidate")?;
    let enrolment = body.0;
    let candidate = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let row = load_row(conn, &id)?;
            let to =
                if enrolment.training_id.is_some() { CandidateStatus::InTraining } else { CandidateStatus::Joined };
            if !matches!(row.status(), CandidateStatus::Interested | CandidateStatus::Contacted) {
                return Err(ApiError::conflict(
                    ProblemCode::InvalidStatusTransition,
                    format!(
                        "Only an interested or contacted candidate can be enrolled; this one is {}.",
                        row.status().as_str()
                    ),
                ));
            }
            let group_id = enrolment.group_id.to_string();
            let group: Option<(String, api_types::GroupStatus)> =
                groups::table.find(&group_id).select((groups::name, groups::status)).first(conn).optional()?;
            let Some((group_name, group_status)) = group else {
                return Err(ApiError::invalid("/groupId", "not_found", "No group with this id."));
            };
            if group_status != api_types::GroupStatus::Forming {
                return Err(ApiError::conflict(
                    ProblemCode::GroupNotForming,
                    format!("New buurtverbinders join a forming group; {group_name} is {}.", group_status.as_str()),
                ));
            }
            let person = NewPerson {
                name: row.name.clone(),
                email: row.email.clone(),
                phone: row.phone.clone(),
                postcode: enrolment.postcode.clone(),
                contact_preference: None,
            };
            let person_id = crate::features::people::create(conn, &caller, &person)?.to_string();
            let membership = NewMembership {
                person_id: http::uuid(&person_id),
                kind: MembershipKind::Resident,
                professional_role: None,
                organisation: None,
                joined_on: None,
            };
            crate::features::groups::add_member(conn, &caller, &crate::web::http::typed(&group_id), &membership)?;
            let training_id = enrolment.training_id.map(|t| t.to_string());
            if let Some(training) = &training_id {
                let (training, person) = (http::typed(training), http::typed(&person_id));
                crate::features::trainings::enrol(conn, &caller, &training, &person, "/trainingId")?;
            }
            diesel::update(candidates::table.find(&id))
                .set((
                    candidates::status.eq(to),
                    candidates::person_id.eq(&person_id),
                    candidates::group_id.eq(&group_id),
                    candidates::training_id.eq(&training_id),
                    candidates::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            add_note(conn, &id, Some(caller.account_id.to_string().as_str()), None, Some((Some(row.status()), to)))?;
            load_candidate(conn, &id)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(candidate))
}

/// Per residents' evening, oldest first: people signed up, people who came (checked in at the
/// door, or the residents reached as recorded when nobody was checked in), candidates, and how many
/// of those are in a training or joined a group (coordinators and admins).
#[utoipa::path(
    get, path = "/reports/residents-evenings", tag = "candidates",
    params(PageParams),
    responses((status = 200, description = "A page of residents' evenings", body = Page<ResidentsEveningReport>)),
    security(("bearer" = []))
)]
pub async fn residents_evenings(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    caller.require_role(&COORDINATORS)?;
    let (_, request) = http::list_query::<http::NoFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = events::table
                .filter(events::event_type.eq(EventType::ResidentsEvening))
                .select((events::id, events::title, events::starts_at, events::residents_reached))
                .order(events::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if let Some(after) = &request.after {
                query = query.filter(events::id.gt(after.clone()));
            }
            let evenings: Vec<(String, String, NaiveDateTime, Option<i32>)> = query.load(conn)?;
            let ids: Vec<String> = evenings.iter().map(|e| e.0.clone()).collect();
            let signed_up: Vec<(String, i32, Option<NaiveDateTime>)> = registrations::table
                .filter(registrations::event_id.eq_any(&ids))
                .filter(registrations::status.eq(RegistrationStatus::Confirmed))
                .select((registrations::event_id, registrations::number_of_people, registrations::checked_in_at))
                .load(conn)?;
            let statuses: Vec<(Option<String>, CandidateStatus)> = candidates::table
                .filter(candidates::event_id.eq_any(&ids))
                .select((candidates::event_id, candidates::status))
                .load(conn)?;
            Ok(evenings
                .into_iter()
                .map(|(id, title, starts_at, reached)| {
                    let mine = signed_up.iter().filter(|r| r.0 == id);
                    let registered: i64 = mine.clone().map(|r| i64::from(r.1)).sum();
                    let checked_in: i64 = mine.filter(|r| r.2.is_some()).map(|r| i64::from(r.1)).sum();
                    let came = if checked_in > 0 { checked_in } else { i64::from(reached.unwrap_or(0)) };
                    let theirs: Vec<CandidateStatus> =
                        statuses.iter().filter(|c| c.0.as_deref() == Some(id.as_str())).map(|c| c.1).collect();
                    let count = |status: CandidateStatus| theirs.iter().filter(|s| **s == status).count() as i64;
                    ResidentsEveningReport {
                        event_id: http::uuid(&id),
                        title,
                        starts_at: local(starts_at),
                        registered,
                        came,
                        interested: theirs.len() as i64,
                        in_training: count(CandidateStatus::InTraining),
                        joined: count(CandidateStatus::Joined),
                    }
                })
                .collect::<Vec<_>>())
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |r| r.event_id.to_string())))
}

crate::operations! {
    /// The operations of candidates: one list for their routes and their part of the OpenAPI document.
    pub struct CandidatesApi;
    list_candidates, create_candidate, get_candidate, patch_candidate, enrol, residents_evenings,
}
