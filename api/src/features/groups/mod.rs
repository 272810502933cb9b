//! `groups` and their memberships (`groups/{id}/members`), under the programme's composition rules
//! (DESIGN.md §3): 5–8 members, 1–2 professionals, residents the majority. History is kept:
//! leaving ends a membership, it does not delete it.

mod routes;
mod rules;
mod store;

use std::collections::{HashMap, HashSet};

use api_types::{
    Composition, Group, GroupId, GroupStatus, Membership, MembershipKind, NeighbourhoodId, NewMembership, PersonId,
    ProblemCode,
};

pub use routes::GroupsApi;
pub use rules::slugify;
pub use store::{NewGroupRow, NewMembershipRow};

use crate::access::{policy, Principal};
use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::features::people;
use crate::web::http;
use store::{GroupRow, MembershipRow};

/// What groups' answers need from features above groups, plugged in by the app (`app.rs`): a
/// group's composition counts the members who have not completed a training yet.
#[derive(Clone, Copy)]
pub struct Ports {
    /// Which of these people completed a training (from trainings).
    pub completed: fn(&mut DbConnection, &[PersonId]) -> ApiResult<HashSet<PersonId>>,
    /// The group's own site as everyone sees it (from sites).
    pub site: fn(&mut DbConnection, &GroupId) -> ApiResult<api_types::PublicSite>,
}

/// The groups the caller's person currently belongs to (none without a person).
pub fn caller_group_ids(conn: &mut DbConnection, caller: &Principal) -> ApiResult<Vec<GroupId>> {
    match &caller.person_id {
        Some(person) => store::current_groups_of(conn, person),
        None => Ok(Vec::new()),
    }
}

/// Whether the caller sees the group's private side and changes it (`policy::group_insider`).
pub fn manages(conn: &mut DbConnection, caller: &Principal, group: &GroupId) -> ApiResult<bool> {
    if caller.sees_everything() {
        return Ok(true);
    }
    let member = match &caller.person_id {
        Some(person) => store::is_current_member(conn, group, person)?,
        None => false,
    };
    Ok(policy::group_insider(caller, member))
}

/// 404 for no such group, 403 with `refusal` unless the caller is one of its insiders
/// ([`manages`]: its current members, coordinators and admins): the door of a group's private
/// side (its FAQ, stories and goals).
pub fn require_insider(conn: &mut DbConnection, caller: &Principal, group: &GroupId, refusal: &str) -> ApiResult<()> {
    if store::find(conn, group)?.is_none() {
        return Err(ApiError::NotFound("No group with this id.".into()));
    }
    if !manages(conn, caller, group)? {
        return Err(ApiError::Forbidden(refusal.into()));
    }
    Ok(())
}

/// The people in the caller's current groups: whose contact details a member sees (a port of
/// people).
pub fn co_member_ids(conn: &mut DbConnection, caller: &Principal) -> ApiResult<HashSet<PersonId>> {
    let groups = caller_group_ids(conn, caller)?;
    Ok(store::current_members(conn, &groups)?.into_iter().map(|(_, person, _)| person).collect())
}

/// The group's current members.
pub fn current_member_ids(conn: &mut DbConnection, group: &GroupId) -> ApiResult<Vec<PersonId>> {
    Ok(store::current_members(conn, std::slice::from_ref(group))?.into_iter().map(|(_, person, _)| person).collect())
}

/// The group's current members: each person with how they take part and since when, longest
/// member first.
pub fn current_memberships(
    conn: &mut DbConnection,
    group: &GroupId,
) -> ApiResult<Vec<(PersonId, MembershipKind, chrono::NaiveDate)>> {
    store::current_memberships(conn, group)
}

/// Whether the person is a current member of the group.
pub fn is_current_member(conn: &mut DbConnection, group: &GroupId, person: &PersonId) -> ApiResult<bool> {
    store::is_current_member(conn, group, person)
}

/// What other features need to know of a group.
#[derive(Debug, Clone)]
pub struct GroupSummary {
    /// Id.
    pub id: GroupId,
    /// Name.
    pub name: String,
    /// Public address.
    pub slug: String,
    /// Forming, active, paused or ended.
    pub status: GroupStatus,
    /// Where it works.
    pub neighbourhood_id: NeighbourhoodId,
    /// What it is about.
    pub description: Option<String>,
    /// Where it usually meets.
    pub meeting_place: Option<String>,
}

impl From<GroupRow> for GroupSummary {
    fn from(row: GroupRow) -> Self {
        GroupSummary {
            id: row.id,
            name: row.name,
            slug: row.slug,
            status: row.status,
            neighbourhood_id: row.neighbourhood_id,
            description: row.description,
            meeting_place: row.meeting_place,
        }
    }
}

/// Locks the group's row for the rest of the transaction, so that writes about the group (its
/// memberships, its site) follow one another; 404 when there is no such group.
pub fn lock(conn: &mut DbConnection, id: &GroupId) -> ApiResult<()> {
    store::lock(conn, id)
}

/// The group, if it exists.
pub fn summary(conn: &mut DbConnection, id: &GroupId) -> ApiResult<Option<GroupSummary>> {
    Ok(store::find(conn, id)?.map(GroupSummary::from))
}

/// The group with this slug (its public address), if any.
pub fn summary_by_slug(conn: &mut DbConnection, slug: &str) -> ApiResult<Option<GroupSummary>> {
    Ok(store::find_by_slug(conn, slug)?.map(GroupSummary::from))
}

/// The neighbourhoods these groups work in (distinct).
pub fn neighbourhoods_of(conn: &mut DbConnection, ids: &[GroupId]) -> ApiResult<Vec<NeighbourhoodId>> {
    store::neighbourhoods_of(conn, ids)
}

/// Names and slugs of these groups, by id.
pub fn names_and_slugs(conn: &mut DbConnection, ids: &[GroupId]) -> ApiResult<HashMap<GroupId, (String, String)>> {
    store::names_and_slugs(conn, ids)
}

/// Stores a group as an import gives it (the demo data: any status, the slug as given); the
/// routes make new groups `forming` with a free slug. Returns its id.
pub fn import_group(conn: &mut DbConnection, new: &NewGroupRow<'_>) -> ApiResult<GroupId> {
    store::insert(conn, new)
}

/// Stores a membership as an import gives it (the demo data), without the checks of
/// [`add_member`]; returns its id.
pub fn import_membership(conn: &mut DbConnection, new: &NewMembershipRow<'_>) -> ApiResult<api_types::MembershipId> {
    store::insert_membership(conn, new)
}

/// Current residents, professionals and trained members per group, as a composition.
fn compositions(
    conn: &mut DbConnection,
    ports: &Ports,
    groups: &[GroupId],
) -> ApiResult<HashMap<GroupId, Composition>> {
    // One read of the current members gives both the counts per kind and who to look up for
    // training completion.
    let current = store::current_members(conn, groups)?;
    let people: Vec<PersonId> = current.iter().map(|(_, person, _)| *person).collect();
    let trained = (ports.completed)(conn, &people)?;
    let mut tallies: HashMap<GroupId, (i64, i64, i64)> = groups.iter().map(|id| (*id, (0, 0, 0))).collect();
    for (group, person, kind) in current {
        let tally = tallies.entry(group).or_default();
        match kind {
            MembershipKind::Professional => tally.1 += 1,
            MembershipKind::Resident => tally.0 += 1,
        }
        if trained.contains(&person) {
            tally.2 += 1;
        }
    }
    Ok(tallies
        .into_iter()
        .map(|(id, (residents, professionals, trained))| (id, rules::composition(residents, professionals, trained)))
        .collect())
}

/// The composition of one group for a write's checks: counts only, no training look-up.
fn counts(conn: &mut DbConnection, group: &GroupId) -> ApiResult<Composition> {
    let current = store::current_members(conn, std::slice::from_ref(group))?;
    let professionals = current.iter().filter(|(_, _, kind)| *kind == MembershipKind::Professional).count() as i64;
    Ok(rules::composition(current.len() as i64 - professionals, professionals, 0))
}

fn to_group(row: GroupRow, composition: Composition) -> Group {
    Group {
        id: row.id.uuid(),
        name: row.name,
        slug: row.slug,
        neighbourhood_id: row.neighbourhood_id.uuid(),
        status: row.status,
        description: row.description,
        meeting_place: row.meeting_place,
        composition,
        created_at: http::utc(row.created_at),
        updated_at: http::utc(row.updated_at),
    }
}

/// The representations of group rows, with their compositions, in two reads for the whole list.
fn to_groups(conn: &mut DbConnection, ports: &Ports, rows: Vec<GroupRow>) -> ApiResult<Vec<Group>> {
    let ids: Vec<GroupId> = rows.iter().map(|r| r.id).collect();
    let mut compositions = compositions(conn, ports, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let composition = compositions.remove(&row.id).unwrap_or_else(|| rules::composition(0, 0, 0));
            to_group(row, composition)
        })
        .collect())
}

/// One group's representation; 404 when it does not exist.
fn load_group(conn: &mut DbConnection, ports: &Ports, id: &GroupId) -> ApiResult<Group> {
    let row = store::find(conn, id)?.ok_or_else(|| ApiError::NotFound("No group with this id.".into()))?;
    to_groups(conn, ports, vec![row])?.pop().ok_or_else(|| ApiError::Internal("group vanished".into()))
}

/// The representations of membership rows, with the members' names.
fn to_memberships(conn: &mut DbConnection, rows: Vec<MembershipRow>) -> ApiResult<Vec<Membership>> {
    let people: Vec<PersonId> = rows.iter().map(|r| r.person_id).collect();
    let names = people::name_map(conn, &people)?;
    let today = db::today();
    Ok(rows
        .into_iter()
        .map(|row| Membership {
            id: row.id.uuid(),
            group_id: row.group_id.uuid(),
            person_id: row.person_id.uuid(),
            person_name: names.get(&row.person_id).cloned().unwrap_or_default(),
            kind: row.kind,
            professional_role: row.professional_role,
            organisation: row.organisation,
            joined_on: row.joined_on,
            is_current: row.left_on.is_none_or(|left| left > today),
            left_on: row.left_on,
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        })
        .collect())
}

/// One membership of a group; 404 when the group has no membership with this id.
fn load_membership(conn: &mut DbConnection, group: &GroupId, id: &api_types::MembershipId) -> ApiResult<Membership> {
    let row = store::find_membership(conn, group, id)?
        .ok_or_else(|| ApiError::NotFound("No membership with this id in this group.".into()))?;
    to_memberships(conn, vec![row])?.pop().ok_or_else(|| ApiError::Internal("membership vanished".into()))
}

/// Adds a person to a group in the caller's transaction, under the programme's composition rules
/// (see `POST /groups/{id}/members`): the group's current members, coordinators and admins; only
/// people the caller entered unless they run the programme; 400 for the membership's own fields,
/// 409 `group-ended`, `already-member`, `member-of-other-group` (unless `confirmOtherGroups`),
/// `max-members` or `max-professionals`. Used by the route
/// and by a candidate's enrolment.
pub fn add_member(
    conn: &mut DbConnection,
    caller: &Principal,
    group: &GroupId,
    new: &NewMembership,
) -> ApiResult<Membership> {
    store::lock(conn, group)?;
    if !manages(conn, caller, group)? {
        return Err(ApiError::Forbidden("You can only change groups you are a member of.".into()));
    }
    let row = store::find(conn, group)?.ok_or_else(|| ApiError::NotFound("No group with this id.".into()))?;
    let person = PersonId::from(new.person_id);
    let mut errors = Vec::new();
    match people::entered_by(conn, &person)? {
        None => errors.push(crate::error::invalid("/personId", "not_found", "No person with this id.")),
        Some(by) if !policy::adds_to_group(caller, by.as_ref()) => {
            return Err(ApiError::Forbidden(
                "You can add people you entered yourself; ask a coordinator to add someone who is already known."
                    .into(),
            ));
        }
        Some(_) => {}
    }
    let today = db::today();
    let joined_on = new.joined_on.unwrap_or(today);
    errors.extend(rules::check_new_membership(new, joined_on, today));
    if !errors.is_empty() {
        return Err(ApiError::InvalidInput(errors));
    }
    if row.status == GroupStatus::Ended {
        return Err(ApiError::conflict(ProblemCode::GroupEnded, "The group has ended; it takes no new members."));
    }
    if store::is_current_member(conn, group, &person)? {
        return Err(ApiError::conflict(
            ProblemCode::AlreadyMember,
            "This person is already a current member of the group.",
        ));
    }
    if !new.confirm_other_groups {
        let others = store::other_current_groups(conn, &person, group)?;
        if !others.is_empty() {
            return Err(ApiError::member_of_other_group(others));
        }
    }
    rules::check_room(&counts(conn, group)?, new.kind)?;
    let id = store::insert_membership(
        conn,
        &store::NewMembershipRow {
            group_id: group,
            person_id: &person,
            kind: new.kind,
            professional_role: new.professional_role,
            organisation: new.organisation.as_deref(),
            joined_on,
        },
    )?;
    load_membership(conn, group, &id)
}

/// A group as the reports count it: where it works, and who were its members in the period.
#[derive(Debug, Clone)]
pub struct GroupFacts {
    /// The group.
    pub group: GroupSummary,
    /// Its members on any day of the period, as resident or professional.
    pub members: Vec<(PersonId, MembershipKind)>,
}

/// Every group with its members from `from` to `to` (local dates, both included), by name.
pub fn report_facts(
    conn: &mut DbConnection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> ApiResult<Vec<GroupFacts>> {
    let mut members: HashMap<GroupId, Vec<(PersonId, MembershipKind)>> = HashMap::new();
    for (group, person, kind) in store::members_between(conn, from, to)? {
        members.entry(group).or_default().push((person, kind));
    }
    Ok(store::all(conn)?
        .into_iter()
        .map(|row| {
            let members = members.remove(&row.id).unwrap_or_default();
            GroupFacts { group: row.into(), members }
        })
        .collect())
}
