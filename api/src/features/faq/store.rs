//! The FAQ's rows: the only code that touches the `faq_items` table.

use api_types::{FaqItem, FaqItemId, FaqItemPatch, GroupId, NewFaqItem, QuestionId, Topic};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::faq_items;
use crate::db::{self, DbConnection};
use crate::error::ApiResult;
use crate::web::http;

/// One row of `faq_items`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = faq_items)]
pub struct FaqRow {
    id: FaqItemId,
    group_id: GroupId,
    question_id: Option<QuestionId>,
    topic: Topic,
    question: String,
    answer: String,
    published: bool,
    updated_at: NaiveDateTime,
}

impl FaqRow {
    /// The representation; the question it came from only for the group's insiders, since the
    /// public page must not point at a private question.
    pub fn into_item(self, insider: bool) -> FaqItem {
        FaqItem {
            id: self.id.uuid(),
            group_id: self.group_id.uuid(),
            question_id: self.question_id.filter(|_| insider).map(QuestionId::uuid),
            topic: self.topic,
            question: self.question,
            answer: self.answer,
            published: self.published,
            updated_at: http::utc(self.updated_at),
        }
    }
}

/// The group's items, oldest first; only the published ones when `published_only`.
pub fn items(conn: &mut DbConnection, group: &GroupId, published_only: bool) -> ApiResult<Vec<FaqRow>> {
    let mut query = faq_items::table
        .filter(faq_items::group_id.eq(group.to_string()))
        .select(FaqRow::as_select())
        .order(faq_items::id.asc())
        .into_boxed();
    if published_only {
        query = query.filter(faq_items::published.eq(true));
    }
    Ok(query.load(conn)?)
}

/// One item of the group, if it has one with this id.
pub fn find(conn: &mut DbConnection, group: &GroupId, id: &FaqItemId) -> ApiResult<Option<FaqRow>> {
    Ok(faq_items::table
        .filter(faq_items::id.eq(id.to_string()))
        .filter(faq_items::group_id.eq(group.to_string()))
        .select(FaqRow::as_select())
        .first(conn)
        .optional()?)
}

/// Stores a new item of the group (texts trimmed, published unless said otherwise); returns its
/// id.
pub fn insert(conn: &mut DbConnection, group: &GroupId, new: &NewFaqItem) -> ApiResult<FaqItemId> {
    let id: FaqItemId = db::new_id();
    let now = db::now();
    diesel::insert_into(faq_items::table)
        .values((
            faq_items::id.eq(id.to_string()),
            faq_items::group_id.eq(group.to_string()),
            faq_items::question_id.eq(new.question_id.map(|q| q.to_string())),
            faq_items::topic.eq(new.topic),
            faq_items::question.eq(new.question.trim()),
            faq_items::answer.eq(new.answer.trim()),
            faq_items::published.eq(new.published.unwrap_or(true)),
            faq_items::created_at.eq(now),
            faq_items::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a merge patch (texts trimmed).
pub fn update(conn: &mut DbConnection, id: &FaqItemId, patch: &FaqItemPatch) -> ApiResult<()> {
    diesel::update(faq_items::table.find(id.to_string()))
        .set((
            patch.topic.map(|t| faq_items::topic.eq(t)),
            patch.question.as_deref().map(|q| faq_items::question.eq(q.trim().to_string())),
            patch.answer.as_deref().map(|a| faq_items::answer.eq(a.trim().to_string())),
            patch.published.map(|p| faq_items::published.eq(p)),
            faq_items::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Removes one item of the group; returns whether it had one with this id.
pub fn delete(conn: &mut DbConnection, group: &GroupId, id: &FaqItemId) -> ApiResult<bool> {
    let deleted = diesel::delete(
        faq_items::table.filter(faq_items::id.eq(id.to_string())).filter(faq_items::group_id.eq(group.to_string())),
    )
    .execute(conn)?;
    Ok(deleted > 0)
}
