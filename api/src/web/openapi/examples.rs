//! Request and response examples for every operation, built from the schemas' own examples.
//!
//! Each field of the API's types carries its example next to its doc comment (`#[schema(example
//! = …)]`); here those are put together into one example body per request and per successful
//! JSON response, so a reader of the document and a generated client's docs see a whole body of
//! the schema's shape. Whether the server takes one is for the tests to show (the create
//! examples are posted in `api/tests/conventions.rs`); a struct's own example wins.

use serde_json::{Map, Value};

/// The instant every example uses (UTC), a Tuesday evening.
const INSTANT: &str = "2026-03-10T18:30:00Z";
/// The day every example uses.
const DAY: &str = "2026-03-10";
/// The id of an example's own object (UUID v7); the ids it refers to differ (see [`id_for`]).
const ID: &str = "0193b5c0-7d2e-7a41-9c3b-2f5e8d1a4b60";

/// Deepest `$ref` chain followed; past it an object example is left empty (schemas refer to each
/// other, e.g. a feature's properties).
const MAX_DEPTH: usize = 8;

/// Adds an example to each JSON request body and successful JSON response of `document` (the
/// whole OpenAPI document as JSON) that has none. The values sit in `components/examples`, one
/// per schema (named after it; an unnamed schema after its operation), and the media types refer
/// to them: the bodies are written once, and nothing under `paths` holds a body's member names
/// (rules that search `paths` for method names would take a `postcode` for a `post`).
pub fn add(document: &mut Value) {
    let schemas = document["components"]["schemas"].as_object().cloned().unwrap_or_default();
    let mut examples = document["components"]["examples"].as_object().cloned().unwrap_or_default();
    let Some(paths) = document["paths"].as_object_mut() else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for operation in item.values_mut() {
            let name = operation["operationId"].as_str().unwrap_or("operation").to_owned();
            if let Some(content) = operation.pointer_mut("/requestBody/content") {
                add_to_content(content, &format!("{name}_request"), &schemas, &mut examples);
            }
            // A page's links name its own collection (each page schema has one list operation).
            let page_path = format!("/api/v1{path}");
            let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else {
                continue;
            };
            for (status, response) in responses.iter_mut() {
                if status.starts_with('2') {
                    if let Some(content) = response.get_mut("content") {
                        let before: Vec<String> = examples.keys().cloned().collect();
                        add_to_content(content, &format!("{name}_{status}"), &schemas, &mut examples);
                        for (key, example) in examples.iter_mut() {
                            if !before.contains(key) {
                                link_to(example, &page_path);
                            }
                        }
                    }
                }
            }
        }
    }
    if !examples.is_empty() {
        document["components"]["examples"] = Value::Object(examples);
    }
}

/// Gives each JSON (or form) media type in `content` an example from its schema: a reference to
/// the example of its named schema, or to one named `unnamed` for an inline schema.
fn add_to_content(content: &mut Value, unnamed: &str, schemas: &Map<String, Value>, examples: &mut Map<String, Value>) {
    let Some(media_types) = content.as_object_mut() else { return };
    for (media_type, body) in media_types.iter_mut() {
        let json_like = media_type.ends_with("json") || media_type == "application/x-www-form-urlencoded";
        let Some(body) = body.as_object_mut() else { continue };
        if !json_like || body.contains_key("example") || body.contains_key("examples") {
            continue;
        }
        let Some(schema) = body.get("schema") else { continue };
        let name = match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference.rsplit('/').next().unwrap_or(unnamed).to_owned(),
            None => unnamed.to_owned(),
        };
        if !examples.contains_key(&name) {
            let value = example_of(schema, schemas, 0);
            let mut example = Map::new();
            example.insert("summary".into(), Value::String(format!("An example of {name}")));
            example.insert("value".into(), value);
            examples.insert(name.clone(), Value::Object(example));
        }
        let mut reference = Map::new();
        reference.insert("$ref".into(), Value::String(format!("#/components/examples/{name}")));
        let mut named = Map::new();
        named.insert(name, Value::Object(reference));
        body.insert("examples".into(), Value::Object(named));
    }
}

/// Points the `_links` of a new page example at `path`, the collection it is a page of.
fn link_to(example: &mut Value, path: &str) {
    let Some(links) = example.pointer_mut("/value/_links").and_then(Value::as_object_mut) else { return };
    if let Some(href) = links.get_mut("self").and_then(|l| l.get_mut("href")) {
        *href = Value::String(format!("{path}?pageSize=20"));
    }
    if let Some(href) = links.get_mut("next").and_then(|l| l.get_mut("href")) {
        *href = Value::String(format!("{path}?pageSize=20&cursor=WzE3MzMwMDAwMDBd"));
    }
}

/// An example id for the member `name`: [`ID`] for `id`, another for each other member
/// (`groupId`, `personId`, …), so that an example does not show every reference as the one object.
fn id_for(name: &str) -> String {
    if name == "id" {
        return ID.to_owned();
    }
    // FNV-1a: the same member always gets the same id.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{}{:012x}", &ID[..24], hash & 0xffff_ffff_ffff)
}

/// An example value for `schema`: its own example where it has one, else one built from its
/// parts (every property of an object, one item of an array, the first value of an enum).
pub fn example_of(schema: &Value, schemas: &Map<String, Value>, depth: usize) -> Value {
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(first) = schema.get("examples").and_then(Value::as_array).and_then(|e| e.first()) {
        return first.clone();
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.rsplit('/').next().unwrap_or_default();
        return match schemas.get(name) {
            Some(target) if depth < MAX_DEPTH => example_of(target, schemas, depth + 1),
            _ => Value::Object(Map::new()),
        };
    }
    if let Some(value) = schema.get("const") {
        return value.clone();
    }
    if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| e.iter().find(|v| !v.is_null())) {
        return first.clone();
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        for part in parts {
            match example_of(part, schemas, depth) {
                Value::Object(members) => merged.extend(members),
                other if merged.is_empty() => return other,
                _ => {}
            }
        }
        return Value::Object(merged);
    }
    for alternatives in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(alternatives).and_then(Value::as_array) {
            // The first alternative that is not `null`: an example shows a value.
            let option = options.iter().find(|o| o.get("type").and_then(Value::as_str) != Some("null"));
            return option.map(|o| example_of(o, schemas, depth)).unwrap_or(Value::Null);
        }
    }
    if is_nullable_moment(schema) {
        return Value::Null;
    }
    match type_of(schema) {
        Some("object") => object_example(schema, schemas, depth),
        Some("array") => {
            let item = schema.get("items").map(|i| example_of(i, schemas, depth)).unwrap_or(Value::Null);
            let count = schema.get("minItems").and_then(Value::as_u64).unwrap_or(1).max(1);
            Value::Array(vec![item; usize::try_from(count).unwrap_or(1)])
        }
        Some("string") => string_example(schema),
        Some("integer") => Value::from(number_in_range(schema, 1.0) as i64),
        Some("number") => Value::from(number_in_range(schema, 1.0)),
        Some("boolean") => Value::Bool(true),
        Some("null") => Value::Null,
        _ if schema.get("properties").is_some() => object_example(schema, schemas, depth),
        _ => Value::Null,
    }
}

/// A nullable instant or day without an example of its own: most mark what has not happened
/// (`erasedAt`, `cancelledAt`, `closedAt`), so the example shows it as not happened.
fn is_nullable_moment(schema: &Value) -> bool {
    let nullable =
        schema.get("type").and_then(Value::as_array).is_some_and(|kinds| kinds.contains(&Value::from("null")));
    let moment = matches!(schema.get("format").and_then(Value::as_str), Some("date" | "date-time"));
    nullable && moment
}

/// The schema's type, the non-`null` one of a `["string", "null"]` pair.
fn type_of(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(kind)) => Some(kind),
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).find(|k| *k != "null"),
        _ => None,
    }
}

/// Every property, except an optional one whose name holds a method's name: the ADR ruleset
/// finds operations by searching the document for a member whose name contains `get`, `post`,
/// `put`, `patch` or `delete`, so an example's `postcode` or `targetOn` would look like an
/// operation to it (and a `null` one makes it fail). Such a property keeps its example in its
/// schema.
fn object_example(schema: &Value, schemas: &Map<String, Value>, depth: usize) -> Value {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let looks_like_an_operation = |name: &str| {
        ["get", "post", "put", "patch", "delete"].iter().any(|method| name.to_lowercase().contains(method))
    };
    let members = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|properties| {
            properties
                .iter()
                .filter(|(name, _)| required.contains(&name.as_str()) || !looks_like_an_operation(name))
                .map(|(name, property)| {
                    let value = match example_of(property, schemas, depth) {
                        Value::String(id) if id == ID => Value::String(id_for(name)),
                        Value::Array(items) if items.iter().all(|i| i.as_str() == Some(ID)) && !items.is_empty() => {
                            Value::Array(items.iter().map(|_| Value::String(id_for(name))).collect())
                        }
                        other => other,
                    };
                    (name.clone(), value)
                })
                .collect()
        })
        .unwrap_or_default();
    Value::Object(members)
}

/// A string of the schema's format; a plain string without an example gets a word of its length.
fn string_example(schema: &Value) -> Value {
    let text = match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => INSTANT,
        Some("date") => DAY,
        Some("uuid") => ID,
        Some("email") => "sanne@example.org",
        Some("uri") => "https://www.example.org/",
        Some("uri-reference") => "/api/v1/groups",
        _ => "tekst",
    };
    Value::String(text.to_owned())
}

/// `preferred` held within the schema's `minimum` and `maximum`.
fn number_in_range(schema: &Value, preferred: f64) -> f64 {
    let minimum = schema.get("minimum").and_then(Value::as_f64).unwrap_or(f64::MIN);
    let maximum = schema.get("maximum").and_then(Value::as_f64).unwrap_or(f64::MAX);
    preferred.clamp(minimum, maximum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn builds_an_object_from_its_properties_and_references() {
        let schemas = json!({
            "Group": {"type": "object", "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "example": "Buurtverbinders De Linde"},
                "status": {"type": "string", "enum": ["forming", "active"]},
                "memberCount": {"type": "integer", "minimum": 5, "maximum": 8},
                "site": {"$ref": "#/components/schemas/Site"},
                "topics": {"type": "array", "items": {"type": "string", "example": "eenzaamheid"}}
            }},
            "Site": {"type": ["object", "null"], "properties": {"colour": {"type": "string", "example": "#1a5e63"}}}
        });
        let schemas = schemas.as_object().unwrap();
        let example = example_of(&json!({"$ref": "#/components/schemas/Group"}), schemas, 0);
        assert_eq!(
            example,
            json!({"id": ID, "name": "Buurtverbinders De Linde", "status": "forming", "memberCount": 5,
                   "site": {"colour": "#1a5e63"}, "topics": ["eenzaamheid"]})
        );
    }

    #[test]
    fn an_optional_postcode_is_left_out_a_required_one_kept() {
        let schema = json!({"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string", "example": "Wijkcentrum De Molen"},
            "postcode": {"type": "string", "example": "9999 AB"}}});
        assert_eq!(example_of(&schema, &Map::new(), 0), json!({"name": "Wijkcentrum De Molen"}));
        let required = json!({"type": "object", "required": ["postcode"], "properties": {
            "postcode": {"type": "string", "example": "9999 AB"}}});
        assert_eq!(example_of(&required, &Map::new(), 0), json!({"postcode": "9999 AB"}));
    }

    #[test]
    fn references_get_ids_of_their_own_and_pages_link_to_their_collection() {
        let schema = json!({"type": "object", "properties": {
            "id": {"type": "string", "format": "uuid"},
            "groupId": {"type": "string", "format": "uuid"},
            "personIds": {"type": "array", "items": {"type": "string", "format": "uuid"}}}});
        let example = example_of(&schema, &Map::new(), 0);
        assert_eq!(example["id"], ID);
        assert_eq!(example["groupId"], id_for("groupId").as_str());
        assert_ne!(example["groupId"], ID);
        assert_ne!(example["personIds"][0], example["groupId"]);
        assert!(uuid::Uuid::parse_str(&id_for("personIds")).is_ok_and(|id| id.get_version_num() == 7));
        let mut page = json!({"value": {"_links": {"self": {"href": "/api/v1/groups"}, "next": {"href": "/x"}}}});
        link_to(&mut page, "/api/v1/deletions");
        assert_eq!(page["value"]["_links"]["self"]["href"], "/api/v1/deletions?pageSize=20");
        assert_eq!(page["value"]["_links"]["next"]["href"], "/api/v1/deletions?pageSize=20&cursor=WzE3MzMwMDAwMDBd");
    }

    #[test]
    fn a_cycle_of_references_ends() {
        let schemas =
            json!({"Node": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}});
        let example = example_of(&json!({"$ref": "#/components/schemas/Node"}), schemas.as_object().unwrap(), 0);
        assert!(example.pointer("/next/next/next/next/next/next/next/next").is_some());
        assert!(example.pointer("/next/next/next/next/next/next/next/next/next").is_none());
    }

    #[test]
    fn own_examples_win_and_alternatives_show_a_value() {
        let schemas = Map::new();
        assert_eq!(example_of(&json!({"type": "string", "example": "x"}), &schemas, 0), json!("x"));
        assert_eq!(example_of(&json!({"oneOf": [{"type": "null"}, {"type": "boolean"}]}), &schemas, 0), json!(true));
        assert_eq!(example_of(&json!({"type": "number", "minimum": 50.0}), &schemas, 0), json!(50.0));
        assert_eq!(example_of(&json!({"type": ["string", "null"], "format": "date-time"}), &schemas, 0), Value::Null);
        assert_eq!(example_of(&json!({"type": "string", "format": "date-time"}), &schemas, 0), json!(INSTANT));
    }
}
