//! Talking to the API: one generic request function that attaches the access token, renews it
//! once when it has expired, and turns error responses (RFC 9457 problem details) into
//! [`ApiError`]; then one thin function per endpoint.
//!
//! The access token lives only in memory. After a reload the session comes back through
//! `POST /auth/refresh`, which reads the HttpOnly refresh cookie the server set at log-in.

use std::cell::RefCell;

use api_types::{
    AttendanceRegister, AttendanceUpdate, AvailabilityAnswers, AvailabilityGrid, Candidate, CandidatePatch,
    CompositionRule, ConfirmDays, DateOption, Enrolment, Event, EventPatch, EventType, FaqItem, FaqItemPatch, Group,
    GroupPatch, GroupStatus, InvalidParam, Invitation, LoginRequest, Me, Membership, MembershipPatch, Neighbourhood,
    NewCandidate, NewDateOption, NewEvent, NewFaqItem, NewGroup, NewMembership, NewOrganisation, NewParticipants,
    NewPerson, NewQuestion, NewReferral, NewRegistration, NewTraining, Occurrence, OccurrenceList, OccurrencePatch,
    Organisation, OrganisationKind, OrganisationPatch, Page, Participant, Person, Problem, Proposal, PublicEvent,
    PublicGroup, PublicQuestion, Question, QuestionHistoryEntry, QuestionPatch, QuestionStatus, QuestionTracking,
    Referral, ReferralPatch, Registration, RegistrationPatch, RegistrationReceipt, ResidentsEveningReport,
    TokenResponse, Topic, Training, TrainingPatch, TrainingSession, TrainingStatus, API_BASE, PROBLEM_JSON,
};
use chrono::NaiveDate;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;
use web_sys::RequestCredentials;
use yew::Callback;

/// Media type of a JSON merge patch (RFC 7396), the body of every `PATCH`.
pub const MERGE_PATCH_JSON: &str = "application/merge-patch+json";

/// A refresh in flight, shared by every caller that needs a new token at the same time.
type SharedRefresh = Shared<LocalBoxFuture<'static, Result<TokenResponse, ApiError>>>;

thread_local! {
    static ACCESS_TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
    static ON_SESSION_LOST: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
    static REFRESHING: RefCell<Option<SharedRefresh>> = const { RefCell::new(None) };
}

/// Keeps (or forgets) the access token that requests carry as `Authorization: Bearer …`.
pub fn set_access_token(token: Option<String>) {
    ACCESS_TOKEN.with(|t| *t.borrow_mut() = token);
}

fn access_token() -> Option<String> {
    ACCESS_TOKEN.with(|t| t.borrow().clone())
}

/// Called when the session cannot be renewed any more (the refresh token expired or was revoked).
pub fn set_on_session_lost(callback: Option<Callback<()>>) {
    ON_SESSION_LOST.with(|c| *c.borrow_mut() = callback);
}

/// Why a request failed.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The API answered with problem details.
    Problem(Problem),
    /// The API answered with an error status but no problem details.
    Status(u16),
    /// The API could not be reached.
    Network,
    /// The answer could not be read.
    Decode,
}

impl ApiError {
    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Problem(problem) => Some(problem.status),
            ApiError::Status(status) => Some(*status),
            ApiError::Network | ApiError::Decode => None,
        }
    }

    /// The problem details, when the API sent them.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Problem(problem) => Some(problem),
            _ => None,
        }
    }

    /// The stable code of the problem: the last segment of its `type`, e.g. `max-members`.
    pub fn code(&self) -> Option<&str> {
        self.problem().and_then(|p| p.type_.rsplit('/').next())
    }

    /// Every invalid input the problem lists.
    pub fn field_errors(&self) -> &[InvalidParam] {
        self.problem().map(|p| p.errors.as_slice()).unwrap_or_default()
    }

    /// The invalid input at a JSON pointer such as `/professionalRole`.
    pub fn field_error(&self, pointer: &str) -> Option<&InvalidParam> {
        self.field_errors().iter().find(|e| e.pointer == pointer)
    }

    /// The composition rules a 409 names.
    pub fn unmet_rules(&self) -> &[CompositionRule] {
        self.problem().map(|p| p.unmet_rules.as_slice()).unwrap_or_default()
    }
}

/// A successful answer with its `ETag`, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply<T> {
    /// The representation.
    pub value: T,
    /// The `ETag` header, to send back as `If-Match` on a change.
    pub etag: Option<String>,
}

/// A request to the API, built by the endpoint functions below.
#[derive(Debug, Clone)]
pub struct ApiRequest {
    method: Method,
    url: String,
    body: Option<(String, &'static str)>,
    if_match: Option<String>,
    accept: Option<&'static str>,
    authenticated: bool,
}

impl ApiRequest {
    /// A request with the bearer token to `url` (a path starting with `/api/v1`).
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        ApiRequest { method, url: url.into(), body: None, if_match: None, accept: None, authenticated: true }
    }

    /// Sends `body` as JSON of the given media type.
    pub fn json<B: Serialize>(mut self, body: &B, media_type: &'static str) -> Self {
        self.body = Some((serde_json::to_string(body).unwrap_or_default(), media_type));
        self
    }

    /// Sends `If-Match` with an ETag from an earlier read.
    pub fn if_match(mut self, etag: Option<String>) -> Self {
        self.if_match = etag;
        self
    }

    /// Asks for another media type than JSON (say, `text/calendar`); errors stay problem details.
    pub fn accept(mut self, media_type: &'static str) -> Self {
        self.accept = Some(media_type);
        self
    }

    /// Sends no access token (log-in, refresh).
    pub fn anonymous(mut self) -> Self {
        self.authenticated = false;
        self
    }

    async fn send_once(&self, token: Option<&str>) -> Result<Response, ApiError> {
        let mut builder = RequestBuilder::new(&self.url)
            .method(self.method.clone())
            .credentials(RequestCredentials::SameOrigin)
            .header("Accept", &format!("{}, {PROBLEM_JSON}", self.accept.unwrap_or("application/json")));
        if let Some(token) = token {
            builder = builder.header("Authorization", &format!("Bearer {token}"));
        }
        if let Some(etag) = &self.if_match {
            builder = builder.header("If-Match", etag);
        }
        let request = match &self.body {
            Some((json, media_type)) => builder.header("Content-Type", media_type).body(json.clone()),
            None => builder.build(),
        }
        .map_err(|_| ApiError::Network)?;
        request.send().await.map_err(|_| ApiError::Network)
    }
}

/// The one request function: sends `request`, renews an expired access token once, and reads
/// the answer as `T` (a `204` reads as JSON `null`, so `()` works).
pub async fn request<T: DeserializeOwned>(request: ApiRequest) -> Result<Reply<T>, ApiError> {
    let reply = request_text(request).await?;
    let text = if reply.value.trim().is_empty() { "null" } else { reply.value.as_str() };
    let value = serde_json::from_str(text).map_err(|_| ApiError::Decode)?;
    Ok(Reply { value, etag: reply.etag })
}

/// Like [`request`], but keeps a successful answer as text (for a calendar feed, say).
pub async fn request_text(request: ApiRequest) -> Result<Reply<String>, ApiError> {
    let token = if request.authenticated { access_token() } else { None };
    let mut response = request.send_once(token.as_deref()).await?;
    if response.status() == 401 && token.is_some() {
        match refresh().await {
            Ok(tokens) => response = request.send_once(Some(&tokens.access_token)).await?,
            Err(error) => {
                lose_session();
                return Err(error);
            }
        }
    }
    read(response).await
}

async fn read(response: Response) -> Result<Reply<String>, ApiError> {
    let status = response.status();
    let etag = response.headers().get("etag");
    let text = response.text().await.map_err(|_| ApiError::Decode)?;
    if !(200..300).contains(&status) {
        return Err(serde_json::from_str::<Problem>(&text).map(ApiError::Problem).unwrap_or(ApiError::Status(status)));
    }
    Ok(Reply { value: text, etag })
}

fn lose_session() {
    set_access_token(None);
    if let Some(callback) = ON_SESSION_LOST.with(|c| c.borrow().clone()) {
        callback.emit(());
    }
}

fn url(path: &str) -> String {
    format!("{API_BASE}{path}")
}

fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

async fn get<T: DeserializeOwned>(url: String) -> Result<T, ApiError> {
    Ok(request(ApiRequest::new(Method::GET, url)).await?.value)
}

/// Follows `next` links until the last page; for short collections shown whole.
async fn get_all<T: DeserializeOwned>(first: String) -> Result<Vec<T>, ApiError> {
    let mut items = Vec::new();
    let mut next = Some(first);
    while let Some(url) = next {
        let page: Page<T> = get(url).await?;
        items.extend(page.items);
        next = page.links.next.map(|link| link.href);
    }
    Ok(items)
}

/// `POST /auth/login`. Keeps the access token; the server sets the refresh cookie.
pub async fn login(email: String, password: String) -> Result<TokenResponse, ApiError> {
    let body = LoginRequest { email, password };
    let tokens: TokenResponse =
        request(ApiRequest::new(Method::POST, url("/auth/login")).anonymous().json(&body, "application/json"))
            .await?
            .value;
    set_access_token(Some(tokens.access_token.clone()));
    Ok(tokens)
}

/// `POST /auth/refresh` with the refresh cookie and an empty body. Concurrent callers share one
/// request: the token rotates, and presenting the old one twice would end every session.
pub async fn refresh() -> Result<TokenResponse, ApiError> {
    let shared = REFRESHING.with(|r| {
        r.borrow_mut()
            .get_or_insert_with(|| {
                async {
                    let result =
                        request::<TokenResponse>(ApiRequest::new(Method::POST, url("/auth/refresh")).anonymous())
                            .await
                            .map(|reply| reply.value);
                    match &result {
                        Ok(tokens) => set_access_token(Some(tokens.access_token.clone())),
                        Err(_) => set_access_token(None),
                    }
                    REFRESHING.with(|r| *r.borrow_mut() = None);
                    result
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    shared.await
}

/// `POST /auth/logout`: revokes the refresh token and clears its cookie; forgets the access token.
pub async fn logout() -> Result<(), ApiError> {
    let result = request::<()>(ApiRequest::new(Method::POST, url("/auth/logout")).anonymous()).await.map(|_| ());
    set_access_token(None);
    result
}

/// `GET /me`.
pub async fn me() -> Result<Me, ApiError> {
    get(url("/me")).await
}

/// `GET /groups`, or the page at a `next` link.
pub async fn groups(page: Option<String>) -> Result<Page<Group>, ApiError> {
    get(page.unwrap_or_else(|| url("/groups"))).await
}

/// `GET /groups/{id}` with its ETag.
pub async fn group(id: Uuid) -> Result<Reply<Group>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/groups/{id}")))).await
}

/// `POST /groups`.
pub async fn create_group(new: &NewGroup) -> Result<Group, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/groups")).json(new, "application/json")).await?.value)
}

/// `PATCH /groups/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_group(id: Uuid, patch: &GroupPatch, etag: Option<String>) -> Result<Reply<Group>, ApiError> {
    request(ApiRequest::new(Method::PATCH, url(&format!("/groups/{id}"))).json(patch, MERGE_PATCH_JSON).if_match(etag))
        .await
}

/// Every current (`current = true`) or former (`false`) membership of a group.
pub async fn members(group_id: Uuid, current: bool) -> Result<Vec<Membership>, ApiError> {
    get_all(url(&format!("/groups/{group_id}/members?current={current}&pageSize=100"))).await
}

/// `POST /groups/{id}/members`.
pub async fn add_member(group_id: Uuid, new: &NewMembership) -> Result<Membership, ApiError> {
    let path = url(&format!("/groups/{group_id}/members"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `PATCH /groups/{id}/members/{membershipId}`.
pub async fn patch_member(group_id: Uuid, id: Uuid, patch: &MembershipPatch) -> Result<Membership, ApiError> {
    let path = url(&format!("/groups/{group_id}/members/{id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `GET /people`, filtered on name, or the page at a `next` link.
pub async fn people(name: &str, page: Option<String>) -> Result<Page<Person>, ApiError> {
    let first = || {
        let name = name.trim();
        if name.is_empty() {
            url("/people")
        } else {
            url(&format!("/people?name={}", encode(name)))
        }
    };
    get(page.unwrap_or_else(first)).await
}

/// `POST /people`.
pub async fn create_person(new: &NewPerson) -> Result<Person, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/people")).json(new, "application/json")).await?.value)
}

/// Every neighbourhood.
pub async fn neighbourhoods() -> Result<Vec<Neighbourhood>, ApiError> {
    get_all(url("/neighbourhoods?pageSize=100")).await
}

/// Every group, for pickers.
pub async fn all_groups() -> Result<Vec<Group>, ApiError> {
    get_all(url("/groups?pageSize=100")).await
}

/// Everyone the account may see, for looking up what a membership does not carry (such as
/// whether the person completed a training).
pub async fn all_people() -> Result<Vec<Person>, ApiError> {
    get_all(url("/people?pageSize=100")).await
}

/// Every training the account may see: all for coordinators, their own for others.
pub async fn trainings() -> Result<Vec<Training>, ApiError> {
    get_all(url("/trainings?pageSize=100")).await
}

/// `GET /trainings/{id}` with its ETag.
pub async fn training(id: Uuid) -> Result<Reply<Training>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/trainings/{id}")))).await
}

/// `POST /trainings`.
pub async fn create_training(new: &NewTraining) -> Result<Training, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/trainings")).json(new, "application/json")).await?.value)
}

/// `PATCH /trainings/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_training(
    id: Uuid,
    patch: &TrainingPatch,
    etag: Option<String>,
) -> Result<Reply<Training>, ApiError> {
    let path = url(&format!("/trainings/{id}"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}

/// `GET /trainings/{id}/participants`: coordinators also get each personal answer token.
pub async fn participants(training_id: Uuid) -> Result<Vec<Participant>, ApiError> {
    get(url(&format!("/trainings/{training_id}/participants"))).await
}

/// `POST /trainings/{id}/participants`: one person or a whole group; answers the full list.
pub async fn add_participants(training_id: Uuid, new: &NewParticipants) -> Result<Vec<Participant>, ApiError> {
    let path = url(&format!("/trainings/{training_id}/participants"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `DELETE /trainings/{id}/participants/{participantId}`.
pub async fn remove_participant(training_id: Uuid, participant_id: Uuid) -> Result<(), ApiError> {
    let path = url(&format!("/trainings/{training_id}/participants/{participant_id}"));
    request::<()>(ApiRequest::new(Method::DELETE, path)).await.map(|_| ())
}

/// `POST /trainings/{id}/date-options`.
pub async fn add_date_option(training_id: Uuid, new: &NewDateOption) -> Result<DateOption, ApiError> {
    let path = url(&format!("/trainings/{training_id}/date-options"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `DELETE /trainings/{id}/date-options/{optionId}`: withdraws a date with its answers.
pub async fn remove_date_option(training_id: Uuid, option_id: Uuid) -> Result<(), ApiError> {
    let path = url(&format!("/trainings/{training_id}/date-options/{option_id}"));
    request::<()>(ApiRequest::new(Method::DELETE, path)).await.map(|_| ())
}

/// `GET /trainings/{id}/availability`: the answers table.
pub async fn availability(training_id: Uuid) -> Result<AvailabilityGrid, ApiError> {
    get(url(&format!("/trainings/{training_id}/availability"))).await
}

/// `PUT /trainings/{id}/participants/{participantId}/availability`: answers given by phone or in
/// person; answers the table after the change.
pub async fn record_availability(
    training_id: Uuid,
    participant_id: Uuid,
    answers: &AvailabilityAnswers,
) -> Result<AvailabilityGrid, ApiError> {
    let path = url(&format!("/trainings/{training_id}/participants/{participant_id}/availability"));
    Ok(request(ApiRequest::new(Method::PUT, path).json(answers, "application/json")).await?.value)
}

/// `GET /trainings/{id}/proposal`: the best sets of days, best first.
pub async fn proposal(training_id: Uuid) -> Result<Proposal, ApiError> {
    get(url(&format!("/trainings/{training_id}/proposal"))).await
}

/// `POST /trainings/{id}/confirm`: fixes the days; answers the sessions.
pub async fn confirm_days(training_id: Uuid, days: &ConfirmDays) -> Result<Vec<TrainingSession>, ApiError> {
    let path = url(&format!("/trainings/{training_id}/confirm"));
    Ok(request(ApiRequest::new(Method::POST, path).json(days, "application/json")).await?.value)
}

/// `GET /trainings/{id}/sessions`.
pub async fn sessions(training_id: Uuid) -> Result<Vec<TrainingSession>, ApiError> {
    get(url(&format!("/trainings/{training_id}/sessions"))).await
}

/// `PATCH /trainings/{id}/sessions/{sessionId}`: moves a day; answers every session.
pub async fn move_session(
    training_id: Uuid,
    session_id: Uuid,
    slot: &NewDateOption,
) -> Result<Vec<TrainingSession>, ApiError> {
    let path = url(&format!("/trainings/{training_id}/sessions/{session_id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(slot, MERGE_PATCH_JSON)).await?.value)
}

/// `GET /trainings/{id}/sessions/{sessionId}/attendance`.
pub async fn attendance(training_id: Uuid, session_id: Uuid) -> Result<AttendanceRegister, ApiError> {
    get(url(&format!("/trainings/{training_id}/sessions/{session_id}/attendance"))).await
}

/// `PUT /trainings/{id}/sessions/{sessionId}/attendance`.
pub async fn record_attendance(
    training_id: Uuid,
    session_id: Uuid,
    update: &AttendanceUpdate,
) -> Result<AttendanceRegister, ApiError> {
    let path = url(&format!("/trainings/{training_id}/sessions/{session_id}/attendance"));
    Ok(request(ApiRequest::new(Method::PUT, path).json(update, "application/json")).await?.value)
}

/// `GET /trainings/{id}/calendar`: the days as iCalendar text (it needs the bearer token, so a
/// plain link would not do).
pub async fn training_calendar(training_id: Uuid) -> Result<String, ApiError> {
    let path = url(&format!("/trainings/{training_id}/calendar"));
    Ok(request_text(ApiRequest::new(Method::GET, path).accept("text/calendar")).await?.value)
}

/// `GET /invitations/{token}`, without log-in: what a participant sees through their link.
pub async fn invitation(token: &str) -> Result<Invitation, ApiError> {
    let path = url(&format!("/invitations/{}", encode(token)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}

/// `PUT /invitations/{token}/availability`, without log-in.
pub async fn answer_invitation(token: &str, answers: &AvailabilityAnswers) -> Result<Invitation, ApiError> {
    let path = url(&format!("/invitations/{}/availability", encode(token)));
    Ok(request(ApiRequest::new(Method::PUT, path).anonymous().json(answers, "application/json")).await?.value)
}

/// The address of a participant's calendar feed, which works without log-in (a plain link).
pub fn invitation_calendar_url(token: &str) -> String {
    url(&format!("/invitations/{}/calendar", encode(token)))
}

/// Every group with a status, for pickers (say, the forming groups a candidate can join).
pub async fn groups_with_status(status: GroupStatus) -> Result<Vec<Group>, ApiError> {
    get_all(url(&format!("/groups?status={}&pageSize=100", status.as_str()))).await
}

/// Every training with a status, for pickers (say, the trainings still being planned).
pub async fn trainings_with_status(status: TrainingStatus) -> Result<Vec<Training>, ApiError> {
    get_all(url(&format!("/trainings?status={}&pageSize=100", status.as_str()))).await
}

/// The query string of a window of occurrences: `from` and `to` (both inclusive) and filters.
fn window_query(from: NaiveDate, to: NaiveDate, filters: &[(&str, String)]) -> String {
    let mut query = format!("from={}&to={}", from.format("%Y-%m-%d"), to.format("%Y-%m-%d"));
    for (key, value) in filters {
        query.push_str(&format!("&{key}={}", encode(value)));
    }
    query
}

/// `GET /events/{id}` with its ETag.
pub async fn event(id: Uuid) -> Result<Reply<Event>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/events/{id}")))).await
}

/// `POST /events`.
pub async fn create_event(new: &NewEvent) -> Result<Event, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/events")).json(new, "application/json")).await?.value)
}

/// `PATCH /events/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_event(id: Uuid, patch: &EventPatch, etag: Option<String>) -> Result<Reply<Event>, ApiError> {
    request(ApiRequest::new(Method::PATCH, url(&format!("/events/{id}"))).json(patch, MERGE_PATCH_JSON).if_match(etag))
        .await
}

/// `GET /event-occurrences`: the dates from `from` to `to` (local dates, both inclusive, at most
/// 366 days apart), of one group, one event and one type when given.
pub async fn occurrences(
    from: NaiveDate,
    to: NaiveDate,
    group_id: Option<Uuid>,
    event_id: Option<Uuid>,
    event_type: Option<EventType>,
) -> Result<Vec<Occurrence>, ApiError> {
    let mut filters = Vec::new();
    if let Some(group_id) = group_id {
        filters.push(("groupId", group_id.to_string()));
    }
    if let Some(event_id) = event_id {
        filters.push(("eventId", event_id.to_string()));
    }
    if let Some(event_type) = event_type {
        filters.push(("type", event_type.as_str().to_string()));
    }
    let list: OccurrenceList = get(url(&format!("/event-occurrences?{}", window_query(from, to, &filters)))).await?;
    Ok(list.items)
}

/// `PATCH /events/{id}/occurrences/{date}`: cancels, moves or records one date of a series.
pub async fn patch_occurrence(
    event_id: Uuid,
    occurrence_date: NaiveDate,
    patch: &OccurrencePatch,
) -> Result<Occurrence, ApiError> {
    let path = url(&format!("/events/{event_id}/occurrences/{}", occurrence_date.format("%Y-%m-%d")));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `GET /events/{id}/registrations`: every registration (all pages), cancelled ones included.
pub async fn registrations(event_id: Uuid) -> Result<Vec<Registration>, ApiError> {
    get_all(url(&format!("/events/{event_id}/registrations?pageSize=100"))).await
}

/// `PATCH /events/{id}/registrations/{registrationId}`: checks a resident in (or undoes it), or
/// cancels the registration.
pub async fn patch_registration(
    event_id: Uuid,
    registration_id: Uuid,
    patch: &RegistrationPatch,
) -> Result<Registration, ApiError> {
    let path = url(&format!("/events/{event_id}/registrations/{registration_id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `GET /groups/{id}/calendar`: every event of the group as iCalendar text (it needs the bearer
/// token, so a plain link would not do).
pub async fn group_calendar(group_id: Uuid) -> Result<String, ApiError> {
    let path = url(&format!("/groups/{group_id}/calendar"));
    Ok(request_text(ApiRequest::new(Method::GET, path).accept("text/calendar")).await?.value)
}

/// `GET /candidates` (coordinators and admins): every candidate (all pages).
pub async fn candidates() -> Result<Vec<Candidate>, ApiError> {
    get_all(url("/candidates?pageSize=100")).await
}

/// `POST /candidates`: someone met elsewhere.
pub async fn create_candidate(new: &NewCandidate) -> Result<Candidate, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/candidates")).json(new, "application/json")).await?.value)
}

/// `PATCH /candidates/{id}`: a move in the pipeline and/or a note.
pub async fn patch_candidate(id: Uuid, patch: &CandidatePatch) -> Result<Candidate, ApiError> {
    let path = url(&format!("/candidates/{id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `POST /candidates/{id}/enrolment`: makes the candidate a member of a forming group, and a
/// participant of a training when one is given.
pub async fn enrol_candidate(id: Uuid, enrolment: &Enrolment) -> Result<Candidate, ApiError> {
    let path = url(&format!("/candidates/{id}/enrolment"));
    Ok(request(ApiRequest::new(Method::POST, path).json(enrolment, "application/json")).await?.value)
}

/// `GET /reports/residents-evenings` (coordinators and admins): every evening's figures.
pub async fn residents_evening_reports() -> Result<Vec<ResidentsEveningReport>, ApiError> {
    get_all(url("/reports/residents-evenings?pageSize=100")).await
}

/// `GET /public/events`, without log-in: the public dates from `from` to `to`, of one group when
/// its slug is given.
pub async fn public_occurrences(
    from: NaiveDate,
    to: NaiveDate,
    group_slug: Option<&str>,
) -> Result<Vec<Occurrence>, ApiError> {
    let filters: Vec<(&str, String)> = group_slug.map(|slug| ("groupSlug", slug.to_string())).into_iter().collect();
    let path = url(&format!("/public/events?{}", window_query(from, to, &filters)));
    let list: OccurrenceList = request(ApiRequest::new(Method::GET, path).anonymous()).await?.value;
    Ok(list.items)
}

/// `GET /public/events/{id}`, without log-in.
pub async fn public_event(id: Uuid) -> Result<PublicEvent, ApiError> {
    Ok(request(ApiRequest::new(Method::GET, url(&format!("/public/events/{id}"))).anonymous()).await?.value)
}

/// `POST /public/events/{id}/registrations`, without log-in: a resident signs up.
pub async fn register(event_id: Uuid, new: &NewRegistration) -> Result<RegistrationReceipt, ApiError> {
    let path = url(&format!("/public/events/{event_id}/registrations"));
    Ok(request(ApiRequest::new(Method::POST, path).anonymous().json(new, "application/json")).await?.value)
}

/// `GET /public/registrations/{token}`, without log-in: the resident's own sign-up.
pub async fn registration(token: &str) -> Result<RegistrationReceipt, ApiError> {
    let path = url(&format!("/public/registrations/{}", encode(token)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}

/// `DELETE /public/registrations/{token}`, without log-in: cancels the sign-up; answers it, now
/// cancelled.
pub async fn cancel_registration(token: &str) -> Result<RegistrationReceipt, ApiError> {
    let path = url(&format!("/public/registrations/{}", encode(token)));
    Ok(request(ApiRequest::new(Method::DELETE, path).anonymous()).await?.value)
}

/// The address of the feed of every public event (a plain link: it needs no log-in).
pub fn public_calendar_url() -> String {
    url("/public/calendar")
}

/// The address of a group's public events feed (a plain link: it needs no log-in).
pub fn public_group_calendar_url(slug: &str) -> String {
    url(&format!("/public/groups/{}/calendar", encode(slug)))
}

/// Filters of the question inbox (`GET /questions`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuestionFilter {
    /// Only this group's questions.
    pub group_id: Option<Uuid>,
    /// Only questions with this status.
    pub status: Option<QuestionStatus>,
    /// Only questions on this topic.
    pub topic: Option<Topic>,
    /// Only questions assigned to this member (person).
    pub assignee_id: Option<Uuid>,
    /// Only questions whose follow-up date has passed.
    pub follow_up_due: bool,
}

impl QuestionFilter {
    /// The query string, without the `?`.
    pub fn query(&self) -> String {
        let mut parts = vec!["pageSize=100".to_string()];
        if let Some(group) = self.group_id {
            parts.push(format!("groupId={group}"));
        }
        if let Some(status) = self.status {
            parts.push(format!("status={}", status.as_str()));
        }
        if let Some(topic) = self.topic {
            parts.push(format!("topic={}", topic.as_str()));
        }
        if let Some(assignee) = self.assignee_id {
            parts.push(format!("assigneeId={assignee}"));
        }
        if self.follow_up_due {
            parts.push("followUpDue=true".into());
        }
        parts.join("&")
    }
}

/// `GET /questions`: every question (all pages) that matches the filter, oldest first.
pub async fn questions(filter: &QuestionFilter) -> Result<Vec<Question>, ApiError> {
    get_all(url(&format!("/questions?{}", filter.query()))).await
}

/// `POST /questions`: a member takes a question in.
pub async fn create_question(new: &NewQuestion) -> Result<Question, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/questions")).json(new, "application/json")).await?.value)
}

/// `GET /questions/{id}` with its ETag.
pub async fn question(id: Uuid) -> Result<Reply<Question>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/questions/{id}")))).await
}

/// `PATCH /questions/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_question(
    id: Uuid,
    patch: &QuestionPatch,
    etag: Option<String>,
) -> Result<Reply<Question>, ApiError> {
    let path = url(&format!("/questions/{id}"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}

/// `GET /questions/{id}/history`, oldest first.
pub async fn question_history(id: Uuid) -> Result<Vec<QuestionHistoryEntry>, ApiError> {
    get(url(&format!("/questions/{id}/history"))).await
}

/// `GET /questions/{id}/referrals`, oldest first.
pub async fn referrals(question_id: Uuid) -> Result<Vec<Referral>, ApiError> {
    get(url(&format!("/questions/{question_id}/referrals"))).await
}

/// `POST /questions/{id}/referrals`: answers the new referral.
pub async fn create_referral(question_id: Uuid, new: &NewReferral) -> Result<Referral, ApiError> {
    let path = url(&format!("/questions/{question_id}/referrals"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `PATCH /questions/{id}/referrals/{referralId}`: answers the changed referral.
pub async fn patch_referral(question_id: Uuid, referral_id: Uuid, patch: &ReferralPatch) -> Result<Referral, ApiError> {
    let path = url(&format!("/questions/{question_id}/referrals/{referral_id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON)).await?.value)
}

/// `GET /organisations` (all pages), on one topic and of one kind when given.
pub async fn organisations(
    topic: Option<Topic>,
    kind: Option<OrganisationKind>,
) -> Result<Vec<Organisation>, ApiError> {
    let mut query = String::from("pageSize=100");
    if let Some(topic) = topic {
        query.push_str(&format!("&topic={}", topic.as_str()));
    }
    if let Some(kind) = kind {
        query.push_str(&format!("&kind={}", kind.as_str()));
    }
    get_all(url(&format!("/organisations?{query}"))).await
}

/// `GET /organisations/{id}` with its ETag.
pub async fn organisation(id: Uuid) -> Result<Reply<Organisation>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/organisations/{id}")))).await
}

/// `POST /organisations`.
pub async fn create_organisation(new: &NewOrganisation) -> Result<Organisation, ApiError> {
    Ok(request(ApiRequest::new(Method::POST, url("/organisations")).json(new, "application/json")).await?.value)
}

/// `PATCH /organisations/{id}` as a merge patch, with `If-Match` when an ETag is known.
pub async fn patch_organisation(
    id: Uuid,
    patch: &OrganisationPatch,
    etag: Option<String>,
) -> Result<Reply<Organisation>, ApiError> {
    let path = url(&format!("/organisations/{id}"));
    request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await
}

/// `GET /groups/{id}/faq`: the group's FAQ, published and not.
pub async fn faq(group_id: Uuid) -> Result<Vec<FaqItem>, ApiError> {
    get(url(&format!("/groups/{group_id}/faq"))).await
}

/// `POST /groups/{id}/faq`.
pub async fn create_faq_item(group_id: Uuid, new: &NewFaqItem) -> Result<FaqItem, ApiError> {
    let path = url(&format!("/groups/{group_id}/faq"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
}

/// `GET /groups/{id}/faq/{itemId}`, with its ETag.
pub async fn faq_item(group_id: Uuid, item_id: Uuid) -> Result<Reply<FaqItem>, ApiError> {
    request(ApiRequest::new(Method::GET, url(&format!("/groups/{group_id}/faq/{item_id}")))).await
}

/// `PATCH /groups/{id}/faq/{itemId}`, with `If-Match` when `etag` is given.
pub async fn patch_faq_item(
    group_id: Uuid,
    item_id: Uuid,
    patch: &FaqItemPatch,
    etag: Option<String>,
) -> Result<FaqItem, ApiError> {
    let path = url(&format!("/groups/{group_id}/faq/{item_id}"));
    Ok(request(ApiRequest::new(Method::PATCH, path).json(patch, MERGE_PATCH_JSON).if_match(etag)).await?.value)
}

/// `GET /public/groups/{slug}`, without log-in.
pub async fn public_group(slug: &str) -> Result<PublicGroup, ApiError> {
    let path = url(&format!("/public/groups/{}", encode(slug)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}

/// `DELETE /groups/{id}/faq/{itemId}`.
pub async fn delete_faq_item(group_id: Uuid, item_id: Uuid) -> Result<(), ApiError> {
    let path = url(&format!("/groups/{group_id}/faq/{item_id}"));
    request::<()>(ApiRequest::new(Method::DELETE, path)).await.map(|_| ())
}

/// `POST /public/groups/{slug}/questions`, without log-in: a resident asks; answers the tracking
/// code.
pub async fn ask_question(slug: &str, new: &PublicQuestion) -> Result<QuestionTracking, ApiError> {
    let path = url(&format!("/public/groups/{}/questions", encode(slug)));
    Ok(request(ApiRequest::new(Method::POST, path).anonymous().json(new, "application/json")).await?.value)
}

/// `GET /public/questions/{trackingCode}`, without log-in.
pub async fn track_question(code: &str) -> Result<QuestionTracking, ApiError> {
    let path = url(&format!("/public/questions/{}", encode(code)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}

/// `GET /public/groups/{slug}/faq`, without log-in: the group's published FAQ.
pub async fn public_faq(slug: &str) -> Result<Vec<FaqItem>, ApiError> {
    let path = url(&format!("/public/groups/{}/faq", encode(slug)));
    Ok(request(ApiRequest::new(Method::GET, path).anonymous()).await?.value)
}
