//! Following the main collections from another system: what was removed, as tombstones. What
//! changed comes from the collections themselves with `updatedSince`.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A collection a mirror follows, named as its path is (`/resources`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Collection {
    /// `/resources`: what the neighbourhood has.
    Resources,
}

crate::string_values!(Collection {
    Resources => "resources",
});

/// A tombstone: an item removed from a collection, and when (`GET /api/v1/deletions`). It holds
/// ids only, never personal data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Deletion {
    /// The tombstone's own id (UUID v7).
    pub id: Uuid,
    /// The collection the item was in.
    pub collection: Collection,
    /// The removed item's id.
    pub item_id: Uuid,
    /// When it was removed (UTC): the feed's order, and what its `updatedSince` compares.
    pub deleted_at: chrono::DateTime<chrono::Utc>,
}
