//! `people`: residents and professionals. A member does not need an account. Contact details are
//! shown only to callers allowed to see them (DESIGN.md §5, `policy::sees_contact_details`):
//! coordinators and admins, the person themself, and current members of a group the person
//! currently belongs to.

mod routes;
mod rules;
mod store;

use std::collections::{HashMap, HashSet};

use api_types::{AccountId, NewPerson, PersonId};

pub use routes::PeopleApi;

use crate::access::Principal;
use crate::db::DbConnection;
use crate::error::ApiResult;

/// What people's answers need to know from features above people, plugged in by the app
/// (`app.rs`) so people depend on nothing above them: group membership decides whose contact
/// details a member sees, and training completion is shown on the person.
#[derive(Clone, Copy)]
pub struct Ports {
    /// The people in the caller's current groups (from groups).
    pub co_members: fn(&mut DbConnection, &Principal) -> ApiResult<HashSet<PersonId>>,
    /// Which of these people completed a training (from trainings).
    pub completed: fn(&mut DbConnection, &[PersonId]) -> ApiResult<HashSet<PersonId>>,
}

/// Whether the person exists.
pub fn exists(conn: &mut DbConnection, id: &PersonId) -> ApiResult<bool> {
    Ok(store::entered_by(conn, id)?.is_some())
}

/// Who entered the person: `None` when there is no such person, `Some(None)` when nobody is
/// recorded.
pub fn entered_by(conn: &mut DbConnection, id: &PersonId) -> ApiResult<Option<Option<AccountId>>> {
    store::entered_by(conn, id)
}

/// Stores a person entered by the caller, in the caller's transaction (a candidate's enrolment
/// makes them a person); returns the new id.
pub fn create(conn: &mut DbConnection, caller: &Principal, new: &NewPerson) -> ApiResult<PersonId> {
    store::insert(conn, new, Some(&caller.account_id))
}

/// Stores a person as an import gives them (the demo data), with nobody recorded as having
/// entered them; returns the new id.
pub fn import(conn: &mut DbConnection, new: &NewPerson) -> ApiResult<PersonId> {
    store::insert(conn, new, None)
}

/// The names of these people, ordered by name (the database's collation).
pub fn names(conn: &mut DbConnection, ids: &[PersonId]) -> ApiResult<Vec<(PersonId, String)>> {
    store::names(conn, ids)
}

/// The names of these people, by id.
pub fn name_map(conn: &mut DbConnection, ids: &[PersonId]) -> ApiResult<HashMap<PersonId, String>> {
    store::name_map(conn, ids)
}

/// The person with this email address (lower case), if any.
pub fn find_by_email(conn: &mut DbConnection, email: &str) -> ApiResult<Option<PersonId>> {
    store::find_by_email(conn, email)
}
