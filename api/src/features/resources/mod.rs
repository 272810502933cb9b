//! `resources`: what a neighbourhood already has (DESIGN.md §3), made visible — initiatives,
//! associations, places, businesses, services and residents' skills, with which contact details
//! may be shown publicly, where they are (GeoJSON, CRS84 or RD New) and when they were last
//! checked. A skill is its owner's personal data: it shows only at the audience they consented
//! to (`policy::reads_resource`), and publicly never with their address or location.

mod represent;
mod routes;
mod rules;
mod store;

use api_types::{AccountId, NeighbourhoodId, NewResource, PersonId, PublicResource, ResourceId};
use chrono::NaiveDate;

pub use routes::ResourcesApi;

use crate::db::{self, DbConnection};
use crate::error::{ApiError, ApiResult};

/// The first `limit` public resources of the neighbourhood, as everyone sees them (only public
/// contact details; a skill without address or location), in id order.
pub fn public_of_neighbourhood(
    conn: &mut DbConnection,
    neighbourhood: &NeighbourhoodId,
    limit: i64,
) -> ApiResult<Vec<PublicResource>> {
    let filter = store::Filter { neighbourhood_id: Some(*neighbourhood), ..store::Filter::default() };
    let mut rows = store::page(
        conn,
        &store::Sight::Public,
        &filter,
        &db::PageRequest { size: limit, ..db::PageRequest::default() },
    )?;
    rows.truncate(usize::try_from(limit).unwrap_or(0));
    represent::public_resources(conn, rows, crate::web::geo::Crs::Crs84)
}

/// Whether a resource with this id exists.
pub fn exists(conn: &mut DbConnection, id: &ResourceId) -> ApiResult<bool> {
    Ok(store::find(conn, id)?.is_some())
}

/// Whether there is any resource yet (the demo data is added once).
pub fn any(conn: &mut DbConnection) -> ApiResult<bool> {
    store::any(conn)
}

/// Stores a resource as an import gives it (the demo data): the location in CRS84, the group and
/// neighbourhood as given, last checked on `verified` by that account. Returns its id.
pub fn import(
    conn: &mut DbConnection,
    new: &NewResource,
    added_by: Option<&AccountId>,
    verified: Option<(NaiveDate, Option<&AccountId>)>,
) -> ApiResult<ResourceId> {
    let neighbourhood = new
        .neighbourhood_id
        .ok_or_else(|| ApiError::Internal("an imported resource names its neighbourhood".into()))?;
    let values = store::ResourceValues {
        name: new.name.clone(),
        description: new.description.clone(),
        kind: new.kind,
        tags: rules::tags(&new.tags),
        status: new.status,
        audience: new.audience,
        contact_name: new.contact_name.clone(),
        contact_name_public: new.contact_name_public,
        email: new.email.clone(),
        email_public: new.email_public,
        phone: new.phone.clone(),
        phone_public: new.phone_public,
        website: new.website.clone(),
        website_public: new.website_public,
        address: new.address.clone(),
        location: new.location.map(|p| p.coordinates),
        neighbourhood_id: neighbourhood.into(),
        group_id: new.group_id.map(Into::into),
        opening_hours: new.opening_hours.clone(),
        opening_hours_format: new.opening_hours_format,
        accessibility: new.accessibility.clone(),
        languages: rules::languages(&new.languages),
    };
    let owner: Option<PersonId> = new.owner_person_id.map(Into::into);
    let consent_at = rules::records_consent(new.kind, None, new.audience).then(db::now);
    let id = store::insert(conn, &values, owner.as_ref(), consent_at, added_by)?;
    if let Some((day, account)) = verified {
        store::set_verified(conn, &id, Some(day), account)?;
    }
    Ok(id)
}

/// A resource as the reports count it: where it is, and whether it was added or checked in the
/// period.
#[derive(Debug, Clone)]
pub struct ResourceFact {
    /// Its neighbourhood.
    pub neighbourhood_id: NeighbourhoodId,
    /// The group that keeps it, if one does.
    pub group_id: Option<api_types::GroupId>,
    /// Added in the period.
    pub added: bool,
    /// Checked in the period.
    pub checked: bool,
}

/// The resources added or checked in the period: `instants` in UTC (the end not included),
/// `days` the same period as local dates (both included).
pub fn report_facts(
    conn: &mut DbConnection,
    instants: (chrono::NaiveDateTime, chrono::NaiveDateTime),
    days: (NaiveDate, NaiveDate),
) -> ApiResult<Vec<ResourceFact>> {
    let rows = store::added_or_checked_between(conn, instants, days)?;
    Ok(rows
        .into_iter()
        .map(|(neighbourhood_id, group_id, created_at, verified_on)| ResourceFact {
            neighbourhood_id,
            group_id,
            added: created_at >= instants.0 && created_at < instants.1,
            checked: verified_on.is_some_and(|day| day >= days.0 && day <= days.1),
        })
        .collect())
}
