//! The public agenda, without log-in: public events, signing up, and a resident's own sign-up.

use api_types::{NewRegistration, Occurrence, OccurrenceList, PublicEvent, RegistrationReceipt};
use chrono::NaiveDate;
use gloo_net::http::Method;
use uuid::Uuid;

use super::{encode, request, url, window_query, ApiError, ApiRequest};

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

/// `GET /public/events/{id}/calendar`: one public event as an `.ics`, for "add to my calendar".
pub fn public_event_calendar_url(id: uuid::Uuid) -> String {
    url(&format!("/public/events/{id}/calendar"))
}
/// The address of a group's public events feed (a plain link: it needs no log-in).
pub fn public_group_calendar_url(slug: &str) -> String {
    url(&format!("/public/groups/{}/calendar", encode(slug)))
}
