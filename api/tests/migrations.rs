//! Migrations apply to an empty database and revert, on both backends.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;

fn apply_and_revert(backend: Backend) {
    let database = TestDb::new(backend);
    let mut conn = api::db::ConnectionManager::connect(&database.url).expect("connect");
    api::db::run_migrations(&mut conn).expect("apply");
    assert_eq!(count(&mut conn, "groups", "1 = 1"), 0);
    api::db::revert_all_migrations(&mut conn).expect("revert");
    api::db::run_migrations(&mut conn).expect("apply again");
    api::seed::seed_demo(&mut conn).expect("seed on the migrated schema");
}

#[test]
fn sqlite_migrations_apply_and_revert() {
    apply_and_revert(Backend::Sqlite);
}

#[test]
fn postgres_migrations_apply_and_revert() {
    apply_and_revert(Backend::Postgres);
}
