//! The layout of ARCHITECTURE.md, held against the code: every table is touched by one store
//! only, and features depend on each other one way.
#![allow(missing_docs, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The store that owns each table: the only file that may name it.
const OWNERS: &[(&str, &str)] = &[
    ("accounts", "access/store.rs"),
    ("refresh_tokens", "access/store.rs"),
    ("audit_log", "access/audit.rs"),
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
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file below `dir`, with its path relative to `src/` and its text.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src()).unwrap().to_string_lossy().replace('\\', "/");
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

#[test]
fn features_depend_on_each_other_one_way() {
    let mut files = Vec::new();
    sources(&src().join("features"), &mut files);
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &files {
        let feature = path.trim_start_matches("features/").split('/').next().unwrap().to_string();
        let entry = uses.entry(feature.clone()).or_default();
        for other in names_after(text, "crate::features::") {
            if other != feature {
                entry.insert(other);
            }
        }
    }
    // Take away, round by round, the features that use none of the features left: what stays is
    // a circle.
    let mut left = uses.clone();
    loop {
        let free: Vec<String> = left
            .iter()
            .filter(|(_, deps)| deps.iter().all(|d| !left.contains_key(d)))
            .map(|(f, _)| f.clone())
            .collect();
        if free.is_empty() {
            break;
        }
        for feature in free {
            left.remove(&feature);
        }
    }
    assert!(left.is_empty(), "features that depend on each other in a circle: {left:?}");
}
