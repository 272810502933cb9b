//! HTTP conventions used by every resource: keyset pagination, ETags and `If-Match`, and the
//! shapes of successful responses.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{Link, Page, PageLinks};
use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use crate::db::PageRequest;
use crate::error::{ApiError, ApiResult};

/// Default page size.
pub const DEFAULT_PAGE_SIZE: i64 = 20;
/// Largest page size a client may ask for.
pub const MAX_PAGE_SIZE: i64 = 100;

/// `pageSize` and `cursor` of a collection request.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Items per page, 1–100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub page_size: Option<i64>,
    /// Opaque cursor from a previous page's `_links.next`.
    pub cursor: Option<String>,
}

/// `updatedSince` of the collections a mirror follows (groups, people, events, questions,
/// organisations, resources): only what changed at or after that instant, in the order of
/// `updatedAt` then id, keyset-paged like every collection. Removals are in `GET /deletions`.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct ChangesParams {
    /// Only what changed at or after this instant (RFC 3339, e.g. `2027-03-01T08:00:00Z`), by
    /// `updatedAt` then id. Ask again from the last `updatedAt` you received: what changed at that
    /// very instant comes again, nothing is missed.
    pub updated_since: Option<chrono::DateTime<chrono::Utc>>,
}

impl PageParams {
    /// Checks the size and decodes the cursor; both problems are listed together.
    pub fn validate(&self) -> ApiResult<PageRequest> {
        self.validate_with(&ChangesParams::default())
    }

    /// As [`PageParams::validate`], in the changes order when `changes` asks for it; a cursor of
    /// the other order is refused.
    pub fn validate_with(&self, changes: &ChangesParams) -> ApiResult<PageRequest> {
        let mut errors = Vec::new();
        let size = self.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            errors.push(query_param("pageSize", "range", format!("Must be between 1 and {MAX_PAGE_SIZE}.")));
        }
        let cursor = match &self.cursor {
            None => None,
            Some(cursor) => match decode_cursor(cursor) {
                Some(position) => Some(position),
                None => {
                    errors.push(query_param("cursor", "invalid_value", "Is not a cursor from this API."));
                    None
                }
            },
        };
        let mut request = PageRequest { size, ..PageRequest::default() };
        match (changes.updated_since, cursor) {
            (None, Some(Cursor::After(id))) => request.after = Some(id),
            (Some(since), Some(Cursor::Changed(at, id))) => {
                request.changed = Some(crate::db::Changes { since: since.naive_utc(), after: Some((at, id)) })
            }
            (Some(since), None) => request.changed = Some(crate::db::Changes { since: since.naive_utc(), after: None }),
            (None, None) => {}
            (_, Some(_)) => errors.push(query_param(
                "cursor",
                "invalid_value",
                "Is a cursor of the other order: follow `next` links with the `updatedSince` they came with.",
            )),
        }
        if errors.is_empty() {
            Ok(request)
        } else {
            Err(ApiError::InvalidInput(errors))
        }
    }
}

/// A list without filters of its own.
#[derive(Debug, Default, Deserialize)]
pub struct NoFilter {}

/// Reads a collection request's query string: the filter `F` and the paging parameters. Every
/// problem is listed at once, each under `?name`: values of the wrong type or not in the list,
/// parameters given twice, and page sizes or cursors out of range. Unknown parameters never reach
/// here: the routing refuses them from the document (`registry::DocumentedQuery`).
pub fn list_query<F: serde::de::DeserializeOwned>(req: &HttpRequest) -> ApiResult<(F, PageRequest)> {
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(req.query_string().as_bytes()).into_owned().collect();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (key, value) in &pairs {
        if !seen.insert(key.as_str()) {
            if !errors.iter().any(|e: &api_types::InvalidParam| e.pointer == format!("?{key}")) {
                errors.push(query_param(key, "invalid_value", "Give this parameter only once."));
            }
            continue;
        }
        // Each parameter alone: every field is optional, so an error can only be this one's.
        let single = url::form_urlencoded::Serializer::new(String::new()).append_pair(key, value).finish();
        let problem = serde_urlencoded::from_str::<F>(&single)
            .err()
            .map(|e| describe_query_error(&e.to_string()))
            .or_else(|| {
                serde_urlencoded::from_str::<PageParams>(&single).err().map(|e| describe_query_error(&e.to_string()))
            })
            // `updatedSince` is an instant, not a day.
            .or_else(|| {
                serde_urlencoded::from_str::<ChangesParams>(&single).err().map(|_| {
                    // A `+` of an offset that was not encoded arrives as a space.
                    let hint = if value.contains(' ') { " Encode a `+` in the offset as %2B." } else { "" };
                    format!("Must be an instant as RFC 3339, e.g. 2027-03-01T08:00:00Z.{hint}")
                })
            });
        if let Some(detail) = problem {
            errors.push(query_param(key, "invalid_value", detail));
        }
    }
    if !errors.is_empty() {
        if let Ok(params) = serde_urlencoded::from_str::<PageParams>(req.query_string()) {
            if let Err(ApiError::InvalidInput(more)) = params.validate() {
                let fresh: Vec<_> =
                    more.into_iter().filter(|m| !errors.iter().any(|e| e.pointer == m.pointer)).collect();
                errors.extend(fresh);
            }
        }
        return Err(ApiError::InvalidInput(errors));
    }
    let filter = serde_urlencoded::from_str::<F>(req.query_string()).map_err(|e| {
        ApiError::InvalidInput(vec![query_param("", "invalid_value", describe_query_error(&e.to_string()))])
    })?;
    let paging = serde_urlencoded::from_str::<PageParams>(req.query_string()).map_err(|e| {
        ApiError::InvalidInput(vec![query_param("", "invalid_value", describe_query_error(&e.to_string()))])
    })?;
    // Only the collections that document `updatedSince` get it: the routing refuses it elsewhere.
    let changes = serde_urlencoded::from_str::<ChangesParams>(req.query_string()).map_err(|e| {
        ApiError::InvalidInput(vec![query_param("", "invalid_value", describe_query_error(&e.to_string()))])
    })?;
    Ok((filter, paging.validate_with(&changes)?))
}

/// serde's words for a value that is none of an enum's (`unknown variant `x`, expected one of `a`,
/// `b``) as a person reads them: `Must be one of `a`, `b`, not `x`.`
pub fn variant_words(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown variant `")?;
    let (given, expected) = rest.split_once("`, expected ")?;
    let expected = expected.strip_prefix("one of ").unwrap_or(expected);
    Some(format!("Must be one of {expected}, not `{given}`."))
}

/// What a person is told for an id that is not a UUID.
pub const UUID_WORDS: &str = "Must be a UUID, such as 0193b5c0-7d2e-7a41-9c3b-2f5e8d1a4b61.";

/// Whether a parser's message is the uuid crate's: it says how parsing failed, not what to write.
pub fn is_uuid_error(message: &str) -> bool {
    ["UUID parsing failed", "expected an optional prefix of `urn:uuid:`", "invalid length: expected", "invalid group"]
        .iter()
        .any(|m| message.contains(m))
}

/// Whether a parser's message is chrono's, for a date or an instant that does not parse.
pub fn is_date_error(message: &str) -> bool {
    let message = message.to_lowercase();
    [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "input is not enough",
        "trailing input",
    ]
    .iter()
    .any(|m| message.contains(m))
}

fn describe_query_error(message: &str) -> String {
    if message.contains("invalid digit") || message.contains("invalid type") {
        return "Must be a whole number.".into();
    }
    if message.contains("cannot parse integer from empty string") {
        return "Must be a whole number, not empty.".into();
    }
    if message.contains("too large to fit") || message.contains("too small to fit") {
        return "Is too large a number.".into();
    }
    if let Some(words) = variant_words(message) {
        return words;
    }
    // The uuid crate's parse errors, for id filters such as `groupId`.
    if is_uuid_error(message) {
        return UUID_WORDS.into();
    }
    // chrono's, for date parameters such as `from` and `to`.
    if is_date_error(message) {
        return "Must be a date as YYYY-MM-DD, e.g. 2027-03-01.".into();
    }
    if message.contains("provided string was not `true` or `false`") {
        return "Must be `true` or `false`.".into();
    }
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => "Is not valid.".into(),
    }
}

/// An invalid query parameter, as a problem entry (`?name`).
pub fn query_param(name: &str, code: &str, detail: impl Into<String>) -> api_types::InvalidParam {
    api_types::InvalidParam { pointer: format!("?{name}"), detail: detail.into(), code: code.into() }
}

/// Where a page ends: the last id (id order), or the last `(updated_at, id)` (changes order).
enum Cursor {
    After(String),
    Changed(chrono::NaiveDateTime, String),
}

// The cursor is the last position of the previous page, wrapped so clients treat it as opaque;
// an instant is kept in microseconds since 1970, as exact as both databases store it.
fn encode_cursor(cursor: &Cursor) -> String {
    let text = match cursor {
        Cursor::After(id) => format!("after:{id}"),
        Cursor::Changed(at, id) => format!("changed:{}:{id}", at.and_utc().timestamp_micros()),
    };
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

fn decode_cursor(cursor: &str) -> Option<Cursor> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(cursor).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let valid = |id: &str| uuid::Uuid::parse_str(id).ok().map(|_| id.to_string());
    if let Some(id) = text.strip_prefix("after:") {
        return valid(id).map(Cursor::After);
    }
    let (micros, id) = text.strip_prefix("changed:")?.split_once(':')?;
    let at = chrono::DateTime::from_timestamp_micros(micros.parse().ok()?)?.naive_utc();
    valid(id).map(|id| Cursor::Changed(at, id))
}

/// Builds a page from up to `size + 1` rows fetched in id order: the extra row only tells that a
/// next page exists. Links keep the request's other query parameters.
pub fn page<T>(req: &HttpRequest, request: &PageRequest, rows: Vec<T>, id_of: impl Fn(&T) -> String) -> Page<T> {
    build_page(req, request, rows, |last| Cursor::After(id_of(last)))
}

/// As [`page`], for a collection that takes `updatedSince`: `key_of` gives an item's id and
/// `updatedAt`, for the cursor of whichever order the request asked for.
pub fn changes_page<T>(
    req: &HttpRequest,
    request: &PageRequest,
    rows: Vec<T>,
    key_of: impl Fn(&T) -> (String, chrono::DateTime<chrono::Utc>),
) -> Page<T> {
    build_page(req, request, rows, |last| {
        let (id, updated_at) = key_of(last);
        match request.changed {
            Some(_) => Cursor::Changed(updated_at.naive_utc(), id),
            None => Cursor::After(id),
        }
    })
}

fn build_page<T>(
    req: &HttpRequest,
    request: &PageRequest,
    mut rows: Vec<T>,
    cursor_of: impl Fn(&T) -> Cursor,
) -> Page<T> {
    let has_more = rows.len() as i64 > request.size;
    rows.truncate(request.size as usize);
    let next = if has_more {
        rows.last().map(|last| Link { href: link_with_cursor(req, Some(&encode_cursor(&cursor_of(last)))) })
    } else {
        None
    };
    Page { items: rows, links: PageLinks { self_: Link { href: link_with_cursor(req, None) }, next } }
}

fn link_with_cursor(req: &HttpRequest, cursor: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .filter(|(k, _)| cursor.is_none() || k != "cursor")
        .collect();
    if let Some(cursor) = cursor {
        pairs.push(("cursor".into(), cursor.into()));
    }
    if pairs.is_empty() {
        return req.path().to_string();
    }
    let query = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    format!("{}?{query}", req.path())
}

/// The strong ETag of a representation: a hash of its JSON.
pub fn etag_of<T: Serialize>(representation: &T) -> String {
    etag_of_bytes(&serde_json::to_vec(representation).unwrap_or_default())
}

/// The strong ETag of a body: the first 128 bits of its SHA-256, in hex, quoted.
pub fn etag_of_bytes(bytes: &[u8]) -> String {
    format!("\"{}\"", hex::encode(&Sha256::digest(bytes)[..16]))
}

/// Whether an `If-None-Match` value names `etag` (or is `*`); the weak comparison RFC 9110
/// §13.1.2 asks for.
pub fn etag_listed(if_none_match: &str, etag: &str) -> bool {
    if_none_match.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

/// The `If-Match` header of a write, if given.
#[derive(Debug, Clone, Default)]
pub struct IfMatch(Option<String>);

impl IfMatch {
    /// Reads `If-Match` from the request.
    pub fn from_request(req: &HttpRequest) -> Self {
        IfMatch(req.headers().get(header::IF_MATCH).and_then(|v| v.to_str().ok()).map(|v| v.trim().to_string()))
    }

    /// Fails with 412 when the header is given and names neither `*` nor the current ETag.
    pub fn check<T: Serialize>(&self, current: &T) -> ApiResult<()> {
        match &self.0 {
            None => Ok(()),
            Some(value) if value == "*" => Ok(()),
            Some(value) => {
                let etag = etag_of(current);
                let matches =
                    value.split(',').map(str::trim).any(|candidate| candidate.trim_start_matches("W/") == etag);
                if matches {
                    Ok(())
                } else {
                    Err(ApiError::PreconditionFailed)
                }
            }
        }
    }
}

/// 200 with the representation and its ETag.
pub fn ok_with_etag<T: Serialize>(representation: &T) -> HttpResponse {
    HttpResponse::Ok().insert_header((header::ETAG, etag_of(representation))).json(representation)
}

/// 201 with `Location`, the representation and its ETag.
pub fn created<T: Serialize>(location: String, representation: &T) -> HttpResponse {
    HttpResponse::Created()
        .insert_header((header::LOCATION, location))
        .insert_header((header::ETAG, etag_of(representation)))
        .json(representation)
}

/// Reads an id of kind `T` from a path segment; 404 ("No group with this id.") when it is not a
/// UUID, since no such resource can exist.
pub fn id<T: api_types::Id>(segment: &str) -> ApiResult<T> {
    uuid::Uuid::parse_str(segment).map(T::from).map_err(|_| ApiError::NotFound(format!("No {} with this id.", T::NOUN)))
}

/// Reads the two ids of a nested resource's path (`/questions/{id}/referrals/{referralId}`).
pub fn ids<A: api_types::Id, B: api_types::Id>(path: web::Path<(String, String)>) -> ApiResult<(A, B)> {
    let (outer, inner) = path.into_inner();
    Ok((id(&outer)?, id(&inner)?))
}

/// A stored UTC instant as `DateTime<Utc>`.
pub fn utc(value: chrono::NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_naive_utc_and_offset(value, chrono::Utc)
}

/// Who may keep a calendar feed: shared caches (a public feed) or only the client (a personal or
/// members' feed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedCaching {
    /// Anyone may cache it for five minutes.
    Public,
    /// The client may keep it, but revalidates with its `ETag` each time.
    Private,
}

/// 200 with an iCalendar document (`text/calendar`) and its strong `ETag`, or 304 when
/// `If-None-Match` names that `ETag`: calendar apps poll feeds often.
pub fn calendar_response(req: &HttpRequest, body: String, caching: FeedCaching) -> HttpResponse {
    let etag = etag_of(&body);
    let cache_control = match caching {
        FeedCaching::Public => "public, max-age=300",
        FeedCaching::Private => "private, no-cache",
    };
    let matches =
        req.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| etag_listed(v, &etag));
    if matches {
        return HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .insert_header((header::CACHE_CONTROL, cache_control))
            .finish();
    }
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, cache_control))
        .body(body)
}
