//! Handlers of `trainings`, their participants, date options and answers, the proposed days and
//! their confirmation, with their OpenAPI annotations.

use std::collections::{HashMap, HashSet};

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    Availability, AvailabilityAnswers, AvailabilityGrid, AvailabilityRow, ConfirmDays, DateOption, DateOptionId,
    GroupId, NewDateOption, NewParticipants, NewTraining, Page, Participant, ParticipantId, PersonId, ProblemCode,
    Proposal, ProposedSet, Training, TrainingId, TrainingPatch, TrainingSession, TrainingStatus, DEFAULT_REQUIRED_DAYS,
};
use serde::Deserialize;

use super::store::{self, OptionRow};
use super::{
    access, answers_of, find, planning, rules, sessions, store_answers, to_option, to_participants, to_training,
};
use crate::access::{policy, Principal};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::{groups, people};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams};
use crate::web::state::AppState;

/// Filters of `GET /trainings`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct TrainingFilter {
    /// Only trainings with this status.
    status: Option<TrainingStatus>,
}

/// List trainings
///
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
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let rows = match (caller.sees_everything(), &caller.person_id) {
                (true, _) => store::page(conn, None, filter.status, &request)?,
                (false, Some(person)) => store::page(conn, Some(person), filter.status, &request)?,
                // Without a person the caller takes part in nothing.
                (false, None) => Vec::new(),
            };
            rows.into_iter().map(|row| to_training(conn, row)).collect::<ApiResult<Vec<_>>>()
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::page(&req, &request, items, |t| t.id.to_string())))
}

/// Create a training
///
/// Create a training (coordinators and admins). It starts in `planning`, requires 3 days and
/// covers the programme's four topics unless told otherwise.
#[utoipa::path(
    post, path = "/trainings", tag = "trainings",
    request_body = NewTraining,
    responses((status = 201, description = "The training was created", body = Training,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_training(
    state: web::Data<AppState>,
    caller: Principal,
    body: ValidJson<NewTraining>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let new = body.0;
    let topics = new.topics.as_deref().map(rules::topics).unwrap_or_else(rules::default_topics);
    let training = db::run_write(&state.pool, move |conn| {
        let id = store::insert(
            conn,
            &store::NewTrainingRow {
                title: new.title.trim(),
                trainer: new.trainer.as_deref(),
                location: new.location.as_deref(),
                description: new.description.as_deref(),
                required_days: new.required_days.unwrap_or(DEFAULT_REQUIRED_DAYS),
                topics: &topics,
                status: TrainingStatus::Planning,
            },
        )?;
        let row = find(conn, &id)?;
        to_training(conn, row)
    })
    .await?;
    Ok(http::created(format!("/api/v1/trainings/{}", training.id), &training))
}

/// Read a training
///
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
    let id: TrainingId = http::id(&id)?;
    let training = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        to_training(conn, access.row)
    })
    .await?;
    Ok(http::ok_with_etag(&training))
}

/// Change a training
///
/// Change a training (coordinators and admins; JSON merge patch). `requiredDays` only while
/// planning; status: `scheduled` → `completed`, `planning`/`scheduled` → `cancelled` (confirming
/// days makes a training `scheduled`).
#[utoipa::path(
    patch, path = "/trainings/{id}", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = TrainingPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed training", body = Training,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_training(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<TrainingPatch>,
) -> ApiResult<HttpResponse> {
    let id: TrainingId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let training = db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        let (status, required_days) = (access.row.status, access.row.required_days);
        let current = to_training(conn, access.row)?;
        if_match.check(&current)?;
        if let Some(to) = patch.status.filter(|to| *to != status) {
            rules::check_status_move(status, to)?;
        }
        rules::check_required_days(status, required_days, patch.required_days)?;
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &patch)?;
            let row = find(conn, &id)?;
            to_training(conn, row)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&training))
}

/// List a training's participants
///
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
    let id: TrainingId = http::id(&id)?;
    let participants = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        to_participants(conn, &access.row, access.manages)
    })
    .await?;
    Ok(HttpResponse::Ok().json(participants))
}

/// Add participants to a training
///
/// Add participants (coordinators and admins): one person (`personId`), or every current member
/// of a group (`groupId`) in one call. People already taking part are skipped. Answers 201 with
/// the whole list of participants.
#[utoipa::path(
    post, path = "/trainings/{id}/participants", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    request_body = NewParticipants,
    responses((status = 201, description = "The participants after the addition", body = Vec<Participant>,
         headers(("Location" = String, description = "Where the new resource is")))),
    security(("bearer" = []))
)]
pub async fn add_participants(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewParticipants>,
) -> ApiResult<HttpResponse> {
    let id: TrainingId = http::id(&id)?;
    let new = body.0;
    rules::check_new_participants(&new)?;
    let participants = db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        rules::require_open(access.row.status)?;
        let people: Vec<PersonId> = match (new.person_id.map(PersonId::from), new.group_id.map(GroupId::from)) {
            (Some(person), _) => {
                if !people::exists(conn, &person)? {
                    return Err(ApiError::invalid("/personId", "not_found", "No person with this id."));
                }
                vec![person]
            }
            (None, Some(group)) => {
                let members = groups::current_member_ids(conn, &group)?;
                if members.is_empty() {
                    return Err(ApiError::invalid(
                        "/groupId",
                        "not_found",
                        "No group with this id, or it has no current members.",
                    ));
                }
                members
            }
            (None, None) => Vec::new(),
        };
        let taking_part = store::people_taking_part(conn, &id)?;
        for person in people.iter().filter(|p| !taking_part.contains(p)) {
            store::insert_participant(conn, &id, person)?;
        }
        to_participants(conn, &access.row, true)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/api/v1/trainings/{id}/participants")))
        .json(participants))
}

/// Remove a participant
///
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
    let (id, participant): (TrainingId, ParticipantId) = http::ids(path)?;
    db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        rules::require_open(access.row.status)?;
        if !store::remove_participant(conn, &id, &participant)? {
            return Err(ApiError::NotFound("No such participant in this training.".into()));
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List a training's date options
///
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
    let id: TrainingId = http::id(&id)?;
    let options = db::run(&state.pool, move |conn| {
        access(conn, &caller, &id)?;
        let answers = store::answers(conn, &id)?;
        Ok(store::options(conn, &id)?.into_iter().map(|row| to_option(row, &answers)).collect::<Vec<_>>())
    })
    .await?;
    Ok(HttpResponse::Ok().json(options))
}

/// Propose a date
///
/// Propose a date (coordinators and admins, while planning): a day with start and end time.
/// At most 20 options per training (409 `too-many-date-options`).
#[utoipa::path(
    post, path = "/trainings/{id}/date-options", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    request_body = NewDateOption,
    responses((status = 201, description = "The date option was added", body = DateOption,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn add_date_option(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewDateOption>,
) -> ApiResult<HttpResponse> {
    let id: TrainingId = http::id(&id)?;
    let new = body.0;
    let errors = rules::check_new_option(&new, db::today());
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    let option = db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        rules::require_planning(access.row.status)?;
        rules::check_option_room(store::option_count(conn, &id)?)?;
        if store::option_proposed(conn, &id, &new)? {
            return Err(ApiError::conflict(
                ProblemCode::DuplicateDateOption,
                "This date and time is proposed already.",
            ));
        }
        let row = store::insert_option(conn, &id, &new)?;
        Ok(to_option(row, &HashMap::new()))
    })
    .await?;
    Ok(http::created(format!("/api/v1/trainings/{}/date-options/{}", option.training_id, option.id), &option))
}

/// Withdraw a date option
///
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
    let (id, option): (TrainingId, DateOptionId) = http::ids(path)?;
    db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        rules::require_planning(access.row.status)?;
        if !store::remove_option(conn, &id, &option)? {
            return Err(ApiError::NotFound("No such date option in this training.".into()));
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The answers table of a training the caller reads: participants (by name) × options.
fn grid(conn: &mut DbConnection, caller: &Principal, id: &TrainingId) -> ApiResult<AvailabilityGrid> {
    let access = access(conn, caller, id)?;
    let answers = store::answers(conn, id)?;
    let options = store::options(conn, id)?;
    let rows = to_participants(conn, &access.row, false)?
        .into_iter()
        .map(|p| AvailabilityRow {
            participant_id: p.id,
            answers: answers_of(p.id, &options, &answers),
            person_name: p.person_name,
        })
        .collect();
    Ok(AvailabilityGrid { options: options.into_iter().map(|row| to_option(row, &answers)).collect(), rows })
}

/// Read the answers table
///
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
    let id: TrainingId = http::id(&id)?;
    let grid = db::run(&state.pool, move |conn| grid(conn, &caller, &id)).await?;
    Ok(HttpResponse::Ok().json(grid))
}

/// Record a participant's answers
///
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
    let (id, participant): (TrainingId, ParticipantId) = http::ids(path)?;
    let answers = body.0;
    let grid_caller = caller.clone();
    db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        if !policy::answers_for(&caller, access.own == Some(participant)) {
            return Err(ApiError::Forbidden("You can only give your own answers.".into()));
        }
        rules::require_planning(access.row.status)?;
        if !store::is_participant(conn, &id, &participant)? {
            return Err(ApiError::NotFound("No such participant in this training.".into()));
        }
        store_answers(conn, &id, &participant, &answers)
    })
    .await?;
    // Read after the write has committed, as `GET …/availability` would.
    let grid = db::run(&state.pool, move |conn| grid(conn, &grid_caller, &id)).await?;
    Ok(HttpResponse::Ok().json(grid))
}

/// Read the proposed days
///
/// The proposed days: the sets of `requiredDays` options that the most participants can attend in
/// full, best first (see `planning`), with who cannot make it.
#[utoipa::path(
    get, path = "/trainings/{id}/proposal", tag = "trainings",
    params(("id" = uuid::Uuid, Path, description = "Training id")),
    responses((status = 200, description = "The best sets of days, best first", body = Proposal)),
    security(("bearer" = []))
)]
pub async fn proposal(state: web::Data<AppState>, caller: Principal, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id: TrainingId = http::id(&id)?;
    let proposal = db::run(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        let options = store::options(conn, &id)?;
        let answers = store::answers(conn, &id)?;
        let participants = to_participants(conn, &access.row, false)?;
        let table: Vec<Vec<Option<Availability>>> =
            participants.iter().map(|p| answers_of(p.id, &options, &answers)).collect();
        let slots: Vec<planning::Slot> = options.iter().map(|o| planning::Slot { date: o.date }).collect();
        let sets = planning::propose(&slots, &table, rules::days(access.row.required_days), 5)
            .into_iter()
            .map(|candidate| {
                let attending: HashSet<usize> = candidate.attendees.iter().copied().collect();
                ProposedSet {
                    option_ids: candidate.options.iter().map(|&i| options[i].id.uuid()).collect(),
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

/// Confirm a training's days
///
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
    let id: TrainingId = http::id(&id)?;
    let chosen = body.0;
    let sessions = db::run_write(&state.pool, move |conn| {
        let access = access(conn, &caller, &id)?;
        access.require_manager()?;
        rules::require_planning(access.row.status)?;
        let options: HashMap<DateOptionId, OptionRow> =
            store::options(conn, &id)?.into_iter().map(|o| (o.id, o)).collect();
        let dates = options.iter().map(|(option, row)| (*option, row.date)).collect();
        let chosen = rules::check_choice(&chosen.option_ids, &dates, access.row.required_days)?;
        let now = db::now();
        for option in chosen.iter().filter_map(|option| options.get(option)) {
            store::insert_session(conn, &id, (option.date, &option.start_time, &option.end_time), now)?;
        }
        store::renumber_sessions(conn, &id)?;
        store::set_status(conn, &id, TrainingStatus::Scheduled, now)?;
        sessions(conn, &id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(sessions))
}

crate::operations! {
    /// The operations of trainings, their participants and their date options: one list for their
    /// routes and their part of the OpenAPI document.
    pub struct TrainingsApi;
    list_trainings, create_training, get_training, patch_training, list_participants, add_participants,
    remove_participant, record_availability, list_date_options, add_date_option, remove_date_option,
    availability_grid, proposal, confirm,
}
