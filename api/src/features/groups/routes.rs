//! Handlers of `groups` and their members, with their OpenAPI annotations.

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::{
    Group, GroupId, GroupPatch, GroupStatus, Membership, MembershipId, MembershipKind, MembershipPatch,
    NeighbourhoodId, NewGroup, NewMembership, Page, PersonId, ProblemCode, PublicGroup,
};
use serde::Deserialize;

use super::{load_group, load_membership, manages, rules, store, to_groups, to_memberships, Ports};
use crate::access::{policy, Caller, Principal};
use crate::db::{self, DbConnection};
use crate::error::{invalid, ApiError, ApiResult};
use crate::features::neighbourhoods;
use crate::web::body::ValidJson;
use crate::web::http::{self, ChangesParams, IfMatch, PageParams};
use crate::web::state::AppState;

/// Filters of `GET /groups`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct GroupFilter {
    /// Only groups with this status.
    status: Option<GroupStatus>,
    /// Only groups in this neighbourhood.
    neighbourhood_id: Option<uuid::Uuid>,
}

/// List groups
///
/// List groups, in creation order. Every account sees every group and its composition; members
/// and contact details need more (see `GET /groups/{id}/members`).
#[utoipa::path(
    get,
    path = "/groups", tag = "groups",
    params(GroupFilter, PageParams, ChangesParams),
    responses((status = 200, description = "A page of groups", body = Page<Group>)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn list_groups(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    req: HttpRequest,
    _caller: Caller,
) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<GroupFilter>(&req)?;
    let groups = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            let neighbourhood = filter.neighbourhood_id.map(NeighbourhoodId::from);
            let rows = store::page(conn, filter.status, neighbourhood.as_ref(), &request)?;
            to_groups(conn, &ports, rows)
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::changes_page(&req, &request, groups, |g| (g.id.to_string(), g.updated_at))))
}

/// 400 on `pointer` unless the neighbourhood exists.
fn require_neighbourhood(conn: &mut DbConnection, id: &NeighbourhoodId, pointer: &str) -> ApiResult<()> {
    if !neighbourhoods::exists(conn, id)? {
        return Err(ApiError::invalid(pointer, "not_found", "No neighbourhood with this id."));
    }
    Ok(())
}

/// A slug from the name that no group has yet: `-2`, `-3`, … when taken.
fn unique_slug(conn: &mut DbConnection, name: &str) -> ApiResult<String> {
    let base = rules::slugify(name);
    let base = if base.is_empty() { "groep".to_string() } else { base };
    let mut candidate = base.clone();
    for n in 2.. {
        if !store::slug_taken(conn, &candidate)? {
            break;
        }
        candidate = format!("{base}-{n}");
    }
    Ok(candidate)
}

/// Create a group
///
/// Create a group (coordinators and admins). It starts `forming`; its slug comes from its name.
#[utoipa::path(
    post,
    path = "/groups", tag = "groups",
    request_body = NewGroup,
    responses((status = 201, description = "The group was created", body = Group,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn create_group(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    caller: Principal,
    body: ValidJson<NewGroup>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&policy::COORDINATORS)?;
    let new = body.0;
    let group = db::run_write(&state.pool, move |conn| {
        let neighbourhood_id = NeighbourhoodId::from(new.neighbourhood_id);
        require_neighbourhood(conn, &neighbourhood_id, "/neighbourhoodId")?;
        let slug = unique_slug(conn, &new.name)?;
        let id = store::insert(
            conn,
            &store::NewGroupRow {
                name: new.name.trim(),
                slug: &slug,
                neighbourhood_id,
                status: GroupStatus::Forming,
                description: new.description.as_deref(),
                meeting_place: new.meeting_place.as_deref(),
            },
        )?;
        load_group(conn, &ports, &id)
    })
    .await?;
    Ok(http::created(format!("/api/v1/groups/{}", group.id), &group))
}

/// Read a group
///
/// Read a group with its composition.
#[utoipa::path(
    get,
    path = "/groups/{id}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    responses((status = 200, description = "The group", body = Group)),
    security(("bearer" = []), ("oauth2" = ["read"]))
)]
pub async fn get_group(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    _caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: GroupId = http::id(&id)?;
    let group = db::run(&state.pool, move |conn| load_group(conn, &ports, &id)).await?;
    Ok(http::ok_with_etag(&group))
}

/// Read a group's public face
///
/// A group's public face, found by its slug: name, neighbourhood, what it is about, where it
/// meets, and its own site as its members set it up. Without an account; nothing about its
/// members.
#[utoipa::path(
    get, path = "/public/groups/{slug}", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, description = "The group", body = PublicGroup)),
)]
pub async fn public_group(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    slug: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let group = db::run(&state.pool, move |conn| {
        let row = store::find_by_slug(conn, &slug)?;
        let row = row.ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        let neighbourhood_name = neighbourhoods::names(conn, std::slice::from_ref(&row.neighbourhood_id))?
            .remove(&row.neighbourhood_id)
            .ok_or_else(|| ApiError::Internal("the group's neighbourhood is missing".into()))?;
        let site = (ports.site)(conn, &row.id)?;
        Ok(PublicGroup {
            neighbourhood_id: row.neighbourhood_id.uuid(),
            site,
            name: row.name,
            slug: row.slug,
            neighbourhood_name,
            status: row.status,
            description: row.description,
            meeting_place: row.meeting_place,
        })
    })
    .await?;
    Ok(http::ok_with_etag(&group))
}

/// Change a group
///
/// Change a group (JSON merge patch). Members may change its name, description and meeting place;
/// status and neighbourhood are for coordinators and admins. `{"status": "active"}` activates the
/// group only when every composition rule is met: otherwise 409 listing **every** unmet rule.
#[utoipa::path(
    patch,
    path = "/groups/{id}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = GroupPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed group", body = Group,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_group(
    state: web::Data<AppState>,
    ports: web::Data<Ports>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<GroupPatch>,
) -> ApiResult<HttpResponse> {
    let id: GroupId = http::id(&id)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let group = db::run_write(&state.pool, move |conn| {
        store::lock(conn, &id)?;
        let current = load_group(conn, &ports, &id)?;
        if !manages(conn, &caller, &id)? {
            return Err(ApiError::Forbidden("You can only change groups you are a member of.".into()));
        }
        if (patch.status.is_some() || patch.neighbourhood_id.is_some()) && !policy::changes_group_standing(&caller) {
            return Err(ApiError::Forbidden("Only coordinators change a group's status or neighbourhood.".into()));
        }
        if_match.check(&current)?;
        if let Some(neighbourhood) = patch.neighbourhood_id {
            require_neighbourhood(conn, &neighbourhood.into(), "/neighbourhoodId")?;
        }
        if let Some(status) = patch.status.filter(|s| *s != current.status) {
            rules::check_transition(current.status, status, &current.composition)?;
        }
        db::unless_unchanged(conn, current, |conn| {
            store::update(conn, &id, &patch)?;
            load_group(conn, &ports, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&group))
}

/// Filters of `GET /groups/{id}/members`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct MemberFilter {
    /// `true`: only current memberships; `false`: only ended ones; absent: the whole history.
    current: Option<bool>,
    /// Only residents or only professionals.
    kind: Option<MembershipKind>,
}

/// 404 for no such group, 403 unless the caller sees its members.
fn require_member_reader(conn: &mut DbConnection, caller: &Principal, group: &GroupId) -> ApiResult<()> {
    if store::find(conn, group)?.is_none() {
        return Err(ApiError::NotFound("No group with this id.".into()));
    }
    if !manages(conn, caller, group)? {
        return Err(ApiError::Forbidden("Only the group's members and coordinators see its members.".into()));
    }
    Ok(())
}

/// List a group's memberships
///
/// List a group's memberships, current and past (coordinators, admins and the group's current
/// members; others get 403 and nothing of the group).
#[utoipa::path(
    get,
    path = "/groups/{id}/members", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"), MemberFilter, PageParams),
    responses((status = 200, description = "A page of memberships", body = Page<Membership>)),
    security(("bearer" = []))
)]
pub async fn list_members(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id: GroupId = http::id(&id)?;
    let (filter, request) = http::list_query::<MemberFilter>(&req)?;
    let members = db::run(&state.pool, {
        let request = request.clone();
        move |conn| {
            require_member_reader(conn, &caller, &id)?;
            let rows = store::membership_page(conn, &id, filter.current, filter.kind, &request)?;
            to_memberships(conn, rows)
        }
    })
    .await?;
    Ok(HttpResponse::Ok().json(http::page(&req, &request, members, |m| m.id.to_string())))
}

/// Add a person to a group
///
/// Add a person to a group. From the programme: while the group is not ended, a member that would
/// make it exceed 8 current members (`max-members`) or 2 professionals (`max-professionals`) is
/// refused with 409. Professionals need a `professionalRole`; residents have none.
#[utoipa::path(
    post,
    path = "/groups/{id}/members", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    request_body = NewMembership,
    responses((status = 201, description = "The membership was created", body = Membership,
         headers(("Location" = String, description = "Where the new resource is"), ("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn add_member(
    state: web::Data<AppState>,
    caller: Principal,
    id: web::Path<String>,
    body: ValidJson<NewMembership>,
) -> ApiResult<HttpResponse> {
    let group: GroupId = http::id(&id)?;
    let new = body.0;
    let membership = db::run_write(&state.pool, move |conn| super::add_member(conn, &caller, &group, &new)).await?;
    Ok(http::created(format!("/api/v1/groups/{}/members/{}", membership.group_id, membership.id), &membership))
}

/// Read a membership
///
/// Read one membership.
#[utoipa::path(
    get,
    path = "/groups/{id}/members/{membershipId}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("membershipId" = uuid::Uuid, Path, description = "Membership id")),
    responses((status = 200, description = "The membership", body = Membership)),
    security(("bearer" = []))
)]
pub async fn get_member(
    state: web::Data<AppState>,
    caller: Principal,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, MembershipId) = http::ids(path)?;
    let membership = db::run(&state.pool, move |conn| {
        require_member_reader(conn, &caller, &group)?;
        load_membership(conn, &group, &id)
    })
    .await?;
    Ok(http::ok_with_etag(&membership))
}

/// Change a membership
///
/// Change a membership (JSON merge patch). Setting `leftOn` ends it: the record stays as history
/// and stops counting towards the composition from that day.
#[utoipa::path(
    patch,
    path = "/groups/{id}/members/{membershipId}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("membershipId" = uuid::Uuid, Path, description = "Membership id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = MembershipPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed membership", body = Membership,
         headers(("ETag" = String, description = "Its ETag, for `If-Match` on a change")))),
    security(("bearer" = []))
)]
pub async fn patch_member(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Principal,
    path: web::Path<(String, String)>,
    body: ValidJson<MembershipPatch>,
) -> ApiResult<HttpResponse> {
    let (group, id): (GroupId, MembershipId) = http::ids(path)?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let membership = db::run_write(&state.pool, move |conn| {
        store::lock(conn, &group)?;
        if !manages(conn, &caller, &group)? {
            return Err(ApiError::Forbidden("You can only change groups you are a member of.".into()));
        }
        let current = load_membership(conn, &group, &id)?;
        let professional = PersonId::from(current.person_id);
        if current.kind == MembershipKind::Professional
            && patch.left_on.is_some()
            && !policy::ends_professional_membership(&caller, &professional)
        {
            return Err(ApiError::Forbidden(
                "Only a coordinator, or the professional themself, ends a professional's membership: the programme always involves one or two professionals.".into(),
            ));
        }
        if_match.check(&current)?;
        let today = db::today();
        let ended = current.left_on.is_some_and(|left| left <= today);
        if ended && patch.left_on.is_some_and(|left| left > today) {
            return Err(ApiError::conflict(
                ProblemCode::MembershipEnded,
                "An ended membership stays ended (the composition rules were not checked for it); add the person again instead.",
            ));
        }
        let mut errors = Vec::new();
        if patch.left_on.is_some_and(|left| left < current.joined_on) {
            errors.push(invalid("/leftOn", "range", "Cannot be before the day the member joined (joinedOn)."));
        }
        if current.kind == MembershipKind::Resident && (patch.professional_role.is_some() || patch.organisation.is_some())
        {
            errors.push(invalid("/professionalRole", "invalid_value", "Only professionals have a role and organisation."));
        }
        if !errors.is_empty() {
            return Err(ApiError::InvalidInput(errors));
        }
        db::unless_unchanged(conn, current, |conn| {
            store::update_membership(conn, &id, &patch)?;
            load_membership(conn, &group, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&membership))
}

crate::operations! {
    /// The operations of groups: one list for their routes and their part of the OpenAPI document.
    pub struct GroupsApi;
    list_groups, create_group, get_group, patch_group, public_group, list_members, add_member, get_member, patch_member,
}
