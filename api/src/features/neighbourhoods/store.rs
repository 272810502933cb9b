//! The neighbourhoods' rows: the only code that touches the `neighbourhoods` table.

use std::collections::HashMap;

use api_types::{Neighbourhood, NeighbourhoodId, NeighbourhoodPatch, NewNeighbourhood};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::neighbourhoods;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::{ApiError, ApiResult};
use crate::web::http;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = neighbourhoods)]
struct NeighbourhoodRow {
    id: NeighbourhoodId,
    name: String,
    municipality: String,
    buurt_code: Option<String>,
    wijk_code: Option<String>,
    gemeente_code: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl From<NeighbourhoodRow> for Neighbourhood {
    fn from(row: NeighbourhoodRow) -> Self {
        Neighbourhood {
            id: row.id.uuid(),
            name: row.name,
            municipality: row.municipality,
            buurt_code: row.buurt_code,
            wijk_code: row.wijk_code,
            gemeente_code: row.gemeente_code,
            created_at: http::utc(row.created_at),
            updated_at: http::utc(row.updated_at),
        }
    }
}

/// One neighbourhood; 404 when there is none.
pub fn find(conn: &mut DbConnection, id: &NeighbourhoodId) -> ApiResult<Neighbourhood> {
    neighbourhoods::table
        .find(id.to_string())
        .select(NeighbourhoodRow::as_select())
        .first(conn)
        .optional()?
        .map(Neighbourhood::from)
        .ok_or_else(|| ApiError::NotFound("No neighbourhood with this id.".into()))
}

/// A page in id order: up to `size + 1` neighbourhoods.
pub fn page(conn: &mut DbConnection, request: &PageRequest) -> ApiResult<Vec<Neighbourhood>> {
    let query = neighbourhoods::table.select(NeighbourhoodRow::as_select()).into_boxed();
    Ok(crate::keyset_page!(query, neighbourhoods, request)
        .load::<NeighbourhoodRow>(conn)?
        .into_iter()
        .map(Neighbourhood::from)
        .collect())
}

/// Every neighbourhood, by name.
pub fn all(conn: &mut DbConnection) -> ApiResult<Vec<Neighbourhood>> {
    let rows =
        neighbourhoods::table.select(NeighbourhoodRow::as_select()).order(neighbourhoods::name.asc()).load(conn)?;
    Ok(rows.into_iter().map(Neighbourhood::from).collect())
}

/// Whether a neighbourhood has this CBS buurt code.
pub fn buurt_code_taken(conn: &mut DbConnection, code: &str) -> ApiResult<bool> {
    let taken: i64 = neighbourhoods::table.filter(neighbourhoods::buurt_code.eq(code)).count().get_result(conn)?;
    Ok(taken > 0)
}

/// Stores a new neighbourhood (names trimmed); returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewNeighbourhood) -> ApiResult<NeighbourhoodId> {
    let id: NeighbourhoodId = db::new_id();
    let now = db::now();
    diesel::insert_into(neighbourhoods::table)
        .values((
            neighbourhoods::id.eq(id.to_string()),
            neighbourhoods::name.eq(new.name.trim()),
            neighbourhoods::municipality.eq(new.municipality.trim()),
            neighbourhoods::buurt_code.eq(&new.buurt_code),
            neighbourhoods::wijk_code.eq(&new.wijk_code),
            neighbourhoods::gemeente_code.eq(&new.gemeente_code),
            neighbourhoods::created_at.eq(now),
            neighbourhoods::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a merge patch (names trimmed).
pub fn update(conn: &mut DbConnection, id: &NeighbourhoodId, patch: &NeighbourhoodPatch) -> ApiResult<()> {
    diesel::update(neighbourhoods::table.find(id.to_string()))
        .set((
            patch.name.as_deref().map(|n| neighbourhoods::name.eq(n.trim().to_string())),
            patch.municipality.as_deref().map(|m| neighbourhoods::municipality.eq(m.trim().to_string())),
            patch.buurt_code.clone().map(|c| neighbourhoods::buurt_code.eq(c)),
            patch.wijk_code.clone().map(|c| neighbourhoods::wijk_code.eq(c)),
            patch.gemeente_code.clone().map(|c| neighbourhoods::gemeente_code.eq(c)),
            neighbourhoods::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The neighbourhood with this CBS buurt code, if any.
pub fn find_by_buurt_code(conn: &mut DbConnection, code: &str) -> ApiResult<Option<NeighbourhoodId>> {
    Ok(neighbourhoods::table
        .filter(neighbourhoods::buurt_code.eq(code))
        .select(neighbourhoods::id)
        .first(conn)
        .optional()?)
}

/// How many of these neighbourhoods exist.
pub fn count_of(conn: &mut DbConnection, ids: &[NeighbourhoodId]) -> ApiResult<usize> {
    let ids = db::texts(ids);
    let found: i64 = neighbourhoods::table.filter(neighbourhoods::id.eq_any(ids)).count().get_result(conn)?;
    Ok(usize::try_from(found).unwrap_or_default())
}

/// The names of these neighbourhoods, by id.
pub fn names(conn: &mut DbConnection, ids: &[NeighbourhoodId]) -> ApiResult<HashMap<NeighbourhoodId, String>> {
    let ids = db::texts(ids);
    Ok(neighbourhoods::table
        .filter(neighbourhoods::id.eq_any(ids))
        .select((neighbourhoods::id, neighbourhoods::name))
        .load::<(NeighbourhoodId, String)>(conn)?
        .into_iter()
        .collect())
}

/// Names and CBS buurt codes of these neighbourhoods, by id.
pub fn names_and_codes(
    conn: &mut DbConnection,
    ids: &[NeighbourhoodId],
) -> ApiResult<HashMap<NeighbourhoodId, (String, Option<String>)>> {
    let ids = db::texts(ids);
    Ok(neighbourhoods::table
        .filter(neighbourhoods::id.eq_any(ids))
        .select((neighbourhoods::id, neighbourhoods::name, neighbourhoods::buurt_code))
        .load::<(NeighbourhoodId, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, name, code)| (id, (name, code)))
        .collect())
}
