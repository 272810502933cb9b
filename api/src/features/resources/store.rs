//! The resources' rows: the only code that touches the `resources` table.

use api_types::{
    AccountId, Audience, GroupId, NeighbourhoodId, OpeningHoursFormat, PersonId, ResourceId, ResourceKind,
    ResourceStatus,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::resources;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::ApiResult;
use crate::web::body::blank_to_none;
use crate::web::geo::Bbox;

/// One row of `resources`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = resources)]
pub struct ResourceRow {
    pub id: ResourceId,
    pub name: String,
    pub description: Option<String>,
    pub kind: ResourceKind,
    pub tags: String,
    pub status: ResourceStatus,
    pub audience: Audience,
    pub owner_person_id: Option<PersonId>,
    pub consent_recorded_at: Option<NaiveDateTime>,
    pub contact_name: Option<String>,
    pub contact_name_public: bool,
    pub email: Option<String>,
    pub email_public: bool,
    pub phone: Option<String>,
    pub phone_public: bool,
    pub website: Option<String>,
    pub website_public: bool,
    pub address: Option<String>,
    pub longitude: Option<f64>,
    pub latitude: Option<f64>,
    pub neighbourhood_id: NeighbourhoodId,
    pub group_id: Option<GroupId>,
    pub opening_hours: Option<String>,
    pub opening_hours_format: OpeningHoursFormat,
    pub accessibility: Option<String>,
    pub languages: String,
    pub added_by: Option<AccountId>,
    pub verified_on: Option<NaiveDate>,
    pub verified_by: Option<AccountId>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// Everything a resource holds, as the feature has checked it: texts trimmed by the store,
/// blanks dropped, the email in lower case, coordinates in CRS84.
#[derive(Debug, Clone)]
pub struct ResourceValues {
    pub name: String,
    pub description: Option<String>,
    pub kind: ResourceKind,
    pub tags: Vec<String>,
    pub status: ResourceStatus,
    pub audience: Audience,
    pub contact_name: Option<String>,
    pub contact_name_public: bool,
    pub email: Option<String>,
    pub email_public: bool,
    pub phone: Option<String>,
    pub phone_public: bool,
    pub website: Option<String>,
    pub website_public: bool,
    pub address: Option<String>,
    pub location: Option<[f64; 2]>,
    pub neighbourhood_id: NeighbourhoodId,
    pub group_id: Option<GroupId>,
    pub opening_hours: Option<String>,
    pub opening_hours_format: OpeningHoursFormat,
    pub accessibility: Option<String>,
    pub languages: Vec<String>,
}

/// Who may see which rows of a list: everything, the public ones only, or what a member of
/// these groups and neighbourhoods sees (the SQL form of `policy::reads_resource`).
#[derive(Debug, Clone)]
pub enum Sight {
    /// Whoever runs the programme.
    Everything,
    /// Anyone without logging in: `public` only.
    Public,
    /// A member: `public`, what they added or own, and `group` ones of their groups (or, without
    /// a group, of their groups' neighbourhoods).
    Member { account: AccountId, person: Option<PersonId>, groups: Vec<GroupId>, neighbourhoods: Vec<NeighbourhoodId> },
}

/// The filters of a list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub group_id: Option<GroupId>,
    pub kind: Option<ResourceKind>,
    pub tag: Option<String>,
    pub status: Option<ResourceStatus>,
    pub bbox: Option<Bbox>,
    /// Not checked on or after this day (never checked counts).
    pub not_verified_since: Option<NaiveDate>,
}

fn json_list(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".into())
}

/// One resource, if there is one.
pub fn find(conn: &mut DbConnection, id: &ResourceId) -> ApiResult<Option<ResourceRow>> {
    Ok(resources::table.find(id.to_string()).select(ResourceRow::as_select()).first(conn).optional()?)
}

/// A page in id order (up to `size + 1`) of what `sight` sees, by `filter`.
pub fn page(
    conn: &mut DbConnection,
    sight: &Sight,
    filter: &Filter,
    request: &PageRequest,
) -> ApiResult<Vec<ResourceRow>> {
    let mut query = resources::table.select(ResourceRow::as_select()).into_boxed();
    match sight {
        Sight::Everything => {}
        Sight::Public => query = query.filter(resources::audience.eq(Audience::Public)),
        Sight::Member { account, person, groups, neighbourhoods } => {
            let groups = db::texts(groups);
            let neighbourhoods = db::texts(neighbourhoods);
            let person = person.map(|p| p.to_string()).unwrap_or_default();
            query =
                query.filter(
                    resources::audience
                        .eq(Audience::Public)
                        .or(resources::added_by.eq(account.to_string()))
                        .or(resources::owner_person_id.eq(person))
                        .or(resources::audience.eq(Audience::Group).and(resources::group_id.eq_any(groups).or(
                            resources::group_id.is_null().and(resources::neighbourhood_id.eq_any(neighbourhoods)),
                        ))),
                );
        }
    }
    if let Some(id) = &filter.neighbourhood_id {
        query = query.filter(resources::neighbourhood_id.eq(id.to_string()));
    }
    if let Some(id) = &filter.group_id {
        query = query.filter(resources::group_id.eq(id.to_string()));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(resources::kind.eq(kind));
    }
    if let Some(status) = filter.status {
        query = query.filter(resources::status.eq(status));
    }
    if let Some(tag) = &filter.tag {
        // Tags are kept as a JSON array of lower-case strings; a quoted value matches one element.
        let quoted = serde_json::to_string(&tag.trim().to_lowercase()).unwrap_or_default();
        // `%` and `_` in a tag are letters, not LIKE's wildcards.
        let literal = quoted.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        query = query.filter(resources::tags.like(format!("%{literal}%")).escape('\\'));
    }
    if let Some(bbox) = &filter.bbox {
        // A public skill shows no location, so a box must not find it either (it would pin down
        // the resident's home).
        if matches!(sight, Sight::Public) {
            query = query.filter(resources::kind.ne(ResourceKind::Skill));
        }
        query = query.filter(
            resources::longitude
                .between(bbox.min_longitude, bbox.max_longitude)
                .and(resources::latitude.between(bbox.min_latitude, bbox.max_latitude)),
        );
    }
    if let Some(day) = filter.not_verified_since {
        query = query.filter(resources::verified_on.is_null().or(resources::verified_on.lt(day)));
    }
    Ok(crate::keyset_page!(query, resources, request).load(conn)?)
}

/// The columns of a resource's values, as one expression for both the insert and the update
/// (a macro: the tuple's type is diesel's to name).
macro_rules! value_columns {
    ($values:expr) => {{
        let values: &ResourceValues = $values;
        let text = |value: &Option<String>| blank_to_none(value.as_deref());
        (
            (
                resources::name.eq(values.name.trim().to_string()),
                resources::description.eq(text(&values.description)),
                resources::kind.eq(values.kind),
                resources::tags.eq(json_list(&values.tags)),
                resources::status.eq(values.status),
                resources::audience.eq(values.audience),
                resources::contact_name.eq(text(&values.contact_name)),
                resources::contact_name_public.eq(values.contact_name_public),
                resources::email.eq(text(&values.email).map(|e| e.to_lowercase())),
                resources::email_public.eq(values.email_public),
                resources::phone.eq(text(&values.phone)),
                resources::phone_public.eq(values.phone_public),
            ),
            (
                resources::website.eq(text(&values.website)),
                resources::website_public.eq(values.website_public),
                resources::address.eq(text(&values.address)),
                resources::longitude.eq(values.location.map(|[longitude, _]| longitude)),
                resources::latitude.eq(values.location.map(|[_, latitude]| latitude)),
                resources::neighbourhood_id.eq(values.neighbourhood_id.to_string()),
                resources::group_id.eq(values.group_id.map(|g| g.to_string())),
                resources::opening_hours.eq(text(&values.opening_hours)),
                resources::opening_hours_format.eq(values.opening_hours_format),
                resources::accessibility.eq(text(&values.accessibility)),
                resources::languages.eq(json_list(&values.languages)),
            ),
        )
    }};
}

/// Stores a new resource; returns its id. `consent_at` is the moment of a skill owner's consent.
pub fn insert(
    conn: &mut DbConnection,
    values: &ResourceValues,
    owner: Option<&PersonId>,
    consent_at: Option<NaiveDateTime>,
    added_by: Option<&AccountId>,
) -> ApiResult<ResourceId> {
    let id: ResourceId = db::new_id();
    let now = db::now();
    diesel::insert_into(resources::table)
        .values((
            (
                resources::id.eq(id.to_string()),
                resources::owner_person_id.eq(owner.map(ToString::to_string)),
                resources::consent_recorded_at.eq(consent_at),
                resources::added_by.eq(added_by.map(ToString::to_string)),
                resources::created_at.eq(now),
                resources::updated_at.eq(now),
            ),
            value_columns!(values),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes every value of a resource (the feature has merged a patch into the current ones);
/// `consent_at` records a skill owner's new consent.
pub fn update(
    conn: &mut DbConnection,
    id: &ResourceId,
    values: &ResourceValues,
    consent_at: Option<NaiveDateTime>,
) -> ApiResult<()> {
    diesel::update(resources::table.find(id.to_string()))
        .set((
            value_columns!(values),
            consent_at.map(|at| resources::consent_recorded_at.eq(Some(at))),
            resources::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records a check: checked on `day` by `account`.
pub fn verify(conn: &mut DbConnection, id: &ResourceId, day: NaiveDate, account: &AccountId) -> ApiResult<()> {
    diesel::update(resources::table.find(id.to_string()))
        .set((
            resources::verified_on.eq(Some(day)),
            resources::verified_by.eq(Some(account.to_string())),
            resources::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets when a resource was last checked, as an import gives it (the demo data).
pub fn set_verified(
    conn: &mut DbConnection,
    id: &ResourceId,
    day: Option<NaiveDate>,
    account: Option<&AccountId>,
) -> ApiResult<()> {
    diesel::update(resources::table.find(id.to_string()))
        .set((resources::verified_on.eq(day), resources::verified_by.eq(account.map(ToString::to_string))))
        .execute(conn)?;
    Ok(())
}

/// Removes a resource.
pub fn delete(conn: &mut DbConnection, id: &ResourceId) -> ApiResult<()> {
    diesel::delete(resources::table.find(id.to_string())).execute(conn)?;
    Ok(())
}

/// Takes the row's write lock until the transaction ends (a no-op update, on both databases),
/// so a change is checked against the row as it stays; `false` when there is no such row.
pub fn lock(conn: &mut DbConnection, id: &ResourceId) -> ApiResult<bool> {
    let id = id.to_string();
    Ok(diesel::update(resources::table.find(&id)).set(resources::id.eq(&id)).execute(conn)? == 1)
}

/// Whether there is any resource.
pub fn any(conn: &mut DbConnection) -> ApiResult<bool> {
    let count: i64 = resources::table.count().get_result(conn)?;
    Ok(count > 0)
}

/// What the reports read of a resource: neighbourhood, group, when added, when last checked.
pub type ReportRow = (NeighbourhoodId, Option<GroupId>, NaiveDateTime, Option<NaiveDate>);

/// The resources added from `from` up to `to` (UTC) or checked from `from_day` to `to_day`
/// (both included): where each is, and which of the two happened.
pub fn added_or_checked_between(
    conn: &mut DbConnection,
    (from, to): (NaiveDateTime, NaiveDateTime),
    (from_day, to_day): (NaiveDate, NaiveDate),
) -> ApiResult<Vec<ReportRow>> {
    Ok(resources::table
        .filter(
            resources::created_at
                .ge(from)
                .and(resources::created_at.lt(to))
                .or(resources::verified_on.ge(from_day).and(resources::verified_on.le(to_day))),
        )
        .select((resources::neighbourhood_id, resources::group_id, resources::created_at, resources::verified_on))
        .load(conn)?)
}
