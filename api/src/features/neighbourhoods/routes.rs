//! Handlers of `neighbourhoods`, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{Neighbourhood, NeighbourhoodId, NeighbourhoodPatch, NewNeighbourhood, Page, ProblemCode};

use super::{rules, store};
use crate::access::{policy, Caller};
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, ChangesParams, IfMatch, PageParams};
use crate::web::state::AppState;

/// List neighbourhoods
///
/// List neighbourhoods in creation order; with `updatedSince`, those changed since then, in the
/// order they changed (for a mirror).
#[utoipa::path(
    get,
    path = "/neighbourhoods", tag = "neighbourhoods",
    params(PageParams, ChangesParams),
    responses((status = 200, description = "A page of neighbourhoods", body = Page<Neighbourhood>)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn list_neighbourhoods(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: Caller,
) -> ApiResult<HttpResponse> {
    let (http::NoFilter {}, request) = http::list_query(&req)?;
    let rows = db::run(&state.pool, {
        let request = request.clone();
        move |conn| store::page(conn, &request)
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::changes_page(&req, &request, rows, |n| (n.id.to_string(), n.updated_at))))
}

/// Create a neighbourhood
///
/// Create a neighbourhood (coordinators and admins).
#[utoipa::path(
    post,
    path = "/neighbourhoods", tag = "neighbourhoods",
    request_body = NewNeighbourhood,
    responses((status = 201, description = "The neighbourhood was created", body = Neighbourhood,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []), ("oauth2" = ["write"]))
)]
pub async fn create_neighbourhood(
    state: web::Data<AppState>,
    caller: Caller,
    body: ValidJson<NewNeighbourhood>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let new = body.0;
    let problems =
        rules::code_problems(new.buurt_code.as_deref(), new.wijk_code.as_deref(), new.gemeente_code.as_deref());
    if !problems.is_empty() {
        return Err(ApiError::InvalidInput(problems));
    }
    let neighbourhood = db::run_write(&state.pool, move |conn| {
        if let Some(code) = &new.buurt_code {
            if store::buurt_code_taken(conn, code)? {
                return Err(ApiError::conflict(
                    ProblemCode::DuplicateBuurtCode,
                    format!("A neighbourhood with buurt code {code} exists already."),
                ));
            }
        }
        let id = store::insert(conn, &new)?;
        store::find(conn, &id)
    })
    .await?;
    Ok(http::created(format!("/api/v1/neighbourhoods/{}", neighbourhood.id), &neighbourhood))
}

/// Read a neighbourhood
///
/// Read a neighbourhood.
#[utoipa::path(
    get,
    path = "/neighbourhoods/{id}", tag = "neighbourhoods",
    params(("id" = uuid::Uuid, Path, description = "Neighbourhood id")),
    responses((status = 200, description = "The neighbourhood", body = Neighbourhood)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn get_neighbourhood(
    state: web::Data<AppState>,
    _caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: NeighbourhoodId = http::id(&id)?;
    let neighbourhood = db::run(&state.pool, move |conn| store::find(conn, &id)).await?;
    Ok(http::ok_with_etag(&neighbourhood))
}

/// Change a neighbourhood
///
/// Change a neighbourhood (coordinators and admins; JSON merge patch).
#[utoipa::path(
    patch,
    path = "/neighbourhoods/{id}", tag = "neighbourhoods",
    params(("id" = uuid::Uuid, Path, description = "Neighbourhood id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = NeighbourhoodPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed neighbourhood", body = Neighbourhood,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []), ("oauth2" = ["write"]))
)]
pub async fn patch_neighbourhood(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<NeighbourhoodPatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let id: NeighbourhoodId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let neighbourhood = db::run_write(&state.pool, move |conn| {
        let current = store::find(conn, &id)?;
        if_match.check(&current)?;
        let merged = |given: &Option<Option<String>>, stored: &Option<String>| match given {
            Some(value) => value.clone(),
            None => stored.clone(),
        };
        let problems = rules::code_problems(
            merged(&patch.buurt_code, &current.buurt_code).as_deref(),
            merged(&patch.wijk_code, &current.wijk_code).as_deref(),
            merged(&patch.gemeente_code, &current.gemeente_code).as_deref(),
        );
        if !problems.is_empty() {
            return Err(ApiError::InvalidInput(problems));
        }
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &patch)?;
            store::find(conn, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&neighbourhood))
}

crate::operations! {
    /// The operations of neighbourhoods: one list for their routes and their part of the OpenAPI document.
    pub struct NeighbourhoodsApi;
    list_neighbourhoods, create_neighbourhood, get_neighbourhood, patch_neighbourhood,
}
