//! The stories' rows: the only code that touches the `stories` table.

use api_types::{AccountId, EventId, GroupId, StoryConsent, StoryId};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::stories;
use crate::db::{self, DbConnection};
use crate::error::ApiResult;

/// One row of `stories`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = stories)]
pub struct StoryRow {
    pub id: StoryId,
    pub group_id: GroupId,
    pub title: String,
    pub text: Option<String>,
    pub event_id: Option<EventId>,
    pub consent: StoryConsent,
    pub consent_recorded_at: NaiveDateTime,
    pub teller_name: Option<String>,
    pub published: bool,
    pub published_at: Option<NaiveDateTime>,
    pub withdrawn_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// What a story holds, as the feature has checked it (texts trimmed).
#[derive(Debug, Clone)]
pub struct StoryValues {
    pub title: String,
    pub text: String,
    pub consent: StoryConsent,
    pub teller_name: Option<String>,
    pub published: bool,
}

/// Stores a new story, its consent recorded now; returns its id.
pub fn insert(
    conn: &mut DbConnection,
    group: &GroupId,
    event: Option<&EventId>,
    values: &StoryValues,
    by: &AccountId,
) -> ApiResult<StoryId> {
    let id: StoryId = db::new_id();
    let now = db::now();
    diesel::insert_into(stories::table)
        .values((
            stories::id.eq(id.to_string()),
            stories::group_id.eq(group.to_string()),
            stories::title.eq(values.title.trim()),
            stories::text.eq(Some(values.text.trim())),
            stories::event_id.eq(event.map(ToString::to_string)),
            stories::consent.eq(values.consent),
            stories::consent_recorded_at.eq(now),
            stories::teller_name.eq(values.teller_name.as_deref().map(str::trim)),
            stories::published.eq(values.published),
            stories::published_at.eq(values.published.then_some(now)),
            stories::created_by.eq(Some(by.to_string())),
            stories::created_at.eq(now),
            stories::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The story, if there is one with this id.
pub fn find(conn: &mut DbConnection, id: &StoryId) -> ApiResult<Option<StoryRow>> {
    Ok(stories::table.find(id.to_string()).select(StoryRow::as_select()).first(conn).optional()?)
}

/// Locks the story's row for the rest of the transaction (PostgreSQL row lock; SQLite's write
/// transaction holds the database); whether it exists.
pub fn lock(conn: &mut DbConnection, id: &StoryId) -> ApiResult<bool> {
    let id = id.to_string();
    Ok(diesel::update(stories::table.find(&id)).set(stories::id.eq(&id)).execute(conn)? == 1)
}

/// The group's stories, oldest first; only the published ones when `published_only`.
pub fn of_group(conn: &mut DbConnection, group: &GroupId, published_only: bool) -> ApiResult<Vec<StoryRow>> {
    let mut query = stories::table
        .filter(stories::group_id.eq(group.to_string()))
        .select(StoryRow::as_select())
        .order(stories::id.asc())
        .into_boxed();
    if published_only {
        query = query.filter(stories::published.eq(true));
    }
    Ok(query.load(conn)?)
}

/// Writes the story's values; the consent's moment anew when `consent_changed`, the first
/// publication's moment when it is published for the first time.
pub fn update(conn: &mut DbConnection, row: &StoryRow, values: &StoryValues, consent_changed: bool) -> ApiResult<()> {
    let now = db::now();
    diesel::update(stories::table.find(row.id.to_string()))
        .set((
            stories::title.eq(values.title.trim()),
            stories::text.eq(Some(values.text.trim())),
            stories::consent.eq(values.consent),
            stories::consent_recorded_at.eq(if consent_changed { now } else { row.consent_recorded_at }),
            stories::teller_name.eq(values.teller_name.as_deref().map(str::trim)),
            stories::published.eq(values.published),
            stories::published_at.eq(row.published_at.or(values.published.then_some(now))),
            stories::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The resident withdrew their consent: the text and the name are erased, the story is no
/// longer published, and the moment is recorded.
pub fn withdraw(conn: &mut DbConnection, id: &StoryId) -> ApiResult<()> {
    let now = db::now();
    diesel::update(stories::table.find(id.to_string()))
        .set((
            stories::text.eq(None::<String>),
            stories::teller_name.eq(None::<String>),
            stories::published.eq(false),
            stories::withdrawn_at.eq(Some(now)),
            stories::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Whether the group has any story yet (the demo data is added once).
pub fn any_of(conn: &mut DbConnection, group: &GroupId) -> ApiResult<bool> {
    Ok(diesel::select(diesel::dsl::exists(stories::table.filter(stories::group_id.eq(group.to_string()))))
        .get_result(conn)?)
}
