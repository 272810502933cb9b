//! Access (DESIGN.md §5): who makes a request (a person's [`Principal`] or an API client, the
//! [`Caller`]), what they may do (the
//! [`policy`]), the tokens that prove who they are ([`tokens`]), the identity store of accounts and
//! refresh tokens ([`store`]), the API clients ([`clients`]), and the audit log of personal data ([`audit`]).
//!
//! Accounts live here rather than in a feature because every feature needs the principal; the
//! `accounts` feature is their face over HTTP (log-in, tokens, administration).

pub mod audit;
pub mod clients;
pub mod policy;
mod principal;
pub mod store;
pub mod tokens;

use std::collections::{HashMap, HashSet};

use api_types::{AccountId, PersonId};

pub use principal::{Caller, ClientPrincipal, Principal};

use crate::db::DbConnection;
use crate::error::ApiResult;

/// Which of these people have an account (a person does not need one).
pub fn people_with_account(conn: &mut DbConnection, people: &[PersonId]) -> ApiResult<HashSet<PersonId>> {
    Ok(store::people_with_account(conn, people)?.into_iter().collect())
}

/// The person each of these accounts is linked to (accounts without one are left out).
pub fn account_people(conn: &mut DbConnection, ids: &[AccountId]) -> ApiResult<HashMap<AccountId, PersonId>> {
    Ok(store::people_of(conn, ids)?.into_iter().collect())
}

/// How these accounts are named in a trail: display name and email, by account.
pub fn account_names(conn: &mut DbConnection, ids: &[AccountId]) -> ApiResult<HashMap<AccountId, (String, String)>> {
    Ok(store::names(conn, ids)?.into_iter().map(|(id, name, email)| (id, (name, email))).collect())
}
