//! The people's rows: the only code that touches the `people` table.

use std::collections::HashMap;

use api_types::{AccountId, ContactPreference, NewPerson, Person, PersonId, PersonPatch};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::rules;
use crate::db::schema::people;
use crate::db::{self, DbConnection, PageRequest};
use crate::error::ApiResult;
use crate::web::http;

/// One row of `people`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = people)]
pub struct PersonRow {
    /// Id.
    pub id: PersonId,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    postcode: Option<String>,
    contact_preference: ContactPreference,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl PersonRow {
    /// The representation; contact details only when `visible`.
    pub fn into_person(self, visible: bool, has_account: bool, training_completed: bool) -> Person {
        Person {
            id: self.id.uuid(),
            name: self.name,
            email: self.email.filter(|_| visible),
            phone: self.phone.filter(|_| visible),
            postcode: self.postcode.filter(|_| visible),
            contact_preference: self.contact_preference,
            contact_details_visible: visible,
            has_account,
            training_completed,
            created_at: http::utc(self.created_at),
            updated_at: http::utc(self.updated_at),
        }
    }
}

mod sql {
    #![allow(missing_docs)]
    diesel::define_sql_function!(
        /// SQL `lower(text)`, on both backends.
        fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text
    );
}

/// One person, if there is one.
pub fn find(conn: &mut DbConnection, id: &PersonId) -> ApiResult<Option<PersonRow>> {
    Ok(people::table.find(id.to_string()).select(PersonRow::as_select()).first(conn).optional()?)
}

/// A page in id order (up to `size + 1`), optionally only names containing `name` (any case).
pub fn page(conn: &mut DbConnection, name: Option<&str>, request: &PageRequest) -> ApiResult<Vec<PersonRow>> {
    let mut query = people::table.select(PersonRow::as_select()).into_boxed();
    if let Some(pattern) = name.and_then(rules::name_pattern) {
        query = query.filter(sql::lower(people::name).like(pattern));
    }
    Ok(crate::keyset_page!(query, people, request).load(conn)?)
}

/// Stores a person entered by `entered_by` (nobody for an import); returns the new id.
pub fn insert(conn: &mut DbConnection, new: &NewPerson, entered_by: Option<&AccountId>) -> ApiResult<PersonId> {
    let id: PersonId = db::new_id();
    let now = db::now();
    diesel::insert_into(people::table)
        .values((
            people::id.eq(id.to_string()),
            people::name.eq(new.name.trim()),
            people::email.eq(rules::stored_email(new.email.as_deref())),
            people::phone.eq(rules::stored_text(new.phone.as_deref())),
            people::postcode.eq(rules::stored_text(new.postcode.as_deref())),
            people::contact_preference.eq(new.contact_preference.unwrap_or(ContactPreference::InPerson)),
            people::created_at.eq(now),
            people::updated_at.eq(now),
            people::created_by.eq(entered_by.map(ToString::to_string)),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a merge patch.
pub fn update(conn: &mut DbConnection, id: &PersonId, patch: &PersonPatch) -> ApiResult<()> {
    diesel::update(people::table.find(id.to_string()))
        .set((
            patch.name.as_deref().map(|n| people::name.eq(n.trim().to_string())),
            patch.email.as_ref().map(|e| people::email.eq(rules::stored_email(e.as_deref()))),
            patch.phone.as_ref().map(|p| people::phone.eq(rules::stored_text(p.as_deref()))),
            patch.postcode.as_ref().map(|p| people::postcode.eq(rules::stored_text(p.as_deref()))),
            patch.contact_preference.map(|c| people::contact_preference.eq(c)),
            people::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Who entered the person: `None` when there is no such person, `Some(None)` when nobody is
/// recorded (people from before that was kept).
pub fn entered_by(conn: &mut DbConnection, id: &PersonId) -> ApiResult<Option<Option<AccountId>>> {
    Ok(people::table.find(id.to_string()).select(people::created_by).first::<Option<AccountId>>(conn).optional()?)
}

/// The names of these people, ordered by name.
pub fn names(conn: &mut DbConnection, ids: &[PersonId]) -> ApiResult<Vec<(PersonId, String)>> {
    let ids = db::texts(ids);
    Ok(people::table
        .filter(people::id.eq_any(ids))
        .select((people::id, people::name))
        .order(people::name.asc())
        .load(conn)?)
}

/// The people with this email (lower case), by id: to find the demo data's people again.
pub fn find_by_email(conn: &mut DbConnection, email: &str) -> ApiResult<Option<PersonId>> {
    Ok(people::table.filter(people::email.eq(email)).select(people::id).first(conn).optional()?)
}

/// Names by id, for representations that name people.
pub fn name_map(conn: &mut DbConnection, ids: &[PersonId]) -> ApiResult<HashMap<PersonId, String>> {
    Ok(names(conn, ids)?.into_iter().collect())
}
