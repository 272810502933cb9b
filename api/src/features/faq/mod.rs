//! A group's FAQ (`groups/{id}/faq`): anonymised questions and answers a member writes for the
//! public page (`public/groups/{slug}/faq`). Nothing of a private question is copied in: the member
//! writes the public text, even when the item names the question it came from.
//!
//! Other features need nothing from the FAQ; it asks groups who may edit it and questions whether
//! an item's question is the group's.

mod routes;
mod store;

pub use routes::FaqApi;

use api_types::{FaqItemId, GroupId, NewFaqItem};

use crate::db::DbConnection;
use crate::error::ApiResult;

/// Stores an item of a group's FAQ as an import gives it; returns its id.
pub fn import(conn: &mut DbConnection, group: &GroupId, new: &NewFaqItem) -> ApiResult<FaqItemId> {
    store::insert(conn, group, new)
}
