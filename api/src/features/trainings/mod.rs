//! `trainings`: three days planned with the participants — participants, date options and their
//! answers, the proposed days, the fixed sessions, attendance, completion and a calendar feed.
//! Participants without an account answer through a personal link (`invitations/{token}`).

mod calendar;
pub mod planning;
mod rules;

use std::collections::{HashMap, HashSet};

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{
    AttendanceRecord, AttendanceRegister, AttendanceStatus, AttendanceUpdate, Availability, AvailabilityAnswers,
    AvailabilityGrid, AvailabilityRow, ConfirmDays, DateOption, DateOptionId, Invitation, InvitationOption,
    NewDateOption, NewParticipants, NewTraining, Page, Participant, ParticipantId, Proposal, ProposedSet, Role,
    Training, TrainingPatch, TrainingSession, TrainingStatus, DEFAULT_REQUIRED_DAYS,
};
use diesel::prelude::*;
use serde::Deserialize;

use crate::access::Principal;
use crate::db::schema::{
    people, training_attendance, training_availability, training_date_options, training_participants,
    training_sessions, trainings,
};
use crate::db::{self, DbConnection};
use crate::error::invalid;
use crate::error::{ApiError, ApiResult};
use crate::web::body::blank_to_none;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = trainings)]
struct TrainingRow {
    id: String,
    title: String,
    trainer: Option<String>,
    location: Option<String>,
    description: Option<String>,
    required_days: i32,
    topics: String,
    status: TrainingStatus,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = training_date_options)]
struct OptionRow {
    id: String,
    training_id: String,
    date: chrono::NaiveDate,
    start_time: String,
    end_time: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = training_sessions)]
struct SessionRow {
    id: String,
    training_id: String,
    day_number: i32,
    date: chrono::NaiveDate,
    start_time: String,
    end_time: String,
}

impl From<SessionRow> for TrainingSession {
    fn from(row: SessionRow) -> Self {
        TrainingSession {
            id: http::uuid(&row.id),
            training_id: http::uuid(&row.training_id),
            day_number: row.day_number,
            date: row.date,
            start_time: row.start_time,
            end_time: row.end_time,
        }
    }
}

/// What the caller may do with one training.
struct TrainingAccess {
    row: TrainingRow,
    /// Coordinators and admins manage every training.
    manages: bool,
    /// The caller's own participation, if they take part.
    own_participant: Option<String>,
}

fn load_row(conn: &mut DbConnection, id: &str) -> ApiResult<TrainingRow> {
    trainings::table
        .find(id)
        .select(TrainingRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No training with this id.".into()))
}

/// Coordinators and admins see every training; others only trainings they take part in (403
/// otherwise, without anything of the training).
fn access(conn: &mut DbConnection, caller: &Principal, id: &str) -> ApiResult<TrainingAccess> {
    let row = load_row(conn, id)?;
    let own_participant = match &caller.person_id {
        Some(person_id) => training_participants::table
            .filter(training_participants::training_id.eq(id))
            .filter(training_participants::person_id.eq(person_id.to_string()))
            .select(training_participants::id)
            .first::<String>(conn)
            .optional()?,
        None => None,
    };
    let manages = caller.sees_everything();
    if !manages && own_participant.is_none() {
        return Err(ApiError::Forbidden("Only coordinators and the training's participants see it.".into()));
    }
    Ok(TrainingAccess { row, manages, own_participant })
}

fn require_manager(access: &TrainingAccess) -> ApiResult<()> {
    if access.manages {
        Ok(())
    } else {
        Err(ApiError::Forbidden("Only coordinators change trainings.".into()))
    }
}

/// Days present per participation, for the given participations.
fn days_present(conn: &mut DbConnection, participant_ids: &[String]) -> ApiResult<HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = training_attendance::table
        .filter(training_attendance::participant_id.eq_any(participant_ids))
        .filter(training_attendance::status.eq(AttendanceStatus::Present))
        .group_by(training_attendance::participant_id)
        .select((training_attendance::participant_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Which of these people completed a training (a port of people and groups).
pub fn completed(conn: &mut DbConnection, people: &[api_types::PersonId]) -> ApiResult<HashSet<api_types::PersonId>> {
    let ids: Vec<String> = people.iter().map(ToString::to_string).collect();
    Ok(people_who_completed(conn, &ids)?.iter().filter_map(|id| id.parse().ok()).collect())
}

/// The people among `person_ids` who completed any training (present at every required day).
pub fn people_who_completed(conn: &mut DbConnection, person_ids: &[String]) -> ApiResult<HashSet<String>> {
    let participations: Vec<(String, String, i32)> = training_participants::table
        .inner_join(trainings::table)
        .filter(training_participants::person_id.eq_any(person_ids))
        .select((training_participants::id, training_participants::person_id, trainings::required_days))
        .load(conn)?;
    let ids: Vec<String> = participations.iter().map(|p| p.0.clone()).collect();
    let present = days_present(conn, &ids)?;
    Ok(participations
        .into_iter()
        .filter(|(id, _, required)| rules::completed(present.get(id).copied().unwrap_or(0), *required))
        .map(|(_, person, _)| person)
        .collect())
}

fn to_training(conn: &mut DbConnection, row: TrainingRow) -> ApiResult<Training> {
    let participant_ids: Vec<String> = training_participants::table
        .filter(training_participants::training_id.eq(&row.id))
        .select(training_participants::id)
        .load(conn)?;
    let present = days_present(conn, &participant_ids)?;
    let completed = present.values().filter(|&&days| rules::completed(days, row.required_days)).count();
    Ok(Training {
        id: http::uuid(&row.id),
        title: row.title,
        trainer: row.trainer,
        location: row.location,
        description: row.description,
        required_days: row.required_days,
        topics: db::json_column("trainings.topics", &row.topics)?,
        status: row.status,
        participant_count: participant_ids.len() as i64,
        completed_count: completed as i64,
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    })
}

/// Filters of `GET /trainings`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct TrainingFilter {
    /// Only trainings with this status.
    status: Option<TrainingStatus>,
}

/// List trainings: every training for coordinators and admins, the ones they take part in for
/// others.
#[utoipa::path(
    get, path = "/trainings", tag = "trainings",
    params(TrainingFilter, PageParams),
    responses((status = 200, description = "A page of trainings", body = Page<Training>)),
    security(("bearer" = []))
)]
pub async fn list_trainings(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<TrainingFilter>(&req)?;
    let items = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            let mut query = trainings::table
                .select(TrainingRow::as_select())
                .order(trainings::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            if !caller.sees_everything() {
                let person = caller.person_id.map(|p| p.to_string()).unwrap_or_default();
                let mine = training_participants::table
                    .filter(training_participants::person_id.eq(person))
                    .select(training_participants::training_id);
                query = query.filter(trainings::id.eq_any(mine));
            }
            if let Some(status) = filter.status {
                query = query.filter(trainings::status.eq(status));
            }
            if let Some(after) = &request.after {
                query = query.filter(trainings::id.gt(after.clone()));
            }
            let rows: Vec<TrainingRow> = query.load(conn)?;
            rows.into_iter().map(|row| to_training(conn, row)).collect::<ApiResult<Vec<_>>>()
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |t| t.id.to_string())))
}

/// Create a training (coordinators and admins). It starts in `planning`, requires 3 days and
/// covers the programme's four topics unless told otherwise.
#[utoipa::path(
    post, path = "/trainings", tag = "trainings",
    request_body = NewTraining,
    responses((status = 201, description = "The training was created", body = Training)),
    security(("bearer" = []))
)]
pub async fn create_training(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewTraining>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin, Role::Coordinator])?;
    let new = body.0;
    let topics = new.topics.as_deref().map(rules::topics).unwrap_or_else(rules::default_topics);
    let training = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let id = http::new_id();
            let now = db::now();
            diesel::insert_into(trainings::table)
                .values((
                    trainings::id.eq(&id),
                    trainings::title.eq(new.title.trim()),
                    trainings::trainer.eq(blank_to_none(new.trainer.as_deref())),
                    trainings::location.eq(blank_to_none(new.location.as_deref())),
                    trainings::description.eq(blank_to_none(new.description.as_deref())),
                    trainings::required_days.eq(new.required_days.unwrap_or(DEFAULT_REQUIRED_DAYS)),
                    trainings::topics.eq(serde_json::to_string(&topics).unwrap_or_else(|_| "[]".into())),
                    trainings::status.eq(TrainingStatus::Planning),
                    trainings::created_at.eq(now),
                    trainings::updated_at.eq(now),
                ))
                .execute(conn)?;
            let row = load_row(conn, &id)?;
            to_training(conn, row)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/trainings/{}", training.id), &training))
}

/// Read a training (coordinators, admins and its participants).
#[utoipa::path(
    get, path = "/trainings/{id}", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "The training", body = Training)),
    security(("bearer" = []))
)]
pub async fn get_training(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let training = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        to_training(conn, access.row)
    })
    .await?;
    Ok(http::ok_with_etag(&training))
}

/// Change a training (coordinators and admins; JSON merge patch). `requiredDays` only while
/// planning; status: `scheduled` → `completed`, `planning`/`scheduled` → `cancelled` (confirming
/// days makes a training `scheduled`).
#[utoipa::path(
    patch, path = "/trainings/{id}", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = TrainingPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed training", body = Training)),
    security(("bearer" = []))
)]
pub async fn patch_training(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<TrainingPatch>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let training = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            let status = access.row.status;
            let current = to_training(conn, access.row.clone())?;
            if_match.check(&current)?;
            if let Some(to) = patch.status.filter(|to| *to != status) {
                rules::check_status_move(status, to)?;
            }
            rules::check_required_days(status, access.row.required_days, patch.required_days)?;
            diesel::update(trainings::table.find(&id))
                .set((
                    patch.title.as_deref().map(|t| trainings::title.eq(t.trim().to_string())),
                    patch.trainer.clone().map(|t| trainings::trainer.eq(blank_to_none(t.as_deref()))),
                    patch.location.clone().map(|l| trainings::location.eq(blank_to_none(l.as_deref()))),
                    patch.description.clone().map(|d| trainings::description.eq(blank_to_none(d.as_deref()))),
                    patch.required_days.map(|d| trainings::required_days.eq(d)),
                    patch.topics.as_ref().map(|t| {
                        let trimmed: Vec<&str> = t.iter().map(|s| s.trim()).collect();
                        trainings::topics.eq(serde_json::to_string(&trimmed).unwrap_or_else(|_| "[]".into()))
                    }),
                    patch.status.map(|s| trainings::status.eq(s)),
                    trainings::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            let row = load_row(conn, &id)?;
            to_training(conn, row)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&training))
}

fn load_participants(
    conn: &mut DbConnection,
    training_id: &str,
    required_days: i32,
    show_tokens: bool,
) -> ApiResult<Vec<Participant>> {
    let rows: Vec<(String, String, String, chrono::NaiveDateTime, String)> = training_participants::table
        .inner_join(people::table)
        .filter(training_participants::training_id.eq(training_id))
        .select((
            training_participants::id,
            training_participants::person_id,
            training_participants::answer_token,
            training_participants::created_at,
            people::name,
        ))
        .order(people::name.asc())
        .load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let present = days_present(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|(id, person_id, token, created_at, name)| {
            let days = present.get(&id).copied().unwrap_or(0);
            Participant {
                id: http::uuid(&id),
                training_id: http::uuid(training_id),
                person_id: http::uuid(&person_id),
                person_name: name,
                answer_token: show_tokens.then_some(token),
                days_present: days,
                completed: rules::completed(days, required_days),
                created_at: http::utc(created_at),
            }
        })
        .collect())
}

/// List a training's participants, by name, with their attendance so far. Coordinators and
/// admins also see each participant's personal answer token.
#[utoipa::path(
    get, path = "/trainings/{id}/participants", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "The participants", body = Vec<Participant>)),
    security(("bearer" = []))
)]
pub async fn list_participants(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let participants = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        load_participants(conn, &id, access.row.required_days, access.manages)
    })
    .await?;
    Ok(HttpResponse::Ok().json(participants))
}

/// Add participants (coordinators and admins): one person (`personId`), or every current member
/// of a group (`groupId`) in one call. People already taking part are skipped. Answers 201 with
/// the whole list of participants.
#[utoipa::path(
    post, path = "/trainings/{id}/participants", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    request_body = NewParticipants,
    responses((status = 201, description = "The participants after the addition", body = Vec<Participant>)),
    security(("bearer" = []))
)]
pub async fn add_participants(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewParticipants>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let new = body.0;
    rules::check_new_participants(&new)?;
    let training_id = id.clone();
    let participants = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            rules::require_open(access.row.status)?;
            let person_ids: Vec<String> = match (new.person_id, new.group_id) {
                (Some(person), _) => {
                    let exists: i64 =
                        people::table.filter(people::id.eq(person.to_string())).count().get_result(conn)?;
                    if exists == 0 {
                        return Err(ApiError::InvalidInput(vec![invalid(
                            "/personId",
                            "not_found",
                            "No person with this id.",
                        )]));
                    }
                    vec![person.to_string()]
                }
                (None, Some(group)) => {
                    let members: Vec<String> = crate::features::groups::current_member_ids(conn, &group.into())?
                        .iter()
                        .map(ToString::to_string)
                        .collect();
                    if members.is_empty() {
                        return Err(ApiError::InvalidInput(vec![invalid(
                            "/groupId",
                            "not_found",
                            "No group with this id, or it has no current members.",
                        )]));
                    }
                    members
                }
                (None, None) => Vec::new(),
            };
            let existing: HashSet<String> = training_participants::table
                .filter(training_participants::training_id.eq(&id))
                .select(training_participants::person_id)
                .load::<String>(conn)?
                .into_iter()
                .collect();
            for person in person_ids.iter().filter(|p| !existing.contains(*p)) {
                insert_participant(conn, &id, person)?;
            }
            load_participants(conn, &id, access.row.required_days, true)
        })
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/api/v1/trainings/{training_id}/participants")))
        .json(participants))
}

fn insert_participant(conn: &mut DbConnection, training_id: &str, person_id: &str) -> ApiResult<()> {
    diesel::insert_into(training_participants::table)
        .values((
            training_participants::id.eq(http::new_id()),
            training_participants::training_id.eq(training_id),
            training_participants::person_id.eq(person_id),
            training_participants::answer_token.eq(crate::access::tokens::new_link_token()),
            training_participants::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Adds one person to a training within the caller's transaction (coordinators and admins; the
/// training still planning or scheduled). Used by a candidate's enrolment; `pointer` names the
/// training field of that request in a 400 for an unknown training.
pub fn enrol_participant(
    conn: &mut DbConnection,
    caller: &Principal,
    training_id: &str,
    person_id: &str,
    pointer: &str,
) -> ApiResult<()> {
    let row = match load_row(conn, training_id) {
        Err(ApiError::NotFound(_)) => {
            return Err(ApiError::InvalidInput(vec![invalid(pointer, "not_found", "No training with this id.")]))
        }
        other => other?,
    };
    if !caller.sees_everything() {
        return Err(ApiError::Forbidden("Only coordinators change trainings.".into()));
    }
    rules::require_open(row.status)?;
    insert_participant(conn, training_id, person_id)
}

/// Remove a participant (coordinators and admins). Their answers and attendance go with them,
/// and their personal link stops working.
#[utoipa::path(
    delete, path = "/trainings/{id}/participants/{participantId}", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("participantId" = uuid::Uuid, Path, description = "Participation id")),
    responses((status = 204, description = "Removed")),
    security(("bearer" = []))
)]
pub async fn remove_participant(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&path.0, "training")?;
    let participant = http::path_id(&path.1, "participant")?;
    db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            rules::require_open(access.row.status)?;
            // Children first: SQLite only cascades with foreign keys on, so do not rely on it.
            diesel::delete(training_availability::table.filter(training_availability::participant_id.eq(&participant)))
                .execute(conn)?;
            diesel::delete(training_attendance::table.filter(training_attendance::participant_id.eq(&participant)))
                .execute(conn)?;
            let deleted = diesel::delete(
                training_participants::table
                    .filter(training_participants::id.eq(&participant))
                    .filter(training_participants::training_id.eq(&id)),
            )
            .execute(conn)?;
            if deleted == 0 {
                return Err(ApiError::NotFound("No such participant in this training.".into()));
            }
            Ok(())
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn load_options(conn: &mut DbConnection, training_id: &str) -> ApiResult<Vec<OptionRow>> {
    Ok(training_date_options::table
        .filter(training_date_options::training_id.eq(training_id))
        .select(OptionRow::as_select())
        .order((
            training_date_options::date.asc(),
            training_date_options::start_time.asc(),
            training_date_options::id.asc(),
        ))
        .load(conn)?)
}

/// Every answer of a training: (participant id, option id) → answer.
fn load_answers(conn: &mut DbConnection, training_id: &str) -> ApiResult<HashMap<(String, String), Availability>> {
    let rows: Vec<(String, String, Availability)> = training_availability::table
        .inner_join(training_participants::table)
        .filter(training_participants::training_id.eq(training_id))
        .select((
            training_availability::participant_id,
            training_availability::option_id,
            training_availability::answer,
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(|(p, o, a)| ((p, o), a)).collect())
}

fn to_options(options: Vec<OptionRow>, answers: &HashMap<(String, String), Availability>) -> Vec<DateOption> {
    options
        .into_iter()
        .map(|row| {
            let tally = |wanted: Availability| {
                answers.iter().filter(|((_, o), a)| *o == row.id && **a == wanted).count() as i64
            };
            DateOption {
                id: http::uuid(&row.id),
                training_id: http::uuid(&row.training_id),
                date: row.date,
                yes: tally(Availability::Yes),
                if_need_be: tally(Availability::IfNeedBe),
                no: tally(Availability::No),
                start_time: row.start_time,
                end_time: row.end_time,
            }
        })
        .collect()
}

/// List the date options with how many answered yes, if need be and no.
#[utoipa::path(
    get, path = "/trainings/{id}/date-options", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "The date options, by date", body = Vec<DateOption>)),
    security(("bearer" = []))
)]
pub async fn list_date_options(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let options = db::run(&state.pool, move |conn| {
        access(conn, &caller, &id)?;
        let answers = load_answers(conn, &id)?;
        Ok(to_options(load_options(conn, &id)?, &answers))
    })
    .await?;
    Ok(HttpResponse::Ok().json(options))
}

/// Propose a date (coordinators and admins, while planning): a day with start and end time.
/// At most 20 options per training (409 `too-many-date-options`).
#[utoipa::path(
    post, path = "/trainings/{id}/date-options", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    request_body = NewDateOption,
    responses((status = 201, description = "The date option was added", body = DateOption)),
    security(("bearer" = []))
)]
pub async fn add_date_option(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewDateOption>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let new = body.0;
    let errors = rules::check_new_option(&new, db::today());
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    let option = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            rules::require_planning(access.row.status)?;
            let existing: i64 = training_date_options::table
                .filter(training_date_options::training_id.eq(&id))
                .count()
                .get_result(conn)?;
            rules::check_option_room(existing)?;
            let same: i64 = training_date_options::table
                .filter(training_date_options::training_id.eq(&id))
                .filter(training_date_options::date.eq(new.date))
                .filter(training_date_options::start_time.eq(&new.start_time))
                .filter(training_date_options::end_time.eq(&new.end_time))
                .count()
                .get_result(conn)?;
            if same > 0 {
                return Err(ApiError::conflict(
                    ProblemCode::DuplicateDateOption,
                    "This date and time is proposed already.",
                ));
            }
            let option_id = http::new_id();
            diesel::insert_into(training_date_options::table)
                .values((
                    training_date_options::id.eq(&option_id),
                    training_date_options::training_id.eq(&id),
                    training_date_options::date.eq(new.date),
                    training_date_options::start_time.eq(&new.start_time),
                    training_date_options::end_time.eq(&new.end_time),
                    training_date_options::created_at.eq(db::now()),
                ))
                .execute(conn)?;
            let row = training_date_options::table.find(&option_id).select(OptionRow::as_select()).first(conn)?;
            Ok(to_options(vec![row], &HashMap::new()).remove(0))
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/trainings/{}/date-options/{}", option.training_id, option.id), &option))
}

/// Withdraw a date option (coordinators and admins, while planning); its answers go with it.
#[utoipa::path(
    delete, path = "/trainings/{id}/date-options/{optionId}", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("optionId" = uuid::Uuid, Path, description = "Date option id")),
    responses((status = 204, description = "Withdrawn")),
    security(("bearer" = []))
)]
pub async fn remove_date_option(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&path.0, "training")?;
    let option = http::path_id(&path.1, "date option")?;
    db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            rules::require_planning(access.row.status)?;
            diesel::delete(training_availability::table.filter(training_availability::option_id.eq(&option)))
                .execute(conn)?;
            let deleted = diesel::delete(
                training_date_options::table
                    .filter(training_date_options::id.eq(&option))
                    .filter(training_date_options::training_id.eq(&id)),
            )
            .execute(conn)?;
            if deleted == 0 {
                return Err(ApiError::NotFound("No such date option in this training.".into()));
            }
            Ok(())
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The answers table: participants × options (coordinators, admins and the training's
/// participants; the planning is done together).
#[utoipa::path(
    get, path = "/trainings/{id}/availability", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "Every participant's answer per option", body = AvailabilityGrid)),
    security(("bearer" = []))
)]
pub async fn availability_grid(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let grid = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        let answers = load_answers(conn, &id)?;
        let options = load_options(conn, &id)?;
        let participants = load_participants(conn, &id, access.row.required_days, false)?;
        let rows = participants
            .iter()
            .map(|p| AvailabilityRow {
                participant_id: p.id,
                person_name: p.person_name.clone(),
                answers: options.iter().map(|o| answers.get(&(p.id.to_string(), o.id.clone())).copied()).collect(),
            })
            .collect();
        Ok(AvailabilityGrid { options: to_options(options, &answers), rows })
    })
    .await?;
    Ok(HttpResponse::Ok().json(grid))
}

/// Stores answers of one participation, after checking every option belongs to the training.
fn store_answers(
    conn: &mut DbConnection,
    training_id: &str,
    participant_id: &str,
    answers: &AvailabilityAnswers,
) -> ApiResult<()> {
    let options: HashSet<DateOptionId> = training_date_options::table
        .filter(training_date_options::training_id.eq(training_id))
        .select(training_date_options::id)
        .load::<String>(conn)?
        .iter()
        .map(|id| http::typed(id))
        .collect();
    let errors = rules::check_answers(&answers.answers, &options);
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    let now = db::now();
    for answer in &answers.answers {
        let option_id = answer.option_id.to_string();
        diesel::delete(
            training_availability::table
                .filter(training_availability::participant_id.eq(participant_id))
                .filter(training_availability::option_id.eq(&option_id)),
        )
        .execute(conn)?;
        diesel::insert_into(training_availability::table)
            .values((
                training_availability::participant_id.eq(participant_id),
                training_availability::option_id.eq(&option_id),
                training_availability::answer.eq(answer.answer),
                training_availability::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Record a participant's answers: coordinators and admins for anyone (someone told them in
/// person or by phone), a participant with an account for themself. Only while planning.
#[utoipa::path(
    put, path = "/trainings/{id}/participants/{participantId}/availability", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("participantId" = uuid::Uuid, Path, description = "Participation id")),
    request_body = AvailabilityAnswers,
    responses((status = 200, description = "The answers table after the change", body = AvailabilityGrid)),
    security(("bearer" = []))
)]
pub async fn record_availability(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<AvailabilityAnswers>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&path.0, "training")?;
    let participant = http::path_id(&path.1, "participant")?;
    let answers = body.0;
    let grid_caller = caller.clone();
    let training_id = id.clone();
    db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            if !access.manages && access.own_participant.as_deref() != Some(participant.as_str()) {
                return Err(ApiError::Forbidden("You can only give your own answers.".into()));
            }
            rules::require_planning(access.row.status)?;
            let exists: i64 = training_participants::table
                .filter(training_participants::id.eq(&participant))
                .filter(training_participants::training_id.eq(&id))
                .count()
                .get_result(conn)?;
            if exists == 0 {
                return Err(ApiError::NotFound("No such participant in this training.".into()));
            }
            store_answers(conn, &id, &participant, &answers)
        })
    })
    .await?;
    availability_grid(state, grid_caller, web::Path::from(training_id)).await
}

/// The proposed days: the sets of `requiredDays` options that the most participants can attend in
/// full, best first (see `planning`), with who cannot make it.
#[utoipa::path(
    get, path = "/trainings/{id}/proposal", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "The best sets of days, best first", body = Proposal)),
    security(("bearer" = []))
)]
pub async fn proposal(state: web::Data<AppState>, caller: Principal, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let proposal = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        let options = load_options(conn, &id)?;
        let answers = load_answers(conn, &id)?;
        let participants = load_participants(conn, &id, access.row.required_days, false)?;
        let table: Vec<Vec<Option<Availability>>> = participants
            .iter()
            .map(|p| options.iter().map(|o| answers.get(&(p.id.to_string(), o.id.clone())).copied()).collect())
            .collect();
        let slots: Vec<planning::Slot> = options.iter().map(|o| planning::Slot { date: o.date }).collect();
        let sets = planning::propose(&slots, &table, rules::days(access.row.required_days), 5)
            .into_iter()
            .map(|candidate| {
                let attending: HashSet<usize> = candidate.attendees.iter().copied().collect();
                ProposedSet {
                    option_ids: candidate.options.iter().map(|&i| http::uuid(&options[i].id)).collect(),
                    dates: candidate.options.iter().map(|&i| options[i].date).collect(),
                    attendees: candidate.attendees.len() as i64,
                    if_need_be_answers: candidate.if_need_be as i64,
                    cannot_attend: participants
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !attending.contains(i))
                        .map(|(_, p)| p.person_name.clone())
                        .collect(),
                }
            })
            .collect();
        Ok(Proposal { required_days: access.row.required_days, sets })
    })
    .await?;
    Ok(HttpResponse::Ok().json(proposal))
}

fn load_sessions(conn: &mut DbConnection, training_id: &str) -> ApiResult<Vec<TrainingSession>> {
    Ok(training_sessions::table
        .filter(training_sessions::training_id.eq(training_id))
        .select(SessionRow::as_select())
        .order(training_sessions::day_number.asc())
        .load::<SessionRow>(conn)?
        .into_iter()
        .map(TrainingSession::from)
        .collect())
}

/// Numbers the sessions 1, 2, … in date order.
fn renumber_sessions(conn: &mut DbConnection, training_id: &str) -> ApiResult<()> {
    let ids: Vec<String> = training_sessions::table
        .filter(training_sessions::training_id.eq(training_id))
        .order((training_sessions::date.asc(), training_sessions::start_time.asc()))
        .select(training_sessions::id)
        .load(conn)?;
    for (i, id) in ids.iter().enumerate() {
        diesel::update(training_sessions::table.find(id))
            .set(training_sessions::day_number.eq(i as i32 + 1))
            .execute(conn)?;
    }
    Ok(())
}

/// Confirm the days (coordinators and admins, while planning): exactly `requiredDays` options of
/// this training on distinct days become the sessions, and the training becomes `scheduled`.
#[utoipa::path(
    post, path = "/trainings/{id}/confirm", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    request_body = ConfirmDays,
    responses((status = 200, description = "The fixed sessions", body = Vec<TrainingSession>)),
    security(("bearer" = []))
)]
pub async fn confirm(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<ConfirmDays>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let chosen = body.0;
    let sessions = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            rules::require_planning(access.row.status)?;
            let options: HashMap<String, OptionRow> =
                load_options(conn, &id)?.into_iter().map(|o| (o.id.clone(), o)).collect();
            let dates: HashMap<DateOptionId, chrono::NaiveDate> =
                options.values().map(|o| (http::typed(&o.id), o.date)).collect();
            let chosen = rules::check_choice(&chosen.option_ids, &dates, access.row.required_days)?;
            let now = db::now();
            for option in chosen.iter().filter_map(|id| options.get(&id.to_string())) {
                diesel::insert_into(training_sessions::table)
                    .values((
                        training_sessions::id.eq(http::new_id()),
                        training_sessions::training_id.eq(&id),
                        training_sessions::day_number.eq(0),
                        training_sessions::date.eq(option.date),
                        training_sessions::start_time.eq(&option.start_time),
                        training_sessions::end_time.eq(&option.end_time),
                        training_sessions::created_at.eq(now),
                        training_sessions::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            renumber_sessions(conn, &id)?;
            diesel::update(trainings::table.find(&id))
                .set((trainings::status.eq(TrainingStatus::Scheduled), trainings::updated_at.eq(now)))
                .execute(conn)?;
            load_sessions(conn, &id)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(sessions))
}

/// The fixed days of a training, in order.
#[utoipa::path(
    get, path = "/trainings/{id}/sessions", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "The sessions", body = Vec<TrainingSession>)),
    security(("bearer" = []))
)]
pub async fn list_sessions(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let sessions = db::run(&state.pool, move |conn| {
        access(conn, &caller, &id)?;
        load_sessions(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(sessions))
}

/// Move a confirmed day (coordinators and admins). The participants' answers on the original
/// options are kept.
#[utoipa::path(
    patch, path = "/trainings/{id}/sessions/{sessionId}", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("sessionId" = uuid::Uuid, Path, description = "Session id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the session this move is based on")),
    request_body(content = NewDateOption, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The sessions after the move", body = Vec<TrainingSession>)),
    security(("bearer" = []))
)]
pub async fn move_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<NewDateOption>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&path.0, "training")?;
    let session = http::path_id(&path.1, "session")?;
    let if_match = IfMatch::from_request(&req);
    let slot = body.0;
    let errors = rules::check_slot(&slot);
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    let sessions = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            let current: TrainingSession = training_sessions::table
                .filter(training_sessions::id.eq(&session))
                .filter(training_sessions::training_id.eq(&id))
                .select(SessionRow::as_select())
                .first::<SessionRow>(conn)
                .optional()?
                .ok_or_else(|| ApiError::NotFound("No such session in this training.".into()))?
                .into();
            rules::require_scheduled(access.row.status)?;
            if_match.check(&current)?;
            let clash: i64 = training_sessions::table
                .filter(training_sessions::training_id.eq(&id))
                .filter(training_sessions::id.ne(&session))
                .filter(training_sessions::date.eq(slot.date))
                .count()
                .get_result(conn)?;
            if clash > 0 {
                return Err(ApiError::InvalidInput(vec![invalid(
                    "/date",
                    "invalid_value",
                    "Another day of this training is on that date.",
                )]));
            }
            let updated = diesel::update(
                training_sessions::table
                    .filter(training_sessions::id.eq(&session))
                    .filter(training_sessions::training_id.eq(&id)),
            )
            .set((
                training_sessions::date.eq(slot.date),
                training_sessions::start_time.eq(&slot.start_time),
                training_sessions::end_time.eq(&slot.end_time),
                training_sessions::updated_at.eq(db::now()),
            ))
            .execute(conn)?;
            if updated == 0 {
                return Err(ApiError::NotFound("No such session in this training.".into()));
            }
            renumber_sessions(conn, &id)?;
            load_sessions(conn, &id)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(sessions))
}

fn register(
    conn: &mut DbConnection,
    training_id: &str,
    session_id: &str,
    required_days: i32,
) -> ApiResult<AttendanceRegister> {
    let session: TrainingSession = training_sessions::table
        .filter(training_sessions::id.eq(session_id))
        .filter(training_sessions::training_id.eq(training_id))
        .select(SessionRow::as_select())
        .first::<SessionRow>(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No such session in this training.".into()))?
        .into();
    let statuses: HashMap<String, AttendanceStatus> = training_attendance::table
        .filter(training_attendance::session_id.eq(session_id))
        .select((training_attendance::participant_id, training_attendance::status))
        .load::<(String, AttendanceStatus)>(conn)?
        .into_iter()
        .collect();
    let records = load_participants(conn, training_id, required_days, false)?
        .into_iter()
        .map(|p| AttendanceRecord {
            participant_id: p.id,
            status: statuses.get(&p.id.to_string()).copied(),
            person_name: Some(p.person_name),
        })
        .collect();
    Ok(AttendanceRegister { session, records })
}

/// A session's attendance register: every participant, by name, with their attendance.
#[utoipa::path(
    get, path = "/trainings/{id}/sessions/{sessionId}/attendance", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("sessionId" = uuid::Uuid, Path, description = "Session id")),
    responses((status = 200, description = "The register", body = AttendanceRegister)),
    security(("bearer" = []))
)]
pub async fn get_attendance(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&path.0, "training")?;
    let session = http::path_id(&path.1, "session")?;
    let register = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        if !access.manages {
            return Err(ApiError::Forbidden("Only coordinators see the attendance register.".into()));
        }
        register(conn, &id, &session, access.row.required_days)
    })
    .await?;
    Ok(HttpResponse::Ok().json(register))
}

/// Record attendance at a session (coordinators and admins): `present`, `absent` or `excused`
/// per participant named; others stay as they were.
#[utoipa::path(
    put, path = "/trainings/{id}/sessions/{sessionId}/attendance", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"), ("sessionId" = uuid::Uuid, Path, description = "Session id")),
    request_body = AttendanceUpdate,
    responses((status = 200, description = "The register after the change", body = AttendanceRegister)),
    security(("bearer" = []))
)]
pub async fn record_attendance(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<AttendanceUpdate>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&path.0, "training")?;
    let session = http::path_id(&path.1, "session")?;
    let update = body.0;
    let register = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let access = access(conn, &caller, &id)?;
            require_manager(&access)?;
            rules::require_scheduled(access.row.status)?;
            register(conn, &id, &session, access.row.required_days)?;
            let participants: HashSet<ParticipantId> = training_participants::table
                .filter(training_participants::training_id.eq(&id))
                .select(training_participants::id)
                .load::<String>(conn)?
                .iter()
                .map(|id| http::typed(id))
                .collect();
            let errors = rules::check_attendance(&update.records, &participants);
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            let now = db::now();
            for record in &update.records {
                let participant = record.participant_id.to_string();
                diesel::delete(
                    training_attendance::table
                        .filter(training_attendance::session_id.eq(&session))
                        .filter(training_attendance::participant_id.eq(&participant)),
                )
                .execute(conn)?;
                diesel::insert_into(training_attendance::table)
                    .values((
                        training_attendance::session_id.eq(&session),
                        training_attendance::participant_id.eq(&participant),
                        training_attendance::status.eq(record.status),
                        training_attendance::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            register(conn, &id, &session, access.row.required_days)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(register))
}

/// The training's feed: its sessions as an iCalendar document.
fn feed(row: &TrainingRow, sessions: &[TrainingSession]) -> String {
    let feed = calendar::Feed {
        title: &row.title,
        location: row.location.as_deref(),
        status: row.status,
        changed_at: row.updated_at,
    };
    calendar::render(&feed, sessions)
}

/// The training's days as an iCalendar feed (`text/calendar`).
#[utoipa::path(
    get, path = "/trainings/{id}/calendar", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String)),
    security(("bearer" = []))
)]
pub async fn training_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "training")?;
    let body = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        let sessions = load_sessions(conn, &id)?;
        Ok(feed(&access.row, &sessions))
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Private))
}

/// Finds the participation behind a personal link; 404 for an unknown (or removed) token.
fn by_token(conn: &mut DbConnection, token: &str) -> ApiResult<(String, String, String)> {
    training_participants::table
        .inner_join(people::table)
        .filter(training_participants::answer_token.eq(token))
        .select((training_participants::id, training_participants::training_id, people::name))
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("This link is not (or no longer) valid.".into()))
}

fn invitation(conn: &mut DbConnection, token: &str) -> ApiResult<Invitation> {
    let (participant, training_id, name) = by_token(conn, token)?;
    let row = load_row(conn, &training_id)?;
    let answers = load_answers(conn, &training_id)?;
    let options = load_options(conn, &training_id)?
        .into_iter()
        .map(|o| InvitationOption {
            option_id: http::uuid(&o.id),
            answer: answers.get(&(participant.clone(), o.id.clone())).copied(),
            date: o.date,
            start_time: o.start_time,
            end_time: o.end_time,
        })
        .collect();
    Ok(Invitation {
        greeting_name: rules::greeting(&name),
        training_title: row.title.clone(),
        location: row.location.clone(),
        required_days: row.required_days,
        status: row.status,
        options,
        sessions: load_sessions(conn, &training_id)?,
    })
}

/// A participant's personal page, without log-in: the training, its date options with only this
/// participant's own answers, and the fixed days once scheduled.
#[utoipa::path(
    get, path = "/invitations/{token}", tag = "trainings",
    params(("token" = String, Path, description = "The participant's personal token")),
    responses((status = 200, description = "The invitation", body = Invitation)),
)]
pub async fn get_invitation(state: web::Data<AppState>, token: web::Path<String>) -> ApiResult<HttpResponse> {
    let token = token.into_inner();
    let invitation = db::run(&state.pool, move |conn| invitation(conn, &token)).await?;
    Ok(HttpResponse::Ok().json(invitation))
}

/// Answer through the personal link, without log-in (while planning). Rate-limited per client
/// address.
#[utoipa::path(
    put, path = "/invitations/{token}/availability", tag = "trainings",
    params(("token" = String, Path, description = "The participant's personal token")),
    request_body = AvailabilityAnswers,
    responses((status = 200, description = "The invitation with the answers stored", body = Invitation)),
)]
pub async fn answer_invitation(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
    body: ValidJson<AvailabilityAnswers>,
) -> ApiResult<HttpResponse> {
    state.check_public_write(&req)?;
    let token = token.into_inner();
    let answers = body.0;
    let invitation = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            let (participant, training_id, _) = by_token(conn, &token)?;
            rules::require_planning(load_row(conn, &training_id)?.status)?;
            store_answers(conn, &training_id, &participant, &answers)?;
            invitation(conn, &token)
        })
    })
    .await?;
    Ok(HttpResponse::Ok().json(invitation))
}

/// The training's days as an iCalendar feed through the personal link, for calendar apps that
/// cannot log in.
#[utoipa::path(
    get, path = "/invitations/{token}/calendar", tag = "trainings",
    params(("token" = String, Path, description = "The participant's personal token")),
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar", body = String)),
)]
pub async fn invitation_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let token = token.into_inner();
    let body = db::run(&state.pool, move |conn| {
        let (_, training_id, _) = by_token(conn, &token)?;
        let row = load_row(conn, &training_id)?;
        let sessions = load_sessions(conn, &training_id)?;
        Ok(feed(&row, &sessions))
    })
    .await?;
    Ok(http::calendar_response(&req, body, http::FeedCaching::Private))
}

crate::operations! {
    /// The operations of trainings: one list for their routes and their part of the OpenAPI document.
    pub struct TrainingsApi;
    list_trainings, create_training, get_training, patch_training, list_participants, add_participants, remove_participant, record_availability, list_date_options, add_date_option, remove_date_option, availability_grid, proposal, confirm, list_sessions, move_session, get_attendance, record_attendance, training_calendar, get_invitation, answer_invitation, invitation_calendar,
}
