//! The `deletions` table: tombstones of removed items, ids only.

use api_types::{Collection, Deletion, DeletionReason};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::deletions;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::{ApiError, ApiResult};

/// A tombstone as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = deletions)]
pub struct DeletionRow {
    id: String,
    resource_type: String,
    resource_id: String,
    deleted_at: NaiveDateTime,
    reason: String,
}

impl DeletionRow {
    /// The tombstone as the API shows it.
    pub fn into_deletion(self) -> ApiResult<Deletion> {
        let uuid = |text: &str| {
            uuid::Uuid::parse_str(text).map_err(|_| ApiError::Internal(format!("stored id `{text}` is no UUID")))
        };
        Ok(Deletion {
            id: uuid(&self.id)?,
            collection: Collection::parse(&self.resource_type)
                .ok_or_else(|| ApiError::Internal(format!("stored collection `{}` is unknown", self.resource_type)))?,
            item_id: uuid(&self.resource_id)?,
            deleted_at: crate::web::http::utc(self.deleted_at),
            reason: DeletionReason::parse(&self.reason)
                .ok_or_else(|| ApiError::Internal(format!("stored reason `{}` is unknown", self.reason)))?,
        })
    }
}

/// Stores a tombstone for `item`, now.
pub fn insert(
    conn: &mut DbConnection,
    collection: Collection,
    item: uuid::Uuid,
    reason: DeletionReason,
) -> ApiResult<()> {
    let id: uuid::Uuid = db::new_id();
    diesel::insert_into(deletions::table)
        .values((
            deletions::id.eq(id.to_string()),
            deletions::resource_type.eq(collection.as_str()),
            deletions::resource_id.eq(item.to_string()),
            deletions::deleted_at.eq(db::now()),
            deletions::reason.eq(reason.as_str()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A page of tombstones in the changes order (`deleted_at`, then id) from `request.changed`,
/// of one collection if given: up to `size + 1` rows.
pub fn page(
    conn: &mut DbConnection,
    collection: Option<Collection>,
    request: &PageRequest,
) -> ApiResult<Vec<DeletionRow>> {
    let mut query = deletions::table
        .select(DeletionRow::as_select())
        .order((deletions::deleted_at.asc(), deletions::id.asc()))
        .limit(request.size + 1)
        .into_boxed();
    if let Some(changed) = &request.changed {
        query = query.filter(deletions::deleted_at.ge(changed.since));
        if let Some((at, id)) = &changed.after {
            query = query.filter(
                deletions::deleted_at.gt(*at).or(deletions::deleted_at.eq(*at).and(deletions::id.gt(id.clone()))),
            );
        }
    }
    if let Some(collection) = collection {
        query = query.filter(deletions::resource_type.eq(collection.as_str()));
    }
    Ok(query.load(conn)?)
}
