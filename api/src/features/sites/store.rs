//! The sites' rows: the only code that touches the `group_sites` table.

use api_types::{AccountId, GroupId, SiteSection, DEFAULT_SITE_COLOUR};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::group_sites;
use crate::db::{self, DbConnection};
use crate::error::ApiResult;
use crate::web::body::blank_to_none;

/// One row of `group_sites`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = group_sites)]
pub struct SiteRow {
    pub introduction: Option<String>,
    pub contact: Option<String>,
    pub walk_in_place: Option<String>,
    pub walk_in_time: Option<String>,
    pub sections: String,
    pub colour: String,
    pub updated_by: Option<AccountId>,
    pub updated_at: NaiveDateTime,
}

/// What a site holds, as the feature has checked it (texts trimmed here, blanks dropped).
#[derive(Debug, Clone)]
pub struct SiteValues {
    pub introduction: Option<String>,
    pub contact: Option<String>,
    pub walk_in_place: Option<String>,
    pub walk_in_time: Option<String>,
    pub sections: Vec<SiteSection>,
    pub colour: String,
}

impl SiteValues {
    /// Every group's site before it is set up: each section shown, the product's colour.
    pub fn starting() -> Self {
        SiteValues {
            introduction: None,
            contact: None,
            walk_in_place: None,
            walk_in_time: None,
            sections: SiteSection::ALL.to_vec(),
            colour: DEFAULT_SITE_COLOUR.into(),
        }
    }
}

/// The group's site row, if it was ever set up.
pub fn find(conn: &mut DbConnection, group: &GroupId) -> ApiResult<Option<SiteRow>> {
    Ok(group_sites::table.find(group.to_string()).select(SiteRow::as_select()).first(conn).optional()?)
}

/// Creates the group's site row as every site starts, when it is missing. Call with the group's
/// row locked (`groups::lock`), so two first changes cannot both create it.
pub fn ensure(conn: &mut DbConnection, group: &GroupId) -> ApiResult<()> {
    if find(conn, group)?.is_some() {
        return Ok(());
    }
    let start = SiteValues::starting();
    diesel::insert_into(group_sites::table)
        .values((
            group_sites::group_id.eq(group.to_string()),
            group_sites::sections.eq(sections_text(&start.sections)),
            group_sites::colour.eq(&start.colour),
            group_sites::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

fn sections_text(sections: &[SiteSection]) -> String {
    serde_json::to_string(sections).unwrap_or_else(|_| "[]".into())
}

/// Writes the site's values, by whom, now.
pub fn update(conn: &mut DbConnection, group: &GroupId, values: &SiteValues, by: &AccountId) -> ApiResult<()> {
    let text = |v: &Option<String>| blank_to_none(v.as_deref());
    diesel::update(group_sites::table.find(group.to_string()))
        .set((
            group_sites::introduction.eq(text(&values.introduction)),
            group_sites::contact.eq(text(&values.contact)),
            group_sites::walk_in_place.eq(text(&values.walk_in_place)),
            group_sites::walk_in_time.eq(text(&values.walk_in_time)),
            group_sites::sections.eq(sections_text(&values.sections)),
            group_sites::colour.eq(values.colour.to_ascii_lowercase()),
            group_sites::updated_by.eq(Some(by.to_string())),
            group_sites::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A row's values.
pub fn values(row: &SiteRow) -> ApiResult<SiteValues> {
    Ok(SiteValues {
        introduction: row.introduction.clone(),
        contact: row.contact.clone(),
        walk_in_place: row.walk_in_place.clone(),
        walk_in_time: row.walk_in_time.clone(),
        sections: db::json_column("group_sites.sections", &row.sections)?,
        colour: row.colour.clone(),
    })
}
