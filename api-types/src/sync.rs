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
    /// `/events`: events and series.
    Events,
}

crate::string_values!(Collection {
    Resources => "resources",
    Events => "events",
});

/// Why an item left a followed collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeletionReason {
    /// Deleted, or its personal data erased: gone for everyone.
    Removed,
    /// It still exists, but is no longer public (a resource's `audience`, an event's
    /// `visibility`): a mirror of what is public takes it down; one that reads more (a person's
    /// account) may keep following it.
    NoLongerPublic,
}

crate::string_values!(DeletionReason {
    Removed => "removed",
    NoLongerPublic => "no_longer_public",
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
    /// Why it left the collection.
    pub reason: DeletionReason,
}
