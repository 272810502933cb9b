//! The representations of resources, built from their rows and what other doors answer (names
//! of neighbourhoods, groups, owners and accounts), with locations in the CRS asked for.

use std::collections::{HashMap, HashSet};

use api_types::{
    AccountId, GroupId, NeighbourhoodId, PersonId, Point, PublicResource, Resource, ResourceKind, ResourceOwner,
};

use super::rules;
use super::store::{ResourceRow, ResourceValues};
use crate::access;
use crate::db::{self, DbConnection};
use crate::error::ApiResult;
use crate::features::{groups, neighbourhoods, people};
use crate::local_time;
use crate::web::geo::{self, Crs};
use crate::web::http;

fn location(row: &ResourceRow, crs: Crs) -> ApiResult<Option<Point>> {
    match (row.longitude, row.latitude) {
        (Some(longitude), Some(latitude)) => {
            let [x, y] = geo::from_crs84(crs, [longitude, latitude])?;
            Ok(Some(Point::new(x, y)))
        }
        _ => Ok(None),
    }
}

fn distinct<T: Copy + Eq + std::hash::Hash>(values: impl Iterator<Item = T>) -> Vec<T> {
    values.collect::<HashSet<T>>().into_iter().collect()
}

/// What the caller is to one row: whether they may change it, and whether they see a skill's
/// private side (`policy::sees_skill_details`; without it a skill shows what the public sees).
#[derive(Debug, Clone, Copy)]
pub struct View {
    pub may_change: bool,
    pub private: bool,
}

/// The full representations of these rows, in their order, as `view` says for each.
pub fn resources(
    conn: &mut DbConnection,
    rows: Vec<ResourceRow>,
    crs: Crs,
    view: impl Fn(&ResourceRow) -> View,
) -> ApiResult<Vec<Resource>> {
    let places = neighbourhoods::names_and_codes(conn, &distinct(rows.iter().map(|r| r.neighbourhood_id)))?;
    let group_names: HashMap<GroupId, (String, String)> =
        groups::names_and_slugs(conn, &distinct(rows.iter().filter_map(|r| r.group_id)))?;
    let owners: HashMap<PersonId, String> =
        people::name_map(conn, &distinct(rows.iter().filter_map(|r| r.owner_person_id)))?;
    let accounts: HashMap<AccountId, (String, String)> =
        access::account_names(conn, &distinct(rows.iter().flat_map(|r| [r.added_by, r.verified_by]).flatten()))?;
    let due_before = rules::check_due_before(local_time::today());
    let account = |id: &Option<AccountId>| id.as_ref().and_then(|id| accounts.get(id)).map(|(name, _)| name.clone());
    rows.into_iter()
        .map(|row| {
            let (neighbourhood_name, buurt_code) = place(&places, &row.neighbourhood_id);
            let View { may_change, private } = view(&row);
            // A skill's private side only for whom it is; others see what the public sees.
            let shown = private || row.kind != ResourceKind::Skill;
            Ok(Resource {
                may_change,
                id: row.id.uuid(),
                location: if shown { location(&row, crs)? } else { None },
                tags: db::json_column("resources.tags", &row.tags)?,
                languages: db::json_column("resources.languages", &row.languages)?,
                owner: row.owner_person_id.filter(|_| shown).map(|person| ResourceOwner {
                    person_id: person.uuid(),
                    name: owners.get(&person).cloned().unwrap_or_default(),
                }),
                group_name: row.group_id.and_then(|g| group_names.get(&g)).map(|(name, _)| name.clone()),
                added_by: account(&row.added_by),
                verified_by: account(&row.verified_by),
                name: row.name,
                description: row.description,
                kind: row.kind,
                status: row.status,
                audience: row.audience,
                consent_recorded_at: row.consent_recorded_at.map(http::utc),
                contact_name: row.contact_name.filter(|_| shown || row.contact_name_public),
                contact_name_public: row.contact_name_public,
                email: row.email.filter(|_| shown || row.email_public),
                email_public: row.email_public,
                phone: row.phone.filter(|_| shown || row.phone_public),
                phone_public: row.phone_public,
                website: row.website.filter(|_| shown || row.website_public),
                website_public: row.website_public,
                address: row.address.filter(|_| shown),
                neighbourhood_id: row.neighbourhood_id.uuid(),
                neighbourhood_name,
                buurt_code,
                group_id: row.group_id.map(GroupId::uuid),
                opening_hours: row.opening_hours,
                opening_hours_format: row.opening_hours_format,
                accessibility: row.accessibility,
                due_for_check: row.verified_on.is_none_or(|day| day < due_before),
                verified_on: row.verified_on,
                created_at: http::utc(row.created_at),
                updated_at: http::utc(row.updated_at),
            })
        })
        .collect()
}

fn place(
    places: &HashMap<NeighbourhoodId, (String, Option<String>)>,
    id: &NeighbourhoodId,
) -> (String, Option<String>) {
    places.get(id).cloned().unwrap_or_default()
}

/// One full representation.
pub fn resource(conn: &mut DbConnection, row: ResourceRow, crs: Crs, view: View) -> ApiResult<Resource> {
    let mut shown = resources(conn, vec![row], crs, |_| view)?;
    shown.pop().ok_or_else(|| crate::error::ApiError::Internal("a resource did not show".into()))
}

/// The public representations of these rows (all of them `public`): only the contact details
/// marked public; for a skill neither address nor location (a resident's home is not published).
pub fn public_resources(conn: &mut DbConnection, rows: Vec<ResourceRow>, crs: Crs) -> ApiResult<Vec<PublicResource>> {
    let places = neighbourhoods::names_and_codes(conn, &distinct(rows.iter().map(|r| r.neighbourhood_id)))?;
    rows.into_iter()
        .map(|row| {
            let (neighbourhood_name, buurt_code) = place(&places, &row.neighbourhood_id);
            let skill = row.kind == ResourceKind::Skill;
            Ok(PublicResource {
                id: row.id.uuid(),
                location: if skill { None } else { location(&row, crs)? },
                tags: db::json_column("resources.tags", &row.tags)?,
                languages: db::json_column("resources.languages", &row.languages)?,
                contact_name: row.contact_name.filter(|_| row.contact_name_public),
                email: row.email.filter(|_| row.email_public),
                phone: row.phone.filter(|_| row.phone_public),
                website: row.website.filter(|_| row.website_public),
                address: row.address.filter(|_| !skill),
                name: row.name,
                description: row.description,
                kind: row.kind,
                status: row.status,
                neighbourhood_id: row.neighbourhood_id.uuid(),
                neighbourhood_name,
                buurt_code,
                opening_hours: row.opening_hours,
                opening_hours_format: row.opening_hours_format,
                accessibility: row.accessibility,
                verified_on: row.verified_on,
            })
        })
        .collect()
}

/// A row's values, for merging a patch into.
pub fn values(row: &ResourceRow) -> ApiResult<ResourceValues> {
    Ok(ResourceValues {
        name: row.name.clone(),
        description: row.description.clone(),
        kind: row.kind,
        tags: db::json_column("resources.tags", &row.tags)?,
        status: row.status,
        audience: row.audience,
        contact_name: row.contact_name.clone(),
        contact_name_public: row.contact_name_public,
        email: row.email.clone(),
        email_public: row.email_public,
        phone: row.phone.clone(),
        phone_public: row.phone_public,
        website: row.website.clone(),
        website_public: row.website_public,
        address: row.address.clone(),
        location: row.longitude.zip(row.latitude).map(|(longitude, latitude)| [longitude, latitude]),
        neighbourhood_id: row.neighbourhood_id,
        group_id: row.group_id,
        opening_hours: row.opening_hours.clone(),
        opening_hours_format: row.opening_hours_format,
        accessibility: row.accessibility.clone(),
        languages: db::json_column("resources.languages", &row.languages)?,
    })
}
