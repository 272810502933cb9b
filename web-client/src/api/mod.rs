//! Talking to the API: one generic request function that attaches the access token, renews it
//! once when it has expired, and turns error responses (RFC 9457 problem details) into
//! [`ApiError`]; then one module per feature with a thin function per endpoint, re-exported
//! here so that a call reads `api::group(id)`.
//!
//! The access token lives only in memory. After a reload the session comes back through
//! `POST /auth/refresh`, which reads the HttpOnly refresh cookie the server set at log-in.

mod accounts;
mod agenda;
mod api_clients;
mod candidates;
mod events;
mod faq;
mod goals;
mod groups;
mod neighbourhoods;
mod organisations;
mod people;
mod questions;
mod reports;
mod resources;
mod sites;
mod stories;
mod time;
mod trainings;

pub use accounts::*;
pub use agenda::*;
pub use api_clients::*;
pub use candidates::*;
pub use events::*;
pub use faq::*;
pub use goals::*;
pub use groups::*;
pub use neighbourhoods::*;
pub use organisations::*;
pub use people::*;
pub use questions::*;
pub use reports::*;
pub use resources::*;
pub use sites::*;
pub use stories::*;
pub use time::*;
pub use trainings::*;

use std::cell::RefCell;

use api_types::{CompositionRule, InvalidParam, Page, Problem, ProblemCode, TokenResponse, API_BASE, PROBLEM_JSON};
use chrono::NaiveDate;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder, Response};
use gloo_storage::Storage;
use serde::de::DeserializeOwned;
use serde::Serialize;
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
    // Remember whether this browser has a session, so that a page opened without one does not
    // try to renew it (a 401 in the console of every resident on the public pages).
    if token.is_some() {
        let _ = gloo_storage::LocalStorage::set(SESSION_KEY, true);
    } else {
        gloo_storage::LocalStorage::delete(SESSION_KEY);
    }
    ACCESS_TOKEN.with(|t| *t.borrow_mut() = token);
}

/// Key in `localStorage` that says this browser logged in and may hold a refresh cookie (the
/// cookie itself is HttpOnly, so the page cannot see it).
const SESSION_KEY: &str = "buurtverbinders.session";

/// Whether an earlier session may be renewed: this browser logged in and did not log out.
pub fn may_have_session() -> bool {
    gloo_storage::LocalStorage::get::<bool>(SESSION_KEY).unwrap_or(false)
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

    /// The stable code of the problem (the last segment of its `type`, e.g. `max-members`);
    /// `None` when the API sent no problem details or a code this version does not know.
    pub fn code(&self) -> Option<ProblemCode> {
        self.problem().and_then(Problem::code)
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

    /// For a 409 `member-of-other-group`: the other groups' names.
    pub fn other_groups(&self) -> &[String] {
        self.problem().map(|p| p.other_groups.as_slice()).unwrap_or_default()
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
    pages(first, false).await
}

/// [`get_all`] without an account, for the public pages.
async fn get_all_anonymous<T: DeserializeOwned>(first: String) -> Result<Vec<T>, ApiError> {
    pages(first, true).await
}

async fn pages<T: DeserializeOwned>(first: String, anonymous: bool) -> Result<Vec<T>, ApiError> {
    let mut items = Vec::new();
    let mut next = Some(first);
    while let Some(url) = next {
        let mut ask = ApiRequest::new(Method::GET, url);
        if anonymous {
            ask = ask.anonymous();
        }
        let page: Page<T> = request(ask).await?.value;
        items.extend(page.items);
        next = page.links.next.map(|link| link.href);
    }
    Ok(items)
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

/// The query string of a window of occurrences: `from` and `to` (both inclusive) and filters.
fn window_query(from: NaiveDate, to: NaiveDate, filters: &[(&str, String)]) -> String {
    let mut query = format!("from={}&to={}", from.format("%Y-%m-%d"), to.format("%Y-%m-%d"));
    for (key, value) in filters {
        query.push_str(&format!("&{key}={}", encode(value)));
    }
    query
}
