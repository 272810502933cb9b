//! The groups' and memberships' rows: the only code that touches the `groups` and `memberships`
//! tables.

use std::collections::HashMap;

use api_types::{
    GroupId, GroupPatch, GroupStatus, MembershipId, MembershipKind, MembershipPatch, NeighbourhoodId, PersonId,
    ProfessionalRole,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{groups, memberships};
use crate::db::{self, DbConnection, PageRequest};
use crate::error::{ApiError, ApiResult};
use crate::web::body::blank_to_none;

/// One row of `groups`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = groups)]
pub struct GroupRow {
    /// Id.
    pub id: GroupId,
    /// Name.
    pub name: String,
    /// Public address.
    pub slug: String,
    /// Where it works.
    pub neighbourhood_id: NeighbourhoodId,
    /// Forming, active, paused or ended.
    pub status: GroupStatus,
    /// What it is about.
    pub description: Option<String>,
    /// Where it usually meets.
    pub meeting_place: Option<String>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
}

/// One row of `memberships`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = memberships)]
pub struct MembershipRow {
    /// Id.
    pub id: MembershipId,
    /// The group.
    pub group_id: GroupId,
    /// The member.
    pub person_id: PersonId,
    /// Resident or professional.
    pub kind: MembershipKind,
    /// A professional's role.
    pub professional_role: Option<ProfessionalRole>,
    /// A professional's organisation.
    pub organisation: Option<String>,
    /// Joined on.
    pub joined_on: NaiveDate,
    /// Left on (the membership counts until then).
    pub left_on: Option<NaiveDate>,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Last changed.
    pub updated_at: NaiveDateTime,
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

/// Every group, by name.
pub fn all(conn: &mut DbConnection) -> ApiResult<Vec<GroupRow>> {
    Ok(groups::table.select(GroupRow::as_select()).order((groups::name.asc(), groups::id.asc())).load(conn)?)
}

/// Who was a member of which group on any day from `from` to `to` (both included), and as what.
pub fn members_between(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> ApiResult<Vec<(GroupId, PersonId, MembershipKind)>> {
    Ok(memberships::table
        .filter(memberships::joined_on.le(to))
        .filter(memberships::left_on.is_null().or(memberships::left_on.gt(from)))
        .select((memberships::group_id, memberships::person_id, memberships::kind))
        .load(conn)?)
}

/// One group, if there is one.
pub fn find(conn: &mut DbConnection, id: &GroupId) -> ApiResult<Option<GroupRow>> {
    Ok(groups::table.find(id.to_string()).select(GroupRow::as_select()).first(conn).optional()?)
}

/// The group with this slug, if any.
pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> ApiResult<Option<GroupRow>> {
    Ok(groups::table.filter(groups::slug.eq(slug)).select(GroupRow::as_select()).first(conn).optional()?)
}

/// A page of groups in id order (up to `size + 1`), by status and neighbourhood if given.
pub fn page(
    conn: &mut DbConnection,
    status: Option<GroupStatus>,
    neighbourhood: Option<&NeighbourhoodId>,
    request: &PageRequest,
) -> ApiResult<Vec<GroupRow>> {
    let mut query = groups::table.select(GroupRow::as_select()).into_boxed();
    if let Some(status) = status {
        query = query.filter(groups::status.eq(status));
    }
    if let Some(neighbourhood) = neighbourhood {
        query = query.filter(groups::neighbourhood_id.eq(neighbourhood.to_string()));
    }
    Ok(crate::keyset_page!(query, groups, request).load(conn)?)
}

/// Whether a group has this slug.
pub fn slug_taken(conn: &mut DbConnection, slug: &str) -> ApiResult<bool> {
    let taken: i64 = groups::table.filter(groups::slug.eq(slug)).count().get_result(conn)?;
    Ok(taken > 0)
}

/// What a new group is stored with.
pub struct NewGroupRow<'a> {
    /// Name, trimmed.
    pub name: &'a str,
    /// A free slug.
    pub slug: &'a str,
    /// Where it works.
    pub neighbourhood_id: NeighbourhoodId,
    /// Its status: `forming` for a group made through the API.
    pub status: GroupStatus,
    /// What it is about.
    pub description: Option<&'a str>,
    /// Where it usually meets.
    pub meeting_place: Option<&'a str>,
}

/// Stores a new group; returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewGroupRow<'_>) -> ApiResult<GroupId> {
    let id: GroupId = db::new_id();
    let now = db::now();
    diesel::insert_into(groups::table)
        .values((
            groups::id.eq(id.to_string()),
            groups::name.eq(new.name),
            groups::slug.eq(new.slug),
            groups::neighbourhood_id.eq(new.neighbourhood_id.to_string()),
            groups::status.eq(new.status),
            groups::description.eq(blank_to_none(new.description)),
            groups::meeting_place.eq(blank_to_none(new.meeting_place)),
            groups::created_at.eq(now),
            groups::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a merge patch (blank texts clear).
pub fn update(conn: &mut DbConnection, id: &GroupId, patch: &GroupPatch) -> ApiResult<()> {
    diesel::update(groups::table.find(id.to_string()))
        .set((
            patch.name.as_deref().map(|n| groups::name.eq(n.trim().to_string())),
            patch.neighbourhood_id.map(|n| groups::neighbourhood_id.eq(n.to_string())),
            patch.status.map(|s| groups::status.eq(s)),
            patch.description.clone().map(|d| groups::description.eq(d.filter(|s| !s.trim().is_empty()))),
            patch.meeting_place.clone().map(|p| groups::meeting_place.eq(p.filter(|s| !s.trim().is_empty()))),
            groups::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Locks the group row for the rest of the transaction (PostgreSQL row lock; on SQLite the write
/// transaction already holds the database lock), so concurrent membership writes cannot both pass
/// a composition check. 404 when the group does not exist.
pub fn lock(conn: &mut DbConnection, id: &GroupId) -> ApiResult<()> {
    let id = id.to_string();
    let updated = diesel::update(groups::table.find(&id)).set(groups::id.eq(&id)).execute(conn)?;
    if updated == 0 {
        return Err(ApiError::NotFound("No group with this id.".into()));
    }
    Ok(())
}

/// The current memberships of these groups: (group, person, kind).
pub fn current_members(
    conn: &mut DbConnection,
    groups: &[GroupId],
) -> ApiResult<Vec<(GroupId, PersonId, MembershipKind)>> {
    Ok(memberships::table
        .filter(memberships::group_id.eq_any(db::texts(groups)))
        .filter(is_current(db::today()))
        .select((memberships::group_id, memberships::person_id, memberships::kind))
        .load(conn)?)
}

/// The group's current memberships: (person, kind, joined on), oldest first.
pub fn current_memberships(
    conn: &mut DbConnection,
    group: &GroupId,
) -> ApiResult<Vec<(PersonId, MembershipKind, NaiveDate)>> {
    Ok(memberships::table
        .filter(memberships::group_id.eq(group.to_string()))
        .filter(is_current(db::today()))
        .order(memberships::joined_on.asc())
        .select((memberships::person_id, memberships::kind, memberships::joined_on))
        .load(conn)?)
}

/// The groups a person currently belongs to.
pub fn current_groups_of(conn: &mut DbConnection, person: &PersonId) -> ApiResult<Vec<GroupId>> {
    Ok(memberships::table
        .filter(memberships::person_id.eq(person.to_string()))
        .filter(is_current(db::today()))
        .select(memberships::group_id)
        .distinct()
        .load(conn)?)
}

/// Whether the person is a current member of the group.
pub fn is_current_member(conn: &mut DbConnection, group: &GroupId, person: &PersonId) -> ApiResult<bool> {
    let found: i64 = memberships::table
        .filter(memberships::group_id.eq(group.to_string()))
        .filter(memberships::person_id.eq(person.to_string()))
        .filter(is_current(db::today()))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// The names of the other groups, not ended, that the person is a current member of, by name.
pub fn other_current_groups(conn: &mut DbConnection, person: &PersonId, group: &GroupId) -> ApiResult<Vec<String>> {
    Ok(memberships::table
        .inner_join(groups::table)
        .filter(memberships::person_id.eq(person.to_string()))
        .filter(memberships::group_id.ne(group.to_string()))
        .filter(is_current(db::today()))
        .filter(groups::status.ne(GroupStatus::Ended))
        .select(groups::name)
        .order(groups::name.asc())
        .load(conn)?)
}

/// One membership of a group, if there is one.
pub fn find_membership(
    conn: &mut DbConnection,
    group: &GroupId,
    id: &MembershipId,
) -> ApiResult<Option<MembershipRow>> {
    Ok(memberships::table
        .filter(memberships::id.eq(id.to_string()))
        .filter(memberships::group_id.eq(group.to_string()))
        .select(MembershipRow::as_select())
        .first(conn)
        .optional()?)
}

/// A page of a group's memberships in id order (up to `size + 1`): current ones, ended ones, or
/// all; residents or professionals, or both.
pub fn membership_page(
    conn: &mut DbConnection,
    group: &GroupId,
    current: Option<bool>,
    kind: Option<MembershipKind>,
    request: &PageRequest,
) -> ApiResult<Vec<MembershipRow>> {
    let today = db::today();
    let mut query = memberships::table
        .filter(memberships::group_id.eq(group.to_string()))
        .select(MembershipRow::as_select())
        .order(memberships::id.asc())
        .limit(request.size + 1)
        .into_boxed();
    match current {
        Some(true) => query = query.filter(is_current(today)),
        Some(false) => query = query.filter(memberships::left_on.le(today)),
        None => {}
    }
    if let Some(kind) = kind {
        query = query.filter(memberships::kind.eq(kind));
    }
    if let Some(after) = &request.after {
        query = query.filter(memberships::id.gt(after.clone()));
    }
    Ok(query.load(conn)?)
}

/// What a new membership is stored with.
pub struct NewMembershipRow<'a> {
    /// The group.
    pub group_id: &'a GroupId,
    /// The member.
    pub person_id: &'a PersonId,
    /// Resident or professional.
    pub kind: MembershipKind,
    /// A professional's role.
    pub professional_role: Option<ProfessionalRole>,
    /// A professional's organisation.
    pub organisation: Option<&'a str>,
    /// Joined on.
    pub joined_on: NaiveDate,
}

/// Stores a new membership; returns its id.
pub fn insert_membership(conn: &mut DbConnection, new: &NewMembershipRow<'_>) -> ApiResult<MembershipId> {
    let id: MembershipId = db::new_id();
    let now = db::now();
    diesel::insert_into(memberships::table)
        .values((
            memberships::id.eq(id.to_string()),
            memberships::group_id.eq(new.group_id.to_string()),
            memberships::person_id.eq(new.person_id.to_string()),
            memberships::kind.eq(new.kind),
            memberships::professional_role.eq(new.professional_role),
            memberships::organisation.eq(blank_to_none(new.organisation)),
            memberships::joined_on.eq(new.joined_on),
            memberships::created_at.eq(now),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?;
    // The group's composition changed: a mirror following `updatedSince` must see the group again.
    diesel::update(groups::table.find(new.group_id.to_string())).set(groups::updated_at.eq(now)).execute(conn)?;
    Ok(id)
}

/// Writes a merge patch of a membership (the organisation trimmed).
pub fn update_membership(conn: &mut DbConnection, id: &MembershipId, patch: &MembershipPatch) -> ApiResult<()> {
    let now = db::now();
    diesel::update(memberships::table.find(id.to_string()))
        .set((
            patch.left_on.map(|d| memberships::left_on.eq(Some(d))),
            patch.professional_role.map(|r| memberships::professional_role.eq(Some(r))),
            patch.organisation.as_deref().map(|o| memberships::organisation.eq(Some(o.trim().to_string()))),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?;
    // As for a new membership: the group's composition may have changed.
    let group = memberships::table.find(id.to_string()).select(memberships::group_id);
    diesel::update(groups::table.filter(groups::id.eq_any(group))).set(groups::updated_at.eq(now)).execute(conn)?;
    Ok(())
}

/// The neighbourhoods of these groups (distinct).
pub fn neighbourhoods_of(conn: &mut DbConnection, ids: &[GroupId]) -> ApiResult<Vec<NeighbourhoodId>> {
    Ok(groups::table
        .filter(groups::id.eq_any(db::texts(ids)))
        .select(groups::neighbourhood_id)
        .distinct()
        .load(conn)?)
}

/// Names and slugs of these groups, by id.
pub fn names_and_slugs(conn: &mut DbConnection, ids: &[GroupId]) -> ApiResult<HashMap<GroupId, (String, String)>> {
    let rows: Vec<(GroupId, String, String)> = groups::table
        .filter(groups::id.eq_any(db::texts(ids)))
        .select((groups::id, groups::name, groups::slug))
        .load(conn)?;
    Ok(rows.into_iter().map(|(id, name, slug)| (id, (name, slug))).collect())
}
