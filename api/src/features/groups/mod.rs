//! `groups` and their memberships (`groups/{id}/members`), under the programme's composition rules.

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};
use api_types::ProblemCode;
use api_types::{
    Composition, CompositionRule, Group, GroupPatch, GroupStatus, Membership, MembershipKind, MembershipPatch,
    NewGroup, NewMembership, Page, ProfessionalRole, PublicGroup, Role, MAX_MEMBERS, MAX_PROFESSIONALS,
};
use diesel::prelude::*;
use serde::Deserialize;

use crate::access::Caller;
use crate::db::schema::{groups, memberships, neighbourhoods, people};
use crate::db::{self, DbConnection};
use crate::error::invalid;
use crate::error::{ApiError, ApiResult};
use crate::web::body::ValidJson;
use crate::web::http::{self, IfMatch, PageParams, PageRequest};
use crate::web::state::AppState;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = groups)]
struct GroupRow {
    id: String,
    name: String,
    slug: String,
    neighbourhood_id: String,
    status: GroupStatus,
    description: Option<String>,
    meeting_place: Option<String>,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = memberships)]
struct MembershipRow {
    id: String,
    group_id: String,
    person_id: String,
    kind: MembershipKind,
    professional_role: Option<ProfessionalRole>,
    organisation: Option<String>,
    joined_on: chrono::NaiveDate,
    left_on: Option<chrono::NaiveDate>,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
}

pub use current::is_current;

mod current {
    // `auto_type` generates an undocumented type alias beside the function.
    #![allow(missing_docs)]
    use crate::db::schema::memberships;
    use diesel::prelude::*;

    /// Memberships that count today: not left, or leaving after today.
    #[diesel::dsl::auto_type]
    pub fn is_current(today: chrono::NaiveDate) -> _ {
        memberships::left_on.is_null().or(memberships::left_on.gt(today))
    }
}

/// Current residents and professionals per group, for the given groups.
pub fn compositions(conn: &mut DbConnection, group_ids: &[String]) -> ApiResult<HashMap<String, Composition>> {
    // One read of the current members gives both the counts per kind and who to look up for
    // training completion.
    let current: Vec<(String, String, MembershipKind)> = memberships::table
        .filter(memberships::group_id.eq_any(group_ids))
        .filter(is_current(db::today()))
        .select((memberships::group_id, memberships::person_id, memberships::kind))
        .load(conn)?;
    let person_ids: Vec<String> = current.iter().map(|(_, person, _)| person.clone()).collect();
    let trained = crate::features::trainings::people_who_completed(conn, &person_ids)?;
    // (residents, professionals, trained members) per group.
    let mut tallies: HashMap<String, (i64, i64, i64)> = group_ids.iter().map(|id| (id.clone(), (0, 0, 0))).collect();
    for (group_id, person_id, kind) in current {
        let tally = tallies.entry(group_id).or_default();
        match kind {
            MembershipKind::Professional => tally.1 += 1,
            MembershipKind::Resident => tally.0 += 1,
        }
        if trained.contains(&person_id) {
            tally.2 += 1;
        }
    }
    Ok(tallies
        .into_iter()
        .map(|(id, (residents, professionals, trained))| {
            let mut composition = Composition::evaluate(residents, professionals);
            composition.untrained_members -= trained;
            (id, composition)
        })
        .collect())
}

fn to_group(row: GroupRow, composition: Composition) -> ApiResult<Group> {
    Ok(Group {
        id: http::uuid(&row.id),
        name: row.name,
        slug: row.slug,
        neighbourhood_id: http::uuid(&row.neighbourhood_id),
        status: row.status,
        description: row.description,
        meeting_place: row.meeting_place,
        composition,
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    })
}

/// Loads one group's representation; 404 when it does not exist.
pub fn load_group(conn: &mut DbConnection, id: &str) -> ApiResult<Group> {
    let row: GroupRow = groups::table
        .find(id)
        .select(GroupRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No group with this id.".into()))?;
    let composition = compositions(conn, std::slice::from_ref(&row.id))?
        .remove(&row.id)
        .unwrap_or_else(|| Composition::evaluate(0, 0));
    to_group(row, composition)
}

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

/// List groups, in creation order. Every account sees every group and its composition; members
/// and contact details need more (see `GET /groups/{id}/members`).
#[utoipa::path(
    get,
    path = "/groups", tag = "groups",
    params(GroupFilter, PageParams),
    responses((status = 200, description = "A page of groups", body = Page<Group>)),
    security(("bearer" = []))
)]
pub async fn list_groups(state: web::Data<AppState>, req: HttpRequest, _caller: Caller) -> ApiResult<HttpResponse> {
    let (filter, request) = http::list_query::<GroupFilter>(&req)?;
    let rows = {
        let request = request.clone();
        db::run(&state.pool, move |conn| list_rows(conn, &filter, &request)).await?
    };
    let page = http::page(&req, &request, rows, |g| g.id.to_string());
    Ok(HttpResponse::Ok().json(page))
}

fn list_rows(conn: &mut DbConnection, filter: &GroupFilter, request: &PageRequest) -> ApiResult<Vec<Group>> {
    let mut query =
        groups::table.select(GroupRow::as_select()).order(groups::id.asc()).limit(request.size + 1).into_boxed();
    if let Some(status) = filter.status {
        query = query.filter(groups::status.eq(status));
    }
    if let Some(neighbourhood_id) = filter.neighbourhood_id {
        query = query.filter(groups::neighbourhood_id.eq(neighbourhood_id.to_string()));
    }
    if let Some(after) = &request.after {
        query = query.filter(groups::id.gt(after.clone()));
    }
    let rows: Vec<GroupRow> = query.load(conn)?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut compositions = compositions(conn, &ids)?;
    rows.into_iter()
        .map(|row| {
            let composition = compositions.remove(&row.id).unwrap_or_else(|| Composition::evaluate(0, 0));
            to_group(row, composition)
        })
        .collect()
}

/// Create a group (coordinators and admins). It starts `forming`; its slug comes from its name.
#[utoipa::path(
    post,
    path = "/groups", tag = "groups",
    request_body = NewGroup,
    responses((status = 201, description = "The group was created", body = Group)),
    security(("bearer" = []))
)]
pub async fn create_group(
    state: web::Data<AppState>,
    caller: Caller,
    body: ValidJson<NewGroup>,
) -> ApiResult<HttpResponse> {
    caller.require_role(&[Role::Admin, Role::Coordinator])?;
    let new = body.0;
    let group = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            require_neighbourhood(conn, &new.neighbourhood_id.to_string(), "/neighbourhoodId")?;
            let id = http::new_id();
            let now = db::now();
            let slug = unique_slug(conn, &new.name)?;
            diesel::insert_into(groups::table)
                .values((
                    groups::id.eq(&id),
                    groups::name.eq(new.name.trim()),
                    groups::slug.eq(slug),
                    groups::neighbourhood_id.eq(new.neighbourhood_id.to_string()),
                    groups::status.eq(GroupStatus::Forming),
                    groups::description.eq(new.description.as_deref().map(str::trim).filter(|s| !s.is_empty())),
                    groups::meeting_place.eq(new.meeting_place.as_deref().map(str::trim).filter(|s| !s.is_empty())),
                    groups::created_at.eq(now),
                    groups::updated_at.eq(now),
                ))
                .execute(conn)?;
            load_group(conn, &id)
        })
    })
    .await?;
    Ok(http::created(format!("/api/v1/groups/{}", group.id), &group))
}

fn require_neighbourhood(conn: &mut DbConnection, id: &str, pointer: &str) -> ApiResult<()> {
    let exists: i64 = neighbourhoods::table.filter(neighbourhoods::id.eq(id)).count().get_result(conn)?;
    if exists == 0 {
        return Err(ApiError::invalid(pointer, "not_found", "No neighbourhood with this id."));
    }
    Ok(())
}

/// A URL-safe slug from a name: lower case ASCII letters and digits joined by hyphens, made unique
/// with a numeric suffix.
fn unique_slug(conn: &mut DbConnection, name: &str) -> ApiResult<String> {
    let base = slugify(name);
    let base = if base.is_empty() { "groep".to_string() } else { base };
    let mut candidate = base.clone();
    for n in 2.. {
        let taken: i64 = groups::table.filter(groups::slug.eq(&candidate)).count().get_result(conn)?;
        if taken == 0 {
            break;
        }
        candidate = format!("{base}-{n}");
    }
    Ok(candidate)
}

/// `Buurtverbinders Oost-Éénhoorn` → `buurtverbinders-oost-eenhoorn`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        let c = fold_accent(c).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(80).collect::<String>().trim_end_matches('-').to_string()
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ĳ' => 'y',
        other => other,
    }
}

/// Read a group with its composition.
#[utoipa::path(
    get,
    path = "/groups/{id}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    responses((status = 200, description = "The group", body = Group)),
    security(("bearer" = []))
)]
pub async fn get_group(state: web::Data<AppState>, _caller: Caller, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "group")?;
    let group = db::run(&state.pool, move |conn| load_group(conn, &id)).await?;
    Ok(http::ok_with_etag(&group))
}

/// A group's public face, found by its slug: name, neighbourhood, what it is about and where it
/// meets. Without an account; nothing about its members.
#[utoipa::path(
    get, path = "/public/groups/{slug}", tag = "public",
    params(("slug" = String, Path, description = "The group's slug")),
    responses((status = 200, description = "The group", body = PublicGroup)),
)]
pub async fn public_group(state: web::Data<AppState>, slug: web::Path<String>) -> ApiResult<HttpResponse> {
    let slug = slug.into_inner();
    let group = db::run(&state.pool, move |conn| {
        let (row, neighbourhood_name) = groups::table
            .inner_join(neighbourhoods::table)
            .filter(groups::slug.eq(&slug))
            .select((GroupRow::as_select(), neighbourhoods::name))
            .first::<(GroupRow, String)>(conn)
            .optional()?
            .ok_or_else(|| ApiError::NotFound("No group with this address.".into()))?;
        Ok(PublicGroup {
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

/// Change a group (JSON merge patch). Members may change its name, description and meeting place;
/// status and neighbourhood are for coordinators and admins. `{"status": "active"}` activates the
/// group only when every composition rule is met: otherwise 409 listing **every** unmet rule.
#[utoipa::path(
    patch,
    path = "/groups/{id}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = GroupPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed group", body = Group)),
    security(("bearer" = []))
)]
pub async fn patch_group(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<GroupPatch>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "group")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let group = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            touch_group(conn, &id)?;
            let current = load_group(conn, &id)?;
            if !caller.can_manage_group(conn, &id)? {
                return Err(ApiError::Forbidden("You can only change groups you are a member of.".into()));
            }
            if (patch.status.is_some() || patch.neighbourhood_id.is_some()) && !caller.sees_everything() {
                return Err(ApiError::Forbidden("Only coordinators change a group's status or neighbourhood.".into()));
            }
            if_match.check(&current)?;
            let mut errors = Vec::new();
            if let Some(neighbourhood_id) = patch.neighbourhood_id {
                if let Err(ApiError::InvalidInput(mut e)) =
                    require_neighbourhood(conn, &neighbourhood_id.to_string(), "/neighbourhoodId")
                {
                    errors.append(&mut e);
                }
            }
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            if let Some(status) = patch.status {
                if status != current.status {
                    check_transition(&current, status)?;
                }
            }
            diesel::update(groups::table.find(&id))
                .set((
                    patch.name.as_deref().map(|n| groups::name.eq(n.trim().to_string())),
                    patch.neighbourhood_id.map(|n| groups::neighbourhood_id.eq(n.to_string())),
                    patch.status.map(|s| groups::status.eq(s)),
                    patch.description.clone().map(|d| groups::description.eq(d.filter(|s| !s.trim().is_empty()))),
                    patch.meeting_place.clone().map(|p| groups::meeting_place.eq(p.filter(|s| !s.trim().is_empty()))),
                    groups::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            load_group(conn, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&group))
}

/// Whether `group` may move to `to`; activation needs every composition rule met.
fn check_transition(group: &Group, to: GroupStatus) -> ApiResult<()> {
    if !group.status.can_become(to) {
        return Err(ApiError::conflict(
            ProblemCode::InvalidStatusTransition,
            format!("A group that is {} cannot become {}.", group.status.as_str(), to.as_str()),
        ));
    }
    if to == GroupStatus::Active && !group.composition.is_complete {
        let codes: Vec<&str> = group.composition.unmet_rules.iter().map(|r| r.as_str()).collect();
        return Err(ApiError::Conflict {
            code: ProblemCode::CompositionRules,
            detail: format!(
                "The group cannot be activated: it needs 5–8 members, 1–2 professionals and a resident majority. Unmet: {}.",
                codes.join(", ")
            ),
            unmet_rules: group.composition.unmet_rules.clone(),
        });
    }
    Ok(())
}

/// Locks the group row for the rest of the transaction (PostgreSQL row lock; on SQLite the write
/// transaction already holds the database lock), so concurrent membership writes cannot both pass
/// a composition check. 404 when the group does not exist.
fn touch_group(conn: &mut DbConnection, id: &str) -> ApiResult<()> {
    let updated = diesel::update(groups::table.find(id)).set(groups::id.eq(id)).execute(conn)?;
    if updated == 0 {
        return Err(ApiError::NotFound("No group with this id.".into()));
    }
    Ok(())
}

fn to_membership(row: MembershipRow, person_name: String) -> ApiResult<Membership> {
    let today = db::today();
    Ok(Membership {
        id: http::uuid(&row.id),
        group_id: http::uuid(&row.group_id),
        person_id: http::uuid(&row.person_id),
        person_name,
        kind: row.kind,
        professional_role: row.professional_role,
        organisation: row.organisation,
        joined_on: row.joined_on,
        is_current: row.left_on.is_none_or(|left| left > today),
        left_on: row.left_on,
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    })
}

fn load_membership(conn: &mut DbConnection, group_id: &str, id: &str) -> ApiResult<Membership> {
    let (row, name): (MembershipRow, String) = memberships::table
        .inner_join(people::table)
        .filter(memberships::id.eq(id))
        .filter(memberships::group_id.eq(group_id))
        .select((MembershipRow::as_select(), people::name))
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No membership with this id in this group.".into()))?;
    to_membership(row, name)
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
    caller: Caller,
    id: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let id = http::path_id(&id, "group")?;
    let (filter, request) = http::list_query::<MemberFilter>(&req)?;
    let rows = {
        let request = request.clone();
        db::run(&state.pool, move |conn| {
            load_group(conn, &id)?;
            if !caller.can_manage_group(conn, &id)? {
                return Err(ApiError::Forbidden("Only the group's members and coordinators see its members.".into()));
            }
            let today = db::today();
            let mut query = memberships::table
                .inner_join(people::table)
                .filter(memberships::group_id.eq(&id))
                .select((MembershipRow::as_select(), people::name))
                .order(memberships::id.asc())
                .limit(request.size + 1)
                .into_boxed();
            match filter.current {
                Some(true) => query = query.filter(is_current(today)),
                Some(false) => query = query.filter(memberships::left_on.le(today)),
                None => {}
            }
            if let Some(kind) = filter.kind {
                query = query.filter(memberships::kind.eq(kind));
            }
            if let Some(after) = &request.after {
                query = query.filter(memberships::id.gt(after.clone()));
            }
            let rows: Vec<(MembershipRow, String)> = query.load(conn)?;
            rows.into_iter().map(|(row, name)| to_membership(row, name)).collect::<ApiResult<Vec<_>>>()
        })
        .await?
    };
    Ok(HttpResponse::Ok().json(http::page(&req, &request, rows, |m| m.id.to_string())))
}

/// Add a person to a group. From the programme: while the group is not ended, a member that would
/// make it exceed 8 current members (`max-members`) or 2 professionals (`max-professionals`) is
/// refused with 409. Professionals need a `professionalRole`; residents have none.
#[utoipa::path(
    post,
    path = "/groups/{id}/members", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id")),
    request_body = NewMembership,
    responses((status = 201, description = "The membership was created", body = Membership)),
    security(("bearer" = []))
)]
pub async fn add_member(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<String>,
    body: ValidJson<NewMembership>,
) -> ApiResult<HttpResponse> {
    let group_id = http::path_id(&id, "group")?;
    let new = body.0;
    let membership =
        db::run(&state.pool, move |conn| db::write(conn, |conn| insert_membership(conn, &caller, &group_id, &new)))
            .await?;
    Ok(http::created(format!("/api/v1/groups/{}/members/{}", membership.group_id, membership.id), &membership))
}

/// Adds a person to a group within the caller's transaction, under the programme's composition
/// rules (see `add_member`); used by `add_member` and by a candidate's enrolment.
pub fn insert_membership(
    conn: &mut DbConnection,
    caller: &Caller,
    group_id: &str,
    new: &NewMembership,
) -> ApiResult<Membership> {
    touch_group(conn, group_id)?;
    if !caller.can_manage_group(conn, group_id)? {
        return Err(ApiError::Forbidden("You can only change groups you are a member of.".into()));
    }
    let group = load_group(conn, group_id)?;
    let mut errors = Vec::new();
    let person_id = new.person_id.to_string();
    let entered_by: Option<Option<String>> =
        people::table.find(&person_id).select(people::created_by).first(conn).optional()?;
    match &entered_by {
        None => errors.push(invalid("/personId", "not_found", "No person with this id.")),
        // Joining a group opens a person's contact details to its members, so members may
        // only add people they entered themselves; someone known elsewhere is added by a
        // coordinator.
        Some(by) if !caller.sees_everything() && by.as_deref() != Some(caller.account_id.as_str()) => {
            return Err(ApiError::Forbidden(
                "You can add people you entered yourself; ask a coordinator to add someone who is already known."
                    .into(),
            ));
        }
        Some(_) => {}
    }
    match (new.kind, new.professional_role) {
        (MembershipKind::Professional, None) => {
            errors.push(invalid("/professionalRole", "required", "A professional needs a role."))
        }
        (MembershipKind::Resident, Some(_)) => {
            errors.push(invalid("/professionalRole", "invalid_value", "Only professionals have a role."))
        }
        _ => {}
    }
    if new.kind == MembershipKind::Resident && new.organisation.is_some() {
        errors.push(invalid("/organisation", "invalid_value", "Only professionals have an organisation."));
    }
    let joined_on = new.joined_on.unwrap_or_else(db::today);
    if joined_on > db::today() {
        errors.push(invalid("/joinedOn", "range", "Cannot be in the future; add the member on the day they join."));
    }
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    if group.status == GroupStatus::Ended {
        return Err(ApiError::conflict(ProblemCode::GroupEnded, "The group has ended; it takes no new members."));
    }
    let already: i64 = memberships::table
        .filter(memberships::group_id.eq(group_id))
        .filter(memberships::person_id.eq(&person_id))
        .filter(is_current(db::today()))
        .count()
        .get_result(conn)?;
    if already > 0 {
        return Err(ApiError::conflict(
            ProblemCode::AlreadyMember,
            "This person is already a current member of the group.",
        ));
    }
    let composition = &group.composition;
    let mut broken = Vec::new();
    if composition.members + 1 > MAX_MEMBERS {
        broken.push((
            CompositionRule::MaxMembers,
            format!("A group has at most {MAX_MEMBERS} members; this one has {} already.", composition.members),
        ));
    }
    if new.kind == MembershipKind::Professional && composition.professionals + 1 > MAX_PROFESSIONALS {
        broken.push((
            CompositionRule::MaxProfessionals,
            format!(
                "A group has at most {MAX_PROFESSIONALS} professionals; this one has {} already.",
                composition.professionals
            ),
        ));
    }
    if !broken.is_empty() {
        let detail = broken.iter().map(|(_, d)| d.as_str()).collect::<Vec<_>>().join(" ");
        return Err(ApiError::composition(broken.into_iter().map(|(rule, _)| rule).collect(), detail));
    }
    let id = http::new_id();
    let now = db::now();
    diesel::insert_into(memberships::table)
        .values((
            memberships::id.eq(&id),
            memberships::group_id.eq(group_id),
            memberships::person_id.eq(&person_id),
            memberships::kind.eq(new.kind),
            memberships::professional_role.eq(new.professional_role),
            memberships::organisation.eq(new.organisation.as_deref().map(str::trim).filter(|s| !s.is_empty())),
            memberships::joined_on.eq(joined_on),
            memberships::created_at.eq(now),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?;
    load_membership(conn, group_id, &id)
}

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
    caller: Caller,
    path: web::Path<(String, String)>,
) -> ApiResult<HttpResponse> {
    let group_id = http::path_id(&path.0, "group")?;
    let id = http::path_id(&path.1, "membership")?;
    let membership = db::run(&state.pool, move |conn| {
        load_group(conn, &group_id)?;
        if !caller.can_manage_group(conn, &group_id)? {
            return Err(ApiError::Forbidden("Only the group's members and coordinators see its members.".into()));
        }
        load_membership(conn, &group_id, &id)
    })
    .await?;
    Ok(http::ok_with_etag(&membership))
}

/// Change a membership (JSON merge patch). Setting `leftOn` ends it: the record stays as history
/// and stops counting towards the composition from that day.
#[utoipa::path(
    patch,
    path = "/groups/{id}/members/{membershipId}", tag = "groups",
    params(("id" = uuid::Uuid, Path, description = "Group id"), ("membershipId" = uuid::Uuid, Path, description = "Membership id"),
           ("If-Match" = Option<String>, Header, description = "ETag of the representation this change is based on")),
    request_body(content = MembershipPatch, content_type = "application/merge-patch+json"),
    responses((status = 200, description = "The changed membership", body = Membership)),
    security(("bearer" = []))
)]
pub async fn patch_member(
    state: web::Data<AppState>,
    req: HttpRequest,
    caller: Caller,
    path: web::Path<(String, String)>,
    body: ValidJson<MembershipPatch>,
) -> ApiResult<HttpResponse> {
    let group_id = http::path_id(&path.0, "group")?;
    let id = http::path_id(&path.1, "membership")?;
    let if_match = IfMatch::from_request(&req);
    let patch = body.0;
    let membership = db::run(&state.pool, move |conn| {
        db::write(conn, |conn| {
            touch_group(conn, &group_id)?;
            if !caller.can_manage_group(conn, &group_id)? {
                return Err(ApiError::Forbidden("You can only change groups you are a member of.".into()));
            }
            let current = load_membership(conn, &group_id, &id)?;
            if_match.check(&current)?;
            let today = db::today();
            let ended = current.left_on.is_some_and(|left| left <= today);
            if ended && patch.left_on.is_some_and(|left| left > today) {
                return Err(ApiError::conflict(ProblemCode::MembershipEnded, "An ended membership stays ended (the composition rules were not checked for it); add the person again instead."));
            }
            let mut errors = Vec::new();
            if let Some(left_on) = patch.left_on {
                if left_on < current.joined_on {
                    errors.push(invalid("/leftOn", "range", "Cannot be before the day the member joined (joinedOn)."));
                }
            }
            if current.kind == MembershipKind::Resident
                && (patch.professional_role.is_some() || patch.organisation.is_some())
            {
                errors.push(invalid(
                    "/professionalRole",
                    "invalid_value",
                    "Only professionals have a role and organisation.",
                ));
            }
            if !errors.is_empty() {
                return Err(ApiError::InvalidInput(errors));
            }
            diesel::update(memberships::table.find(&id))
                .set((
                    patch.left_on.map(|d| memberships::left_on.eq(Some(d))),
                    patch.professional_role.map(|r| memberships::professional_role.eq(Some(r))),
                    patch.organisation.as_deref().map(|o| memberships::organisation.eq(Some(o.trim().to_string()))),
                    memberships::updated_at.eq(db::now()),
                ))
                .execute(conn)?;
            load_membership(conn, &group_id, &id)
        })
    })
    .await?;
    Ok(http::ok_with_etag(&membership))
}

/// Registers this module's handlers; one resource per path, so a wrong method gets 405.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/groups").get(list_groups).post(create_group))
        .service(web::resource("/groups/{id}").get(get_group).patch(patch_group))
        .service(web::resource("/public/groups/{slug}").get(public_group))
        .service(web::resource("/groups/{id}/members").get(list_members).post(add_member))
        .service(web::resource("/groups/{id}/members/{membership_id}").get(get_member).patch(patch_member));
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_are_ascii_and_hyphenated() {
        assert_eq!(slugify("Buurtverbinders Oost-Éénhoorn"), "buurtverbinders-oost-eenhoorn");
        assert_eq!(slugify("  De   Kern!! "), "de-kern");
        assert_eq!(slugify("!!!"), "");
    }
}
