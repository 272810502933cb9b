//! `stories`: what residents told in interviews (the `interview` event type), written up by the
//! group and shown on its site only with the resident's consent (`named`, `anonymous`, or
//! `internal`: never published), its moment recorded. Withdrawal unpublishes at once and erases
//! the text and the name from the database.

mod routes;
mod store;

use api_types::{AccountId, EventId, GroupId, PublicStory, StoryConsent};

pub use routes::StoriesApi;

use crate::db::DbConnection;
use crate::error::ApiResult;
use crate::web::http;

/// The group's published stories, oldest first, as its site shows them.
pub fn published(conn: &mut DbConnection, group: &GroupId) -> ApiResult<Vec<PublicStory>> {
    Ok(store::of_group(conn, group, true)?
        .into_iter()
        .filter_map(|row| {
            Some(PublicStory {
                id: row.id.uuid(),
                title: row.title,
                text: row.text?,
                teller_name: row.teller_name.filter(|_| row.consent == StoryConsent::Named),
                published_at: http::utc(row.published_at.unwrap_or(row.updated_at)),
            })
        })
        .collect())
}

/// Stores a story as an import gives it (the demo data), once per group: `(title, text, consent,
/// name, published)`, from the interview `event` if given.
pub fn import(
    conn: &mut DbConnection,
    group: &GroupId,
    event: Option<&EventId>,
    stories: &[(&str, &str, StoryConsent, Option<&str>, bool)],
    by: &AccountId,
) -> ApiResult<usize> {
    if store::any_of(conn, group)? {
        return Ok(0);
    }
    for (title, text, consent, name, published) in stories {
        let values = store::StoryValues {
            title: (*title).into(),
            text: (*text).into(),
            consent: *consent,
            teller_name: name.map(Into::into),
            published: *published,
        };
        store::insert(conn, group, event, &values, by)?;
    }
    Ok(stories.len())
}
