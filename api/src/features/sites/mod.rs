//! `groups/{id}/site`: the group's own site, set up by its members (connectors too, not only
//! coordinators): an introduction, how to reach them, where and when their walk-in hour is, which
//! sections show and a colour checked for contrast. Its public face is part of
//! `public/groups/{slug}` (a port of groups).

mod routes;
mod store;

use api_types::{GroupId, PublicSite};

pub use routes::SitesApi;

use crate::db::DbConnection;
use crate::error::ApiResult;

/// The group's site as everyone sees it (a port of groups, for `public/groups/{slug}`).
pub fn public_site(conn: &mut DbConnection, group: &GroupId) -> ApiResult<PublicSite> {
    let values = match store::find(conn, group)? {
        Some(row) => store::values(&row)?,
        None => store::SiteValues::starting(),
    };
    Ok(PublicSite {
        introduction: values.introduction,
        contact: values.contact,
        walk_in_place: values.walk_in_place,
        walk_in_time: values.walk_in_time,
        sections: values.sections,
        colour: values.colour,
    })
}

/// Sets up a group's site as an import gives it (the demo data), by nobody in particular.
pub fn import(
    conn: &mut DbConnection,
    group: &GroupId,
    introduction: &str,
    contact: &str,
    walk_in: (&str, &str),
    colour: &str,
    by: &api_types::AccountId,
) -> ApiResult<()> {
    store::ensure(conn, group)?;
    let mut values = store::SiteValues::starting();
    values.introduction = Some(introduction.into());
    values.contact = Some(contact.into());
    values.walk_in_place = Some(walk_in.0.into());
    values.walk_in_time = Some(walk_in.1.into());
    values.colour = colour.into();
    store::update(conn, group, &values, by)
}
