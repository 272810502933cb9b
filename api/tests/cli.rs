//! The command line: configuration errors are clear, `migrate`, `seed-demo`, `create-admin` and
//! `openapi` do what they say.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Output};

use common::*;

fn run(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut command = Command::new(env!("CARGO_BIN_EXE_buurtverbinders"));
    command.args(args).env_remove("DATABASE_URL").env_remove("JWT_SECRET").env_remove("ADMIN_PASSWORD");
    for (key, value) in env {
        command.env(key, value);
    }
    command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = command.spawn().unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn unknown_database_schemes_and_missing_secrets_are_clear_errors() {
    let output = run(&["migrate"], &[("DATABASE_URL", "mysql://localhost/x")], None);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("scheme `mysql` is not supported"), "{}", stderr(&output));
    let output = run(&["migrate"], &[("DATABASE_URL", "postgres://postgres@127.0.0.1/postgres")], None);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("JWT_SECRET is required"), "{}", stderr(&output));
    let output = run(&["migrate"], &[("DATABASE_URL", "sqlite://x.db"), ("JWT_SECRET", "short")], None);
    assert!(stderr(&output).contains("at least 32 characters"), "{}", stderr(&output));
}

#[test]
fn seed_demo_and_create_admin_on_a_local_sqlite_database() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/data/db.sqlite3", dir.path().display());
    let env = [("DATABASE_URL", url.as_str())];
    let first = run(&["seed-demo"], &env, None);
    assert!(first.status.success(), "{}", stderr(&first));
    let again = run(&["seed-demo"], &env, None);
    assert!(String::from_utf8_lossy(&again.stdout).contains("(0 records added)"));
    // The secret for a local run is generated once and kept beside the database.
    let secret = std::fs::read_to_string(dir.path().join("data/jwt-secret")).unwrap();
    assert!(secret.len() >= 32);

    let short = run(&["create-admin", "--email", "beheer@example.org"], &env, Some("kort\n"));
    assert!(!short.status.success());
    assert!(stderr(&short).contains("/password"), "{}", stderr(&short));
    let created = run(&["create-admin", "--email", "beheer@example.org"], &env, Some("een-lang-wachtwoord\n"));
    assert!(created.status.success(), "{}", stderr(&created));
    let duplicate = run(
        &["create-admin", "--email", "beheer@example.org"],
        &[env[0], ("ADMIN_PASSWORD", "een-lang-wachtwoord")],
        None,
    );
    assert!(!duplicate.status.success());

    let database = api::db::DatabaseUrl::parse(&url).unwrap();
    let mut conn = api::db::ConnectionManager::connect(&database).unwrap();
    assert_eq!(count(&mut conn, "accounts", "email = 'beheer@example.org' AND role = 'admin'"), 1);
    assert_eq!(count(&mut conn, "accounts", "1 = 1"), 5);
}

#[test]
fn openapi_prints_the_document() {
    let output = run(&["openapi"], &[], None);
    assert!(output.status.success());
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["info"]["title"], "Buurtverbinders API");
    assert_eq!(document["servers"][0]["url"], "/api/v1");
}

/// `erase-expired-questions` erases closed questions older than the retention period; the demo's
/// five closed questions are 35 days to half a year closed, so 1 month erases them and the default
/// (12) does not.
#[test]
fn erase_expired_questions_follows_the_retention_period() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/db.sqlite3", dir.path().display());
    let env = [("DATABASE_URL", url.as_str())];
    assert!(run(&["seed-demo"], &env, None).status.success());
    let default = run(&["erase-expired-questions"], &env, None);
    assert!(default.status.success(), "{}", stderr(&default));
    assert!(String::from_utf8_lossy(&default.stdout).contains("of 0 closed question(s) older than 12 months"));
    let month = run(&["erase-expired-questions", "--months", "1"], &env, None);
    assert!(String::from_utf8_lossy(&month.stdout).contains("of 5 closed question(s) older than 1 months"));
    let too_long = run(
        &["erase-expired-questions"],
        &[("DATABASE_URL", url.as_str()), ("QUESTION_RETENTION_MONTHS", "500")],
        None,
    );
    assert!(stderr(&too_long).contains("QUESTION_RETENTION_MONTHS must be at most 120"), "{}", stderr(&too_long));
}
