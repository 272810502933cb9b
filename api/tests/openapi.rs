//! The committed OpenAPI document is the one the code generates, and it says what an integrator
//! needs: one-line summaries, descriptions, examples, every problem type and every limit.

#[test]
fn committed_document_is_current() {
    let generated = serde_json::to_string_pretty(&api::app::openapi_document()).expect("json");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi/openapi.json is out of date: run `cargo run -p api -- openapi > openapi/openapi.json`"
    );
}

fn document() -> serde_json::Value {
    api::app::openapi_document()
}

/// The operations of the document: (method, path, operation).
fn operations(document: &serde_json::Value) -> Vec<(String, String, serde_json::Value)> {
    let mut all = Vec::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("path item") {
            if ["get", "put", "post", "patch", "delete"].contains(&method.as_str()) {
                all.push((method.to_uppercase(), path.clone(), operation.clone()));
            }
        }
    }
    all
}

#[test]
fn every_operation_has_a_one_line_summary_a_description_and_examples() {
    let document = document();
    let mut wrong = Vec::new();
    for (method, path, operation) in operations(&document) {
        let summary = operation["summary"].as_str().unwrap_or_default();
        if summary.is_empty() || summary.contains('\n') || summary.chars().count() > 80 {
            wrong.push(format!("{method} {path}: summary {summary:?} is not one line of at most 80 characters"));
        }
        if operation["description"].as_str().is_none_or(str::is_empty) {
            wrong.push(format!("{method} {path}: no description"));
        }
        let mut bodies: Vec<(String, &serde_json::Value)> = Vec::new();
        if let Some(content) = operation.pointer("/requestBody/content").and_then(|c| c.as_object()) {
            bodies.extend(content.iter().map(|(media, body)| (format!("request {media}"), body)));
        }
        for (status, response) in operation["responses"].as_object().expect("responses") {
            if let Some(content) = response["content"].as_object().filter(|_| status.starts_with('2')) {
                bodies.extend(content.iter().map(|(media, body)| (format!("{status} {media}"), body)));
            }
        }
        for (what, body) in bodies {
            let json_like = what.ends_with("json") || what.ends_with("x-www-form-urlencoded");
            if json_like && body.get("example").is_none() && body.get("examples").is_none() {
                wrong.push(format!("{method} {path}: {what} has no example"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let text = document.to_string();
    for secret in [api::seed::DEMO_PASSWORD, api::seed::DEMO_CLIENT_SECRET] {
        assert!(!text.contains(secret), "the document shows a demo secret");
    }
}

#[test]
fn every_string_property_has_an_example_a_format_or_its_values() {
    let document = document();
    let mut missing = Vec::new();
    for (schema, definition) in document["components"]["schemas"].as_object().expect("schemas") {
        for (name, property) in definition["properties"].as_object().into_iter().flatten() {
            let kind = &property["type"];
            let string = kind == "string" || kind.as_array().is_some_and(|k| k.contains(&"string".into()));
            let shown = ["example", "examples", "format", "enum", "const"].iter().any(|k| property.get(k).is_some());
            if string && !shown {
                missing.push(format!("{schema}.{name}"));
            }
        }
    }
    assert!(missing.is_empty(), "string properties without an example: {missing:?}");
}

#[test]
fn the_problem_schema_lists_every_problem_type_with_its_status() {
    let document = document();
    let description = document["components"]["schemas"]["Problem"]["description"].as_str().expect("description");
    for code in api_types::ProblemCode::ALL {
        let row = format!("| `{}` | {} |", code.as_str(), code.status());
        assert!(description.contains(&row), "the Problem schema does not list {row}");
    }
}

/// Every length and range the server validates (`validate(length(…))`, `validate(range(…))` in
/// the shared types) is in the schema too (`min_length`/`max_length`, `min_items`/`max_items`,
/// `minimum`/`maximum`), and so is every rule on a text's form (a `pattern`) or on a list's items
/// (their own schema, `value_type`), so a generated validator or a fuzzer knows the limits.
#[test]
fn every_validated_limit_is_in_the_schema() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../api-types/src");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root).expect("api-types sources") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("source");
        // A field's attributes run from the line after the previous field (or `{`) to its `pub`.
        let mut attributes = String::new();
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with("pub ") && line.ends_with(',') {
                let needed: &[(&str, &[&str])] = &[
                    ("length(", &["max_length", "max_items", "min_length", "min_items"]),
                    ("range(", &["minimum", "maximum"]),
                    // The rules on a text's form, as a pattern; on a list's items, as their schema.
                    ("rules::phone", &["pattern"]),
                    ("rules::postcode", &["pattern"]),
                    ("rules::buurt_code", &["pattern"]),
                    ("rules::wijk_code", &["pattern"]),
                    ("rules::gemeente_code", &["pattern"]),
                    ("site_colour", &["pattern"]),
                    ("rules::tags", &["value_type"]),
                    ("rules::languages", &["value_type"]),
                    ("rules::topics", &["value_type"]),
                ];
                if let Some(validation) = attributes.split("validate(").nth(1) {
                    for (rule, keys) in needed {
                        if validation.contains(rule) && !keys.iter().any(|k| attributes.contains(&format!("{k} ="))) {
                            missing.push(format!("{}: {line}", path.file_name().unwrap_or_default().to_string_lossy()));
                        }
                    }
                }
                attributes.clear();
            } else if line.ends_with('{') || line.ends_with("},") {
                attributes.clear();
            } else {
                attributes.push_str(line);
                attributes.push('\n');
            }
        }
    }
    assert!(missing.is_empty(), "validated limits not in the schema: {missing:#?}");
}
