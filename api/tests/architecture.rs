//! The layout of ARCHITECTURE.md, held against the code: every table is touched by one store
//! only, a feature is entered through its `mod.rs` only, and features depend on each other one
//! way.
#![allow(missing_docs, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The store that owns each table: the only file that may name it.
const OWNERS: &[(&str, &str)] = &[
    ("accounts", "access/store.rs"),
    ("refresh_tokens", "access/store.rs"),
    ("password_links", "access/store.rs"),
    ("audit_log", "access/audit.rs"),
    ("api_clients", "access/clients.rs"),
    ("neighbourhoods", "features/neighbourhoods/store.rs"),
    ("people", "features/people/store.rs"),
    ("groups", "features/groups/store.rs"),
    ("memberships", "features/groups/store.rs"),
    ("trainings", "features/trainings/store.rs"),
    ("training_participants", "features/trainings/store.rs"),
    ("training_date_options", "features/trainings/store.rs"),
    ("training_availability", "features/trainings/store.rs"),
    ("training_sessions", "features/trainings/store.rs"),
    ("training_attendance", "features/trainings/store.rs"),
    ("events", "features/events/store.rs"),
    ("event_occurrences", "features/events/store.rs"),
    ("registrations", "features/events/store.rs"),
    ("candidates", "features/candidates/store.rs"),
    ("candidate_notes", "features/candidates/store.rs"),
    ("questions", "features/questions/store.rs"),
    ("question_history", "features/questions/store.rs"),
    ("referrals", "features/questions/store.rs"),
    ("organisations", "features/organisations/store.rs"),
    ("faq_items", "features/faq/store.rs"),
    ("resources", "features/resources/store.rs"),
    ("group_sites", "features/sites/store.rs"),
    ("stories", "features/stories/store.rs"),
    ("deletions", "features/sync/store.rs"),
    ("time_entries", "features/time/store.rs"),
    ("goals", "features/goals/store.rs"),
    ("goal_progress", "features/goals/store.rs"),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file below `dir`, with its path relative to the API's `src/` and its text.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    sources_below(&src(), dir, out);
}

/// Every source file below `dir`, with its path relative to `root` and its text.
fn sources_below(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources_below(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((relative, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The names a file takes from `prefix`: `prefix::{a, b::c}` and `prefix::a` give `a` and `b`.
fn names_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at + prefix.len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let list = &list[..list.find('}').unwrap_or(list.len())];
            for item in list.split(',') {
                let name: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
    }
    names
}

#[test]
fn every_table_is_touched_by_its_own_store_only() {
    let owners: BTreeMap<&str, &str> = OWNERS.iter().copied().collect();
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let mut trespasses = Vec::new();
    for (path, text) in &files {
        if path == "db/schema.rs" {
            continue;
        }
        for table in names_after(text, "db::schema::") {
            match owners.get(table.as_str()) {
                Some(owner) if owner == path => {}
                Some(owner) => trespasses.push(format!("{path} names `{table}`, which only {owner} may touch")),
                None => trespasses.push(format!("{path} names `{table}`, a table without an owner here")),
            }
        }
    }
    assert!(trespasses.is_empty(), "{}", trespasses.join("\n"));
}

/// The features below `features/` of a source tree (relative to `src`), with the other features
/// each one names.
fn feature_uses(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources_below(src, &src.join("features"), &mut files);
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &files {
        let Some(feature) = path.strip_prefix("features/").and_then(|p| p.split('/').next()) else { continue };
        if feature == "mod.rs" {
            continue;
        }
        let entry = uses.entry(feature.to_string()).or_default();
        for other in names_after(text, "crate::features::") {
            if other != feature {
                entry.insert(other);
            }
        }
    }
    uses
}

/// What stays of a dependency graph after taking away, round by round, the nodes that depend on
/// none of the nodes left: the nodes on a circle (empty when there is none).
fn circles(uses: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, BTreeSet<String>> {
    let mut left = uses.clone();
    loop {
        let free: Vec<String> = left
            .iter()
            .filter(|(_, deps)| deps.iter().all(|d| !left.contains_key(d)))
            .map(|(f, _)| f.clone())
            .collect();
        if free.is_empty() {
            return left;
        }
        for feature in free {
            left.remove(&feature);
        }
    }
}

#[test]
fn features_depend_on_each_other_one_way() {
    let api = feature_uses(&src());
    assert!(api.len() >= 10, "the API's features were not found: {api:?}");
    assert!(circles(&api).is_empty(), "API features that depend on each other in a circle: {:?}", circles(&api));
    // The web client's features too: a page uses another feature's widgets one way only.
    let client = feature_uses(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../web-client/src"));
    assert!(client.len() >= 8, "the web client's features were not found: {client:?}");
    assert!(circles(&client).is_empty(), "web client features in a circle: {:?}", circles(&client));
}

/// A feature's files are private modules of its `mod.rs`, so the compiler refuses any other way
/// in than the door: no `pub mod` (and no `pub use` of a whole file) in a feature's `mod.rs`.
#[test]
fn a_feature_is_entered_through_its_mod_rs_only() {
    let mut files = Vec::new();
    sources(&src().join("features"), &mut files);
    let mut open_doors = Vec::new();
    // The doors themselves: `features/<feature>/mod.rs` (not `features/mod.rs`, which lists them).
    for (path, text) in files.iter().filter(|(path, _)| path.ends_with("/mod.rs") && path.matches('/').count() == 2) {
        let feature_dir = path.trim_end_matches("mod.rs");
        let modules: BTreeSet<String> = files
            .iter()
            .filter_map(|(other, _)| other.strip_prefix(feature_dir))
            .filter(|name| *name != "mod.rs" && !name.contains('/'))
            .map(|name| name.trim_end_matches(".rs").to_string())
            .collect();
        for line in text.lines().map(str::trim) {
            let public = line.starts_with("pub mod ") || line.starts_with("pub(crate) mod ");
            let whole = modules.iter().any(|m| line == format!("pub use {m}::*;") || line == format!("pub use {m};"));
            if public || whole {
                open_doors.push(format!("{path}: `{line}`"));
            }
        }
    }
    assert!(open_doors.is_empty(), "files of a feature open to the rest of the crate:\n{}", open_doors.join("\n"));
}
