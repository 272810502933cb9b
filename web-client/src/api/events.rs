//! Events as members see them: the events, their dates and their registrations.

use api_types::{
    Event, EventPatch, EventType, NewEvent, NewRegistration, Occurrence, OccurrenceList, OccurrencePatch, Registration,
    RegistrationPatch,
};
use chrono::NaiveDate;
use gloo_net::http::Method;
use uuid::Uuid;

use super::{get, get_all, request, request_text, url, window_query, ApiError, ApiRequest, Reply, MERGE_PATCH_JSON};

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

/// `POST /events/{id}/registrations`: a member records a sign-up that came by phone.
pub async fn record_registration(event_id: Uuid, new: &NewRegistration) -> Result<Registration, ApiError> {
    let path = url(&format!("/events/{event_id}/registrations"));
    Ok(request(ApiRequest::new(Method::POST, path).json(new, "application/json")).await?.value)
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
