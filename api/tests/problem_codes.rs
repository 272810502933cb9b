//! The problem codes are one table: `ProblemCode` in `api-types`, the server raises each of them,
//! and `api/API-DESIGN.md` lists every one with its status and meaning.
#![allow(missing_docs, clippy::unwrap_used)]

use std::path::Path;

use api_types::ProblemCode;

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The rows of the table between `<!-- problem codes -->` and `<!-- end of problem codes -->`.
fn documented_rows() -> Vec<String> {
    let text = std::fs::read_to_string(manifest_dir().join("API-DESIGN.md")).unwrap();
    let start = text.find("<!-- problem codes -->").expect("the table's start marker");
    let end = text.find("<!-- end of problem codes -->").expect("the table's end marker");
    text[start..end].lines().filter(|line| line.starts_with("| `")).map(str::to_string).collect()
}

fn expected_rows() -> Vec<String> {
    ProblemCode::ALL
        .iter()
        .map(|code| format!("| `{}` | {} | {} |", code.as_str(), code.status(), code.meaning()))
        .collect()
}

#[test]
fn the_design_document_lists_every_problem_code() {
    let documented = documented_rows();
    let expected = expected_rows();
    assert_eq!(
        documented,
        expected,
        "api/API-DESIGN.md's table of problem codes differs from ProblemCode; it should read:\n{}",
        expected.join("\n")
    );
}

#[test]
fn codes_round_trip_and_have_an_error_status() {
    for code in ProblemCode::ALL {
        assert_eq!(ProblemCode::parse(code.as_str()), Some(code));
        assert!((400..600).contains(&code.status()), "{code:?}");
        assert!(!code.meaning().is_empty(), "{code:?}");
    }
}

/// Every source file of the API, as text.
fn api_sources(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            api_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(path).unwrap());
        }
    }
}

/// A code nobody raises is a code clients prepare for in vain: each one appears in the server.
#[test]
fn the_server_raises_every_code() {
    let mut sources = Vec::new();
    api_sources(&manifest_dir().join("src"), &mut sources);
    let text = sources.join("\n");
    let unused: Vec<String> = ProblemCode::ALL
        .iter()
        .map(|code| format!("ProblemCode::{code:?}"))
        .filter(|name| !text.contains(&format!("{name},")) && !text.contains(&format!("{name} ")))
        .collect();
    assert!(unused.is_empty(), "raised nowhere in api/src: {unused:?}");
}
