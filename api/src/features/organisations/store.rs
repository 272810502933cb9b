//! The organisations' rows: the only code that touches the `organisations` table.

use std::collections::HashMap;

use api_types::{NewOrganisation, Organisation, OrganisationId, OrganisationKind, OrganisationPatch, Topic};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::organisations;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::ApiResult;
use crate::web::body::blank_to_none;
use crate::web::http;

/// One row of `organisations`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct OrganisationRow {
    /// Id.
    pub id: OrganisationId,
    name: String,
    kind: OrganisationKind,
    topics: String,
    neighbourhood_ids: String,
    contact_person: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl OrganisationRow {
    /// The representation; a list column that does not read is an internal error.
    pub fn into_organisation(self) -> ApiResult<Organisation> {
        Ok(Organisation {
            id: self.id.uuid(),
            name: self.name,
            kind: self.kind,
            topics: db::json_column("organisations.topics", &self.topics)?,
            neighbourhood_ids: db::json_column("organisations.neighbourhood_ids", &self.neighbourhood_ids)?,
            contact_person: self.contact_person,
            phone: self.phone,
            email: self.email,
            website: self.website,
            created_at: http::utc(self.created_at),
            updated_at: http::utc(self.updated_at),
        })
    }
}

/// The topics and neighbourhoods as kept: JSON arrays of their plain values.
fn list_columns(topics: &[Topic], neighbourhood_ids: &[uuid::Uuid]) -> (String, String) {
    let topics: Vec<&str> = topics.iter().map(|t| t.as_str()).collect();
    let neighbourhoods: Vec<String> = neighbourhood_ids.iter().map(ToString::to_string).collect();
    (serde_json::to_string(&topics).unwrap_or_default(), serde_json::to_string(&neighbourhoods).unwrap_or_default())
}

/// An email as kept: trimmed, lower case, `None` when blank.
fn stored_email(email: Option<&str>) -> Option<String> {
    blank_to_none(email).map(|e| e.to_lowercase())
}

/// One organisation, if there is one.
pub fn find(conn: &mut DbConnection, id: &OrganisationId) -> ApiResult<Option<OrganisationRow>> {
    Ok(organisations::table.find(id.to_string()).select(OrganisationRow::as_select()).first(conn).optional()?)
}

/// A page in id order (up to `size + 1`), by kind and topic if given.
pub fn page(
    conn: &mut DbConnection,
    kind: Option<OrganisationKind>,
    topic: Option<Topic>,
    request: &PageRequest,
) -> ApiResult<Vec<OrganisationRow>> {
    let mut query = organisations::table.select(OrganisationRow::as_select()).into_boxed();
    if let Some(kind) = kind {
        query = query.filter(organisations::kind.eq(kind));
    }
    if let Some(topic) = topic {
        // Topics are kept as a JSON array of plain values; a quoted value matches one element.
        query = query.filter(organisations::topics.like(format!("%\"{}\"%", topic.as_str())));
    }
    Ok(crate::keyset_page!(query, organisations, request).load(conn)?)
}

/// Whether there is any organisation.
pub fn any(conn: &mut DbConnection) -> ApiResult<bool> {
    let count: i64 = organisations::table.count().get_result(conn)?;
    Ok(count > 0)
}

/// Stores a new organisation (texts trimmed, blanks dropped, the email in lower case); returns its
/// id.
pub fn insert(conn: &mut DbConnection, new: &NewOrganisation) -> ApiResult<OrganisationId> {
    let id: OrganisationId = db::new_id();
    let (topics, neighbourhood_ids) = list_columns(&new.topics, &new.neighbourhood_ids);
    let now = db::now();
    diesel::insert_into(organisations::table)
        .values((
            organisations::id.eq(id.to_string()),
            organisations::name.eq(new.name.trim()),
            organisations::kind.eq(new.kind),
            organisations::topics.eq(topics),
            organisations::neighbourhood_ids.eq(neighbourhood_ids),
            organisations::contact_person.eq(blank_to_none(new.contact_person.as_deref())),
            organisations::phone.eq(blank_to_none(new.phone.as_deref())),
            organisations::email.eq(stored_email(new.email.as_deref())),
            organisations::website.eq(blank_to_none(new.website.as_deref())),
            organisations::created_at.eq(now),
            organisations::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a merge patch (blank texts clear); the topics and neighbourhoods are written whole.
pub fn update(
    conn: &mut DbConnection,
    id: &OrganisationId,
    patch: &OrganisationPatch,
    topics: &[Topic],
    neighbourhood_ids: &[uuid::Uuid],
) -> ApiResult<()> {
    let (topics, neighbourhood_ids) = list_columns(topics, neighbourhood_ids);
    diesel::update(organisations::table.find(id.to_string()))
        .set((
            patch.name.as_deref().map(|n| organisations::name.eq(n.trim().to_string())),
            patch.kind.map(|k| organisations::kind.eq(k)),
            organisations::topics.eq(topics),
            organisations::neighbourhood_ids.eq(neighbourhood_ids),
            patch.contact_person.as_ref().map(|c| organisations::contact_person.eq(blank_to_none(c.as_deref()))),
            patch.phone.as_ref().map(|p| organisations::phone.eq(blank_to_none(p.as_deref()))),
            patch.email.as_ref().map(|e| organisations::email.eq(stored_email(e.as_deref()))),
            patch.website.as_ref().map(|w| organisations::website.eq(blank_to_none(w.as_deref()))),
            organisations::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The contact person of an organisation: `None` when there is no such organisation, `Some(None)`
/// when it names nobody.
pub fn contact_person(conn: &mut DbConnection, id: &OrganisationId) -> ApiResult<Option<Option<String>>> {
    Ok(organisations::table
        .find(id.to_string())
        .select(organisations::contact_person)
        .first::<Option<String>>(conn)
        .optional()?)
}

/// Names of these organisations, by id.
pub fn names(conn: &mut DbConnection, ids: &[OrganisationId]) -> ApiResult<HashMap<OrganisationId, String>> {
    let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
    let rows: Vec<(OrganisationId, String)> = organisations::table
        .filter(organisations::id.eq_any(ids))
        .select((organisations::id, organisations::name))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}
