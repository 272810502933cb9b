//! The identity store: accounts (the principals that log in), their refresh tokens and their
//! password links. The only code that touches the `accounts`, `refresh_tokens` and
//! `password_links` tables.

use api_types::{Account, AccountId, PasswordLinkPurpose, PersonId, Role};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{accounts, password_links, refresh_tokens};
use crate::db::{self, DbConnection, PageRequest};
use crate::error::{ApiError, ApiResult};
use crate::web::http;

/// One row of `accounts`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = accounts)]
pub struct AccountRow {
    /// Id.
    pub id: AccountId,
    /// Log-in email, lower case.
    pub email: String,
    /// Name shown in the web client.
    pub display_name: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// What the account may do.
    pub role: Role,
    /// A disabled account cannot log in.
    pub disabled: bool,
    /// The linked person.
    pub person_id: Option<PersonId>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl AccountRow {
    /// The account's representation (without its password hash).
    pub fn to_account(&self) -> Account {
        Account {
            id: self.id.uuid(),
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            role: self.role,
            disabled: self.disabled,
            person_id: self.person_id.map(PersonId::uuid),
            password_set: self.password_hash != super::tokens::NO_PASSWORD,
            created_at: http::utc(self.created_at),
            updated_at: http::utc(self.updated_at),
        }
    }
}

/// What a new account is stored with; the email is lower case already.
pub struct NewAccountRow<'a> {
    /// Log-in email, lower case.
    pub email: &'a str,
    /// Name shown in the web client, trimmed.
    pub display_name: &'a str,
    /// Argon2id PHC string.
    pub password_hash: &'a str,
    /// The account's role.
    pub role: Role,
    /// The linked person.
    pub person_id: Option<PersonId>,
}

/// What a change of an account writes: `None` keeps a column as it is.
#[derive(Default)]
pub struct AccountChange {
    /// New display name, trimmed.
    pub display_name: Option<String>,
    /// New role.
    pub role: Option<Role>,
    /// Disable or enable log-in.
    pub disabled: Option<bool>,
    /// New password hash.
    pub password_hash: Option<String>,
    /// Link to a person, or `Some(None)` to unlink.
    pub person_id: Option<Option<PersonId>>,
}

/// One account; 404 when there is none.
pub fn find(conn: &mut DbConnection, id: &AccountId) -> ApiResult<AccountRow> {
    accounts::table
        .find(id.to_string())
        .select(AccountRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound("No account with this id.".into()))
}

/// The account with this (lower case) email, if any.
pub fn find_by_email(conn: &mut DbConnection, email: &str) -> ApiResult<Option<AccountRow>> {
    Ok(accounts::table.filter(accounts::email.eq(email)).select(AccountRow::as_select()).first(conn).optional()?)
}

/// Whether an account has this (lower case) email.
pub fn email_taken(conn: &mut DbConnection, email: &str) -> ApiResult<bool> {
    let taken: i64 = accounts::table.filter(accounts::email.eq(email)).count().get_result(conn)?;
    Ok(taken > 0)
}

/// A page of accounts in id order: up to `size + 1` rows (the extra one tells a next page exists).
pub fn page(conn: &mut DbConnection, request: &PageRequest) -> ApiResult<Vec<AccountRow>> {
    let mut query =
        accounts::table.select(AccountRow::as_select()).order(accounts::id.asc()).limit(request.size + 1).into_boxed();
    if let Some(after) = &request.after {
        query = query.filter(accounts::id.gt(after.clone()));
    }
    Ok(query.load(conn)?)
}

/// Stores a new account; returns its id.
pub fn insert(conn: &mut DbConnection, new: &NewAccountRow<'_>) -> ApiResult<AccountId> {
    let id: AccountId = db::new_id();
    let now = db::now();
    diesel::insert_into(accounts::table)
        .values((
            accounts::id.eq(id.to_string()),
            accounts::email.eq(new.email),
            accounts::display_name.eq(new.display_name),
            accounts::password_hash.eq(new.password_hash),
            accounts::role.eq(new.role),
            accounts::disabled.eq(false),
            accounts::person_id.eq(new.person_id.map(|p| p.to_string())),
            accounts::created_at.eq(now),
            accounts::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Writes a change of an account.
pub fn update(conn: &mut DbConnection, id: &AccountId, change: &AccountChange) -> ApiResult<()> {
    diesel::update(accounts::table.find(id.to_string()))
        .set((
            change.display_name.as_deref().map(|n| accounts::display_name.eq(n)),
            change.role.map(|r| accounts::role.eq(r)),
            change.disabled.map(|d| accounts::disabled.eq(d)),
            change.password_hash.as_deref().map(|h| accounts::password_hash.eq(h)),
            change.person_id.map(|p| accounts::person_id.eq(p.map(|p| p.to_string()))),
            accounts::updated_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Role, disabled flag and linked person of an account, for the principal of a request.
pub fn principal(conn: &mut DbConnection, id: &AccountId) -> ApiResult<Option<(Role, bool, Option<PersonId>)>> {
    Ok(accounts::table
        .find(id.to_string())
        .select((accounts::role, accounts::disabled, accounts::person_id))
        .first::<(Role, bool, Option<PersonId>)>(conn)
        .optional()?)
}

/// Which of these people have an account.
pub fn people_with_account(conn: &mut DbConnection, people: &[PersonId]) -> ApiResult<Vec<PersonId>> {
    let ids = db::texts(people);
    Ok(accounts::table
        .filter(accounts::person_id.eq_any(ids))
        .select(accounts::person_id.assume_not_null())
        .load::<PersonId>(conn)?)
}

/// The people these accounts are linked to, by account (an account without a person is left out).
pub fn people_of(conn: &mut DbConnection, ids: &[AccountId]) -> ApiResult<Vec<(AccountId, PersonId)>> {
    let ids = db::texts(ids);
    Ok(accounts::table
        .filter(accounts::id.eq_any(ids))
        .filter(accounts::person_id.is_not_null())
        .select((accounts::id, accounts::person_id.assume_not_null()))
        .load(conn)?)
}

/// Display names and emails of these accounts, for trails that name who did something.
pub fn names(conn: &mut DbConnection, ids: &[AccountId]) -> ApiResult<Vec<(AccountId, String, String)>> {
    let ids = db::texts(ids);
    Ok(accounts::table
        .filter(accounts::id.eq_any(ids))
        .select((accounts::id, accounts::display_name, accounts::email))
        .load(conn)?)
}

/// A refresh token as stored.
pub struct RefreshTokenRow {
    /// Id.
    pub id: String,
    /// Whose it is.
    pub account_id: AccountId,
    /// When it stops working.
    pub expires_at: NaiveDateTime,
    /// When it was used or revoked.
    pub revoked_at: Option<NaiveDateTime>,
}

/// Stores a new refresh token by its hash.
pub fn insert_refresh_token(
    conn: &mut DbConnection,
    account: &AccountId,
    token_hash: &str,
    expires_at: NaiveDateTime,
) -> ApiResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::id.eq(db::new_id::<uuid::Uuid>().to_string()),
            refresh_tokens::account_id.eq(account.to_string()),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::expires_at.eq(expires_at),
            refresh_tokens::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The refresh token with this hash, if any.
pub fn find_refresh_token(conn: &mut DbConnection, token_hash: &str) -> ApiResult<Option<RefreshTokenRow>> {
    let row: Option<(String, AccountId, NaiveDateTime, Option<NaiveDateTime>)> = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select((
            refresh_tokens::id,
            refresh_tokens::account_id,
            refresh_tokens::expires_at,
            refresh_tokens::revoked_at,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(id, account_id, expires_at, revoked_at)| RefreshTokenRow { id, account_id, expires_at, revoked_at }))
}

/// Marks one refresh token as used.
pub fn revoke_refresh_token(conn: &mut DbConnection, id: &str) -> ApiResult<()> {
    diesel::update(refresh_tokens::table.find(id)).set(refresh_tokens::revoked_at.eq(db::now())).execute(conn)?;
    Ok(())
}

/// Revokes the live refresh token with this hash, if there is one (log-out).
pub fn revoke_refresh_token_by_hash(conn: &mut DbConnection, token_hash: &str) -> ApiResult<()> {
    diesel::update(refresh_tokens::table)
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .filter(refresh_tokens::revoked_at.is_null())
        .set(refresh_tokens::revoked_at.eq(db::now()))
        .execute(conn)?;
    Ok(())
}

/// Revokes every live refresh token of an account (logout everywhere, password change, reuse).
pub fn revoke_all_refresh_tokens(conn: &mut DbConnection, account: &AccountId) -> ApiResult<()> {
    diesel::update(refresh_tokens::table)
        .filter(refresh_tokens::account_id.eq(account.to_string()))
        .filter(refresh_tokens::revoked_at.is_null())
        .set(refresh_tokens::revoked_at.eq(db::now()))
        .execute(conn)?;
    Ok(())
}

/// A password link as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = password_links)]
pub struct PasswordLinkRow {
    /// Id.
    pub id: String,
    /// Whose password it sets.
    pub account_id: AccountId,
    /// Invitation or reset.
    pub purpose: PasswordLinkPurpose,
    /// When it stops working.
    pub expires_at: NaiveDateTime,
    /// When it was used.
    pub used_at: Option<NaiveDateTime>,
}

/// Stores a new password link of an account by its hash, replacing the account's unused ones.
pub fn replace_password_link(
    conn: &mut DbConnection,
    account: &AccountId,
    token_hash: &str,
    purpose: PasswordLinkPurpose,
    expires_at: NaiveDateTime,
    created_by: &AccountId,
) -> ApiResult<()> {
    diesel::delete(password_links::table)
        .filter(password_links::account_id.eq(account.to_string()))
        .filter(password_links::used_at.is_null())
        .execute(conn)?;
    diesel::insert_into(password_links::table)
        .values((
            password_links::id.eq(db::new_id::<uuid::Uuid>().to_string()),
            password_links::account_id.eq(account.to_string()),
            password_links::token_hash.eq(token_hash),
            password_links::purpose.eq(purpose),
            password_links::expires_at.eq(expires_at),
            password_links::created_by.eq(created_by.to_string()),
            password_links::created_at.eq(db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The password link with this hash, if any.
pub fn find_password_link(conn: &mut DbConnection, token_hash: &str) -> ApiResult<Option<PasswordLinkRow>> {
    Ok(password_links::table
        .filter(password_links::token_hash.eq(token_hash))
        .select(PasswordLinkRow::as_select())
        .first(conn)
        .optional()?)
}

/// Marks a password link used; `false` when it was used already (of two at once, one wins).
pub fn use_password_link(conn: &mut DbConnection, id: &str) -> ApiResult<bool> {
    let updated = diesel::update(password_links::table.find(id))
        .filter(password_links::used_at.is_null())
        .set(password_links::used_at.eq(db::now()))
        .execute(conn)?;
    Ok(updated == 1)
}
