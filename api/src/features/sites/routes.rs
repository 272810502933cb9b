//! Handlers of `groups/{id}/site`, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{GroupId, GroupSite, GroupSitePatch};

use super::store::{self, SiteValues};
use crate::access::{self, Principal};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::groups;
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch};
use crate::web::state::AppState;

/// The site's representation: the stored one, or how every site starts.
fn site(conn: &mut DbConnection, group: &groups::GroupSummary) -> ApiResult<GroupSite> {
    let row = store::find(conn, &group.id)?;
    let values = match &row {
        Some(row) => store::values(row)?,
        None => SiteValues::starting(),
    };
    let by = row.as_ref().and_then(|r| r.updated_by);
    let names = access::account_names(conn, by.as_slice())?;
    Ok(GroupSite {
        group_id: group.id.uuid(),
        slug: group.slug.clone(),
        introduction: values.introduction,
        contact: values.contact,
        walk_in_place: values.walk_in_place,
        walk_in_time: values.walk_in_time,
        sections: values.sections,
        colour: values.colour,
        updated_by: by.and_then(|b| names.get(&b)).map(|(name, _)| name.clone()),
        // A row written by nobody is a site as it starts (locked once, never changed).
        updated_at: row.filter(|r| r.updated_by.is_some()).map(|r| http::utc(r.updated_at)),
    })
}

/// The group (404 when there is none) and whether the caller sets up its site: its current
/// members and coordinators (`groups::manages`).
fn group_of(conn: &mut DbConnection, caller: &Principal, id: &GroupId) -> ApiResult<(groups::GroupSummary, bool)> {
    let group = groups::summary(conn, id)?.ok_or_else(|| ApiError::NotFound("No group with this id.".into()))?;
    let manages = groups::manages(conn, caller, id)?;
    Ok((group, manages))
}

/// Read a group's site settings
///
/// The group's site as its members set it up (the members and coordinators; others 403).
#[utoipa::path(
    get, path = "/groups/{id}/site", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    responses((status = 200, description = "The site", body = GroupSite,
               headers(("ETag" = String, description = "Its ETag, for `If-Match`")))),
    security(("bearer" = []))
)]
pub async fn get_site(state: web::Data<AppState>, caller: Principal, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id: GroupId = http::id(&id)?;
    let site = db::run(&state.pool, move |conn| {
        let (group, manages) = group_of(conn, &caller, &id)?;
        if !manages {
            return Err(ApiError::Forbidden("The group's members and coordinators set up its site.".into()));
        }
        site(conn, &group)
    })
    .await?;
    Ok(http::ok_with_etag(&site))
}

/// Change a group's site
///
/// Change the group's site (JSON merge patch; send `If-Match` with the ETag read, 412 when it
/// changed meanwhile). Every current member of the group, connectors too, and coordinators.
/// The colour must carry white text at a contrast of at least 4.5:1.
#[utoipa::path(
    patch, path = "/groups/{id}/site", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = GroupSitePatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed site", body = GroupSite,
               headers(("ETag" = String, description = "Its ETag")))),
    security(("bearer" = []))
)]
pub async fn patch_site(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<GroupSitePatch>,
) -> ApiResult<HttpResponse> {
    let id: GroupId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let site = db::run_write(&state.pool, move |conn| {
        let (group, manages) = group_of(conn, &caller, &id)?;
        if !manages {
            return Err(ApiError::Forbidden(
                "Only the group's members and coordinators set up its site; you are not a member of this group.".into(),
            ));
        }
        // Compared after the lock, so of two changes made on one ETag only the first wins.
        groups::lock(conn, &id)?;
        store::ensure(conn, &id)?;
        let current = site(conn, &group)?;
        if_match.check(&current)?;
        let row = store::find(conn, &id)?.ok_or_else(|| ApiError::Internal("a locked site is gone".into()))?;
        let before = store::values(&row)?;
        let values = SiteValues {
            introduction: patch.introduction.unwrap_or(before.introduction),
            contact: patch.contact.unwrap_or(before.contact),
            walk_in_place: patch.walk_in_place.unwrap_or(before.walk_in_place),
            walk_in_time: patch.walk_in_time.unwrap_or(before.walk_in_time),
            sections: patch.sections.unwrap_or(before.sections),
            colour: patch.colour.unwrap_or(before.colour),
        };
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &values, &caller.account_id)?;
            site(conn, &group)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&site))
}

crate::operations! {
    /// The operations of sites: one list for their routes and their part of the OpenAPI document.
    pub struct SitesApi;
    get_site, patch_site,
}
