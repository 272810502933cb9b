//! Handlers of `organisations`, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    NeighbourhoodId, NewOrganisation, Organisation, OrganisationId, OrganisationKind, OrganisationPatch, Page, Topic,
};
use serde::Deserialize;

use super::store;
use crate::access::{policy, Caller};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::neighbourhoods;
use crate::web::body::ValidJson;
use crate::web::http::{self, ChangesParams, IfMatch, PageParams};
use crate::web::state::AppState;

/// One organisation's representation; 404 when it does not exist.
fn load(conn: &mut DbConnection, id: &OrganisationId) -> ApiResult<Organisation> {
    store::find(conn, id)?
        .ok_or_else(|| ApiError::NotFound("No organisation with this id.".into()))?
        .into_organisation()
}

/// 400 unless every neighbourhood named exists (each named once).
fn require_neighbourhoods(conn: &mut DbConnection, ids: &[uuid::Uuid]) -> ApiResult<()> {
    let typed: Vec<NeighbourhoodId> = ids.iter().copied().map(Into::into).collect();
    if neighbourhoods::count_existing(conn, &typed)? != ids.len() {
        return Err(ApiError::invalid("/neighbourhoodIds", "not_found", "Every neighbourhood must exist."));
    }
    Ok(())
}

/// Filters of `GET /organisations`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct OrganisationFilter {
    /// Only organisations that help with this topic.
    topic: Option<Topic>,
    /// Only organisations of this kind.
    kind: Option<OrganisationKind>,
}

/// The organisation as the caller may see it: its contact person is someone's name, so an API
/// client without `personal_data` does not see it (its phone, email and website are the
/// organisation's own).
fn shown(mut organisation: Organisation, caller: &Caller) -> Organisation {
    if !caller.may_see_personal_data() {
        organisation.contact_person = None;
    }
    organisation
}

/// 403 `insufficient-scope` for an API client without `personal_data` that sends a contact person:
/// it does not see that name, so it may not write or clear it (a read-change-write of what it sees
/// would erase it).
fn require_personal_data_scope(caller: &Caller, contact_person_given: bool) -> ApiResult<()> {
    if contact_person_given && !caller.may_see_personal_data() {
        return Err(ApiError::InsufficientScope(vec![api_types::Scope::Write, api_types::Scope::PersonalData]));
    }
    Ok(())
}

/// List organisations
///
/// The directory, in order of entry; filter by topic or kind.
#[utoipa::path(
    get, path = "/organisations", tag = "organisations",
    params(OrganisationFilter, PageParams, ChangesParams),
    responses((status = 200, description = "A page of organisations", body = Page<Organisation>)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn list_organisations(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<OrganisationFilter>(&req)?;
    let items = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let rows = store::page(conn, filter.kind, filter.topic, &request)?;
            rows.into_iter().map(|row| Ok(shown(row.into_organisation()?, &caller))).collect::<ApiResult<Vec<_>>>()
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::changes_page(&req, &request, items, |o| (o.id.to_string(), o.updated_at))))
}

/// Add an organisation
///
/// Add an organisation (coordinators, admins and professionals).
#[utoipa::path(
    post, path = "/organisations", tag = "organisations",
    request_body = NewOrganisation,
    responses((status = 201, description = "The organisation was added", body = Organisation,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []), ("oauth2" = ["write"]))
)]
pub async fn create_organisation(
    state: web::Data<AppState>,
    caller: Caller,
    body: ValidJson<NewOrganisation>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::DIRECTORY_EDITORS)?;
    let new = body.0;
    require_personal_data_scope(&caller, new.contact_person.is_some())?;
    let organisation = db::run_write(&state.pool, move |conn| {
        require_neighbourhoods(conn, &new.neighbourhood_ids)?;
        let id = store::insert(conn, &new)?;
        Ok(shown(load(conn, &id)?, &caller))
    })
    .await?;
    Ok(http::created(format!("/api/v1/organisations/{}", organisation.id), &organisation))
}

/// Read an organisation
///
/// Read an organisation.
#[utoipa::path(
    get, path = "/organisations/{id}", tag = "organisations",
    params(("id" = uuid::Uuid, Path, description = "Organisation id")),
    responses((status = 200, description = "The organisation", body = Organisation)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn get_organisation(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: OrganisationId = http::id(&id)?;
    let organisation = db::run(&state.pool, move |conn| Ok(shown(load(conn, &id)?, &caller))).await?;
    Ok(http::ok_with_etag(&organisation))
}

/// Change an organisation
///
/// Change an organisation (coordinators, admins and professionals; JSON merge patch with
/// `If-Match`).
#[utoipa::path(
    patch, path = "/organisations/{id}", tag = "organisations",
    params(("id" = uuid::Uuid, Path, description = "Organisation id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = OrganisationPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed organisation", body = Organisation,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []), ("oauth2" = ["write"]))
)]
pub async fn patch_organisation(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<OrganisationPatch>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::DIRECTORY_EDITORS)?;
    let id: OrganisationId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    require_personal_data_scope(&caller, patch.contact_person.is_some())?;
    let organisation = db::run_write(&state.pool, move |conn| {
        let current = load(conn, &id)?;
        if_match.check(&shown(current.clone(), &caller))?;
        // The lists are written whole: the patch's where it has them, the current ones otherwise.
        let topics = patch.topics.as_deref().unwrap_or(&current.topics);
        let neighbourhood_ids = patch.neighbourhood_ids.as_deref().unwrap_or(&current.neighbourhood_ids);
        require_neighbourhoods(conn, neighbourhood_ids)?;
        // Compared whole: a change to what this caller does not see is still a change.
        let changed = db::unless_unchanged(conn, current.clone(), |conn| {
            store::update(conn, &id, &patch, topics, neighbourhood_ids)?;
            load(conn, &id)
        })?;
        Ok(shown(changed, &caller))
    })
    .await?;
    Ok(http::ok_with_etag(&organisation))
}

crate::operations! {
    /// The operations of organisations: one list for their routes and their part of the OpenAPI document.
    pub struct OrganisationsApi;
    list_organisations, create_organisation, get_organisation, patch_organisation,
}
