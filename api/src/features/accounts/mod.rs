//! Accounts over HTTP: log-in, token refresh and log-out, `me`, and account administration
//! (admins). The accounts themselves are the principals of `access`, which stores them; this
//! feature is their face and their rules.

mod routes;
mod rules;

use api_types::{Account, NewAccount, PersonId, ProblemCode};

pub use routes::AccountsApi;

use crate::access::{store, tokens};
use crate::db::DbConnection;
use crate::error::{ApiError, ApiResult};
use crate::features::people;

/// Creates an account (for `POST /accounts`, `create-admin` and the demo data): its email, in
/// lower case, must be unused (409 `duplicate-email`) and its person, if linked, must exist and
/// have no account yet (400 / 409 `person-has-account`). Without a password it cannot log in
/// until its person sets one through a password link. Runs in the caller's transaction.
pub fn create(conn: &mut DbConnection, new: &NewAccount) -> ApiResult<Account> {
    let email = rules::normalized_email(&new.email);
    if store::email_taken(conn, &email)? {
        return Err(ApiError::conflict(
            ProblemCode::DuplicateEmail,
            "An account with this email address exists already.",
        ));
    }
    let person_id = new.person_id.map(PersonId::from);
    if let Some(person) = &person_id {
        require_linkable(conn, person)?;
    }
    let id = store::insert(
        conn,
        &store::NewAccountRow {
            email: &email,
            display_name: new.display_name.trim(),
            password_hash: &match &new.password {
                Some(password) => tokens::hash_password(password)?,
                None => tokens::NO_PASSWORD.to_string(),
            },
            role: new.role,
            person_id,
        },
    )?;
    Ok(store::find(conn, &id)?.to_account())
}

/// Whether an account has this email address (in any case).
pub fn exists(conn: &mut DbConnection, email: &str) -> ApiResult<bool> {
    store::email_taken(conn, &rules::normalized_email(email))
}

/// The account with this email address (in any case), if any.
pub fn id_of(conn: &mut DbConnection, email: &str) -> ApiResult<Option<api_types::AccountId>> {
    Ok(store::find_by_email(conn, &rules::normalized_email(email))?.map(|row| row.id))
}

/// 400 when the person does not exist, 409 `person-has-account` when another account has them.
fn require_linkable(conn: &mut DbConnection, person: &PersonId) -> ApiResult<()> {
    if !people::exists(conn, person)? {
        return Err(ApiError::invalid("/personId", "not_found", "No person with this id."));
    }
    if !crate::access::people_with_account(conn, std::slice::from_ref(person))?.is_empty() {
        return Err(ApiError::conflict(
            ProblemCode::PersonHasAccount,
            "This person is linked to another account already.",
        ));
    }
    Ok(())
}
