//! The audit log (DESIGN.md §5): every read of a resident's contact details and every erasure is
//! written down — who, what, which record, when — without the data itself.

use diesel::prelude::*;

use crate::db::schema::audit_log;
use crate::db::{self, DbConnection};
use crate::error::ApiResult;

/// What was done with personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Contact details were shown.
    Read,
    /// Personal data was erased (retention).
    Erase,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Erase => "erase",
        }
    }
}

/// Writes one entry per record; `account` is absent for the system (the retention job).
pub fn record(
    conn: &mut DbConnection,
    account: Option<&str>,
    action: Action,
    resource_type: &str,
    resource_ids: &[String],
) -> ApiResult<()> {
    if resource_ids.is_empty() {
        return Ok(());
    }
    let now = db::now();
    // One statement per entry: batch inserts are not available on a connection that can be either
    // database.
    for id in resource_ids {
        diesel::insert_into(audit_log::table)
            .values((
                audit_log::id.eq(db::new_id::<uuid::Uuid>().to_string()),
                audit_log::account_id.eq(account),
                audit_log::action.eq(action.as_str()),
                audit_log::resource_type.eq(resource_type),
                audit_log::resource_id.eq(id.as_str()),
                audit_log::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}
