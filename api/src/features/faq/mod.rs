//! A group's FAQ (`groups/{id}/faq`): anonymised questions and answers a member writes for the
//! public page (`public/groups/{slug}/faq`). Nothing of a private question is copied in: the member
//! writes the public text, even when the item names the question it came from.
//!
//! The public pages read the published items; the FAQ asks groups who may edit it and questions
//! whether an item's question is the group's.

mod routes;
mod store;

pub use routes::FaqApi;

use api_types::{FaqItem, FaqItemId, GroupId, NewFaqItem};

use crate::db::DbConnection;
use crate::error::ApiResult;

/// The group's published items, oldest first, as everyone sees them.
pub fn published(conn: &mut DbConnection, group: &GroupId) -> ApiResult<Vec<FaqItem>> {
    Ok(store::items(conn, group, true)?.into_iter().map(|r| r.into_item(false)).collect())
}

/// Stores an item of a group's FAQ as an import gives it; returns its id.
pub fn import(conn: &mut DbConnection, group: &GroupId, new: &NewFaqItem) -> ApiResult<FaqItemId> {
    store::insert(conn, group, new)
}
