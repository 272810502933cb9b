//! `ValidJson<T>`: the one way request bodies are read. It lists **every** problem in the body at
//! once — missing required members, members of the wrong type, and the validation rules of `T` —
//! as JSON pointers in a 400 problem, instead of stopping at the first.

use actix_web::{dev::Payload, web, FromRequest, HttpRequest};
use api_types::InvalidParam;
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde_json::Value;
use utoipa::openapi::{schema::Schema, RefOr};
use validator::{Validate, ValidationErrors, ValidationErrorsKind};

use crate::error::ApiError;

/// A JSON request body of type `T`, checked against its schema and validation rules.
#[derive(Debug)]
pub struct ValidJson<T>(pub T);

impl<T> FromRequest for ValidJson<T>
where
    T: DeserializeOwned + Validate + utoipa::ToSchema + 'static,
{
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        // Content type, size limit and JSON syntax are checked by the Json extractor, whose errors
        // are turned into problems by `json_error` (configured once in `app`).
        let json = web::Json::<Value>::from_request(req, payload);
        Box::pin(async move {
            let web::Json(value) = json.await?;
            Ok(ValidJson(parse::<T>(value)?))
        })
    }
}

/// Deserializes and validates `value` as a `T`, collecting every problem.
pub fn parse<T>(value: Value) -> Result<T, ApiError>
where
    T: DeserializeOwned + Validate + utoipa::ToSchema,
{
    let Value::Object(mut object) = value else {
        return Err(ApiError::MalformedBody("The body must be a JSON object.".into()));
    };
    let mut errors = Vec::new();
    // NUL and other control characters have no place in text, and PostgreSQL refuses NUL.
    for (pointer, text) in control_characters(&mut object) {
        *text = String::new();
        errors.push(param(pointer, "invalid_value", "Must not contain control characters."));
    }
    let (required, placeholders) = required_members::<T>();
    for name in required {
        if object.get(&name).is_none_or(Value::is_null) {
            errors.push(param(format!("/{name}"), "required", "This field is required."));
            // A stand-in value lets the other members still be checked against their rules.
            match placeholders.get(&name) {
                Some(value) => object.insert(name, value.clone()),
                None => object.remove(&name),
            };
        }
    }
    // Each round removes the member serde stopped at, so every wrongly typed member is reported.
    let mut rounds = object.len() + 1;
    let parsed = loop {
        match serde_path_to_error::deserialize::<_, T>(Value::Object(object.clone())) {
            Ok(parsed) => break Some(parsed),
            Err(error) => {
                let message = error.inner().to_string();
                let path: Vec<String> = error.path().iter().filter_map(segment).collect();
                if let Some(field) = missing_field(&message) {
                    let pointer = pointer_of(path.iter().cloned().chain([field]));
                    // A member removed below for its wrong type is reported already, under its own pointer.
                    if !errors.iter().any(|e: &InvalidParam| {
                        e.pointer == pointer
                            || pointer.starts_with(&format!("{}/", e.pointer))
                            || e.pointer.starts_with(&format!("{pointer}/"))
                    }) {
                        errors.push(param(pointer, "required", "This field is required."));
                    }
                    break None;
                }
                let pointer = pointer_of(path.iter().cloned());
                let code = if message.starts_with("unknown variant") { "invalid_value" } else { "invalid_type" };
                errors.push(param(pointer, code, capitalise(&message)));
                let top = path.first().map(|top| top.trim_matches('"').to_string());
                let removed = top.as_ref().and_then(|top| object.remove(top));
                if let (Some(top), Some(value)) = (&top, top.as_ref().and_then(|t| placeholders.get(t))) {
                    object.insert(top.clone(), value.clone());
                }
                rounds -= 1;
                if removed.is_none() || rounds == 0 {
                    break None;
                }
            }
        }
    };
    match parsed {
        Some(parsed) if errors.is_empty() => match parsed.validate() {
            Ok(()) => Ok(parsed),
            Err(validation) => Err(ApiError::InvalidInput(validation_params(&validation))),
        },
        Some(parsed) => {
            // Also report the rule violations of the members that did parse (not of stand-ins:
            // a list whose item was wrong is not also "too short" for the item taken out).
            if let Err(validation) = parsed.validate() {
                let reported: Vec<String> = errors.iter().map(|e| e.pointer.clone()).collect();
                let covered = |pointer: &str| {
                    reported.iter().any(|r| {
                        r == pointer || r.starts_with(&format!("{pointer}/")) || pointer.starts_with(&format!("{r}/"))
                    })
                };
                errors.extend(validation_params(&validation).into_iter().filter(|e| !covered(&e.pointer)));
            }
            Err(ApiError::InvalidInput(errors))
        }
        None => Err(ApiError::InvalidInput(errors)),
    }
}

/// Like `parse`, and lists with the body's own problems those `more` finds in the raw body: rules
/// the schema of `T` cannot hold (coordinates in the range of the `Content-Crs` header, a rule on
/// several members). Each pointer is reported once, the body's own problem first.
pub fn parse_with<T>(value: Value, more: impl FnOnce(&Value) -> Vec<InvalidParam>) -> Result<T, ApiError>
where
    T: DeserializeOwned + Validate + utoipa::ToSchema,
{
    let more = more(&value);
    match parse::<T>(value) {
        Ok(parsed) if more.is_empty() => Ok(parsed),
        Ok(_) => Err(ApiError::InvalidInput(more)),
        Err(ApiError::InvalidInput(mut errors)) => {
            for problem in more {
                if !errors.iter().any(|e| e.pointer == problem.pointer) {
                    errors.push(problem);
                }
            }
            Err(ApiError::InvalidInput(errors))
        }
        Err(other) => Err(other),
    }
}

/// Turns validator's errors into problem entries with camelCase JSON pointers, sorted.
pub fn validation_params(errors: &ValidationErrors) -> Vec<InvalidParam> {
    let mut params = Vec::new();
    collect(errors, String::new(), &mut params);
    params.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    // One problem per member is enough to act on (an empty name breaks two rules at once).
    params.dedup_by(|a, b| a.pointer == b.pointer);
    params
}

fn collect(errors: &ValidationErrors, prefix: String, out: &mut Vec<InvalidParam>) {
    for (field, kind) in errors.errors() {
        let pointer = format!("{prefix}/{}", camel_case(field));
        match kind {
            ValidationErrorsKind::Field(list) => {
                for error in list {
                    // A rule on several members (`__all__`) names the member to change itself.
                    let pointer = match error.params.get("pointer").and_then(|p| p.as_str()) {
                        Some(member) if *field == "__all__" => format!("{prefix}{member}"),
                        _ => pointer.clone(),
                    };
                    out.push(param(pointer, &error.code, describe(error)));
                }
            }
            ValidationErrorsKind::Struct(inner) => collect(inner, pointer, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect(inner, format!("{pointer}/{index}"), out);
                }
            }
        }
    }
}

fn describe(error: &validator::ValidationError) -> String {
    if let Some(message) = &error.message {
        return message.to_string();
    }
    let number = |key: &str| error.params.get(key).map(|v| v.to_string());
    match error.code.as_ref() {
        // A list's length counts items, not characters.
        "length" if error.params.get("value").is_some_and(|v| v.is_array()) => match (number("min"), number("max")) {
            (Some(min), Some(max)) => format!("Must have {min} to {max} items."),
            (Some(min), None) if min == "1" => "Give at least one.".into(),
            (Some(min), None) => format!("Must have at least {min} items."),
            (None, Some(max)) => format!("Must have at most {max} items."),
            _ => "Has the wrong number of items.".into(),
        },
        "length" => match (number("min"), number("max")) {
            (Some(min), Some(max)) => format!("Must be {min} to {max} characters long."),
            (Some(min), None) => format!("Must be at least {min} characters long."),
            (None, Some(max)) => format!("Must be at most {max} characters long."),
            _ => "Has the wrong length.".into(),
        },
        "email" => "Must be a valid email address.".into(),
        "range" => match (number("min"), number("max")) {
            (Some(min), Some(max)) => format!("Must be between {min} and {max}."),
            _ => "Is out of range.".into(),
        },
        _ => "Is not valid.".into(),
    }
}

/// The required members of `T`'s schema, and a stand-in value for each member whose schema is a
/// plain type (string, uuid, date, number, boolean, array).
fn required_members<T: utoipa::ToSchema>() -> (Vec<String>, std::collections::HashMap<String, Value>) {
    use utoipa::openapi::schema::{KnownFormat, SchemaFormat, SchemaType, Type};
    let RefOr::T(Schema::Object(object)) = T::schema() else {
        return Default::default();
    };
    let mut referenced = Vec::new();
    T::schemas(&mut referenced);
    let placeholders = object
        .properties
        .iter()
        .filter_map(|(name, schema)| {
            let property = match schema {
                RefOr::T(Schema::Object(property)) => property,
                RefOr::T(Schema::Array(_)) => return Some((name.clone(), Value::Array(Vec::new()))),
                // An enum by reference: its first value stands in.
                RefOr::Ref(reference) => {
                    let target = reference.ref_location.rsplit('/').next()?;
                    let (_, RefOr::T(Schema::Object(schema))) = referenced.iter().find(|(n, _)| n == target)? else {
                        return None;
                    };
                    return Some((name.clone(), schema.enum_values.as_ref()?.first()?.clone()));
                }
                _ => return None,
            };
            let SchemaType::Type(kind) = &property.schema_type else {
                return None;
            };
            let value = match (kind, &property.format) {
                (Type::String, Some(SchemaFormat::KnownFormat(KnownFormat::Uuid))) => {
                    Value::from(uuid::Uuid::nil().to_string())
                }
                (Type::String, Some(SchemaFormat::KnownFormat(KnownFormat::Date))) => Value::from("2000-01-01"),
                (Type::String, Some(SchemaFormat::KnownFormat(KnownFormat::DateTime))) => {
                    Value::from("2000-01-01T00:00:00Z")
                }
                (Type::String, None) if property.enum_values.is_none() => Value::from("placeholder"),
                (Type::Integer | Type::Number, _) => Value::from(0),
                (Type::Boolean, _) => Value::from(false),
                (Type::Array, _) => Value::Array(Vec::new()),
                _ => return None,
            };
            Some((name.clone(), value))
        })
        .collect();
    (object.required.clone(), placeholders)
}

fn segment(segment: &serde_path_to_error::Segment) -> Option<String> {
    use serde_path_to_error::Segment;
    match segment {
        Segment::Seq { index } => Some(index.to_string()),
        Segment::Map { key } => Some(key.clone()),
        Segment::Enum { variant } => Some(variant.clone()),
        Segment::Unknown => None,
    }
}

/// Every string (at any depth) holding a control character other than tab, line feed and carriage
/// return, with its JSON pointer.
fn control_characters(object: &mut serde_json::Map<String, Value>) -> Vec<(String, &mut String)> {
    fn walk<'a>(value: &'a mut Value, pointer: String, out: &mut Vec<(String, &'a mut String)>) {
        match value {
            Value::String(text) if text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) => {
                out.push((pointer, text))
            }
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    walk(item, format!("{pointer}/{i}"), out);
                }
            }
            Value::Object(members) => {
                for (key, member) in members.iter_mut() {
                    walk(member, format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (key, member) in object.iter_mut() {
        walk(member, format!("/{}", key.replace('~', "~0").replace('/', "~1")), &mut out);
    }
    out
}

fn missing_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_string())
}

fn pointer_of(segments: impl Iterator<Item = String>) -> String {
    let pointer: String = segments
        .filter(|s| s != "?")
        .map(|s| format!("/{}", s.trim_matches('"').replace('~', "~0").replace('/', "~1")))
        .collect();
    if pointer.is_empty() {
        "/".into()
    } else {
        pointer
    }
}

fn param(pointer: String, code: &str, detail: impl Into<String>) -> InvalidParam {
    InvalidParam { pointer, detail: detail.into(), code: code.to_string() }
}

/// A parser's message as a person reads it: the uuid and chrono crates' own words say how they
/// failed, not what to write; serde's (`invalid type: …, expected …`) stay, capitalised.
fn capitalise(message: &str) -> String {
    if let Some(words) = super::http::variant_words(message) {
        return words;
    }
    if super::http::is_uuid_error(message) {
        return super::http::UUID_WORDS.into();
    }
    if super::http::is_date_error(message) {
        return "Must be written as its schema's format says: an instant (`date-time`) as RFC 3339 with its offset, such as 2027-03-01T19:30:00+01:00; a day (`date`) as YYYY-MM-DD.".into();
    }
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}

/// `display_name` → `displayName`.
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_converts_snake_case() {
        assert_eq!(camel_case("display_name"), "displayName");
        assert_eq!(camel_case("name"), "name");
    }

    #[test]
    fn lists_every_problem_at_once() {
        let body = serde_json::json!({"name": "", "email": "not-an-email", "contactPreference": "fax"});
        let Err(ApiError::InvalidInput(errors)) = parse::<api_types::NewPerson>(body) else {
            panic!("expected invalid input")
        };
        let pointers: Vec<_> = errors.iter().map(|e| (e.pointer.as_str(), e.code.as_str())).collect();
        assert_eq!(pointers, vec![("/contactPreference", "invalid_value"), ("/email", "email"), ("/name", "length")]);
    }

    #[test]
    fn lists_missing_members() {
        let body = serde_json::json!({"description": 5});
        let Err(ApiError::InvalidInput(errors)) = parse::<api_types::NewGroup>(body) else {
            panic!("expected invalid input")
        };
        let mut pointers: Vec<_> = errors.iter().map(|e| (e.pointer.as_str(), e.code.as_str())).collect();
        pointers.sort();
        assert_eq!(
            pointers,
            vec![("/description", "invalid_type"), ("/name", "required"), ("/neighbourhoodId", "required")]
        );
    }

    #[test]
    fn checks_rules_beside_missing_members() {
        let body = serde_json::json!({"name": "", "meetingPlace": "x".repeat(201)});
        let Err(ApiError::InvalidInput(errors)) = parse::<api_types::NewGroup>(body) else {
            panic!("expected invalid input")
        };
        let mut pointers: Vec<_> = errors.iter().map(|e| (e.pointer.as_str(), e.code.as_str())).collect();
        pointers.sort();
        assert_eq!(pointers, vec![("/meetingPlace", "length"), ("/name", "length"), ("/neighbourhoodId", "required")]);
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn nested_errors_have_json_pointers_and_no_false_required() {
        let body = serde_json::json!({"answers": [{"optionId": uuid::Uuid::nil(), "answer": "maybe"}]});
        let Err(ApiError::InvalidInput(errors)) = parse::<api_types::AvailabilityAnswers>(body) else {
            panic!("expected invalid input")
        };
        let pointers: Vec<_> = errors.iter().map(|e| e.pointer.as_str()).collect();
        assert_eq!(pointers, vec!["/answers/0/answer"]);
    }

    #[test]
    fn control_characters_are_refused_with_the_rest() {
        let body = serde_json::json!({"name": "a\u{0}b", "email": "bad"});
        let Err(ApiError::InvalidInput(errors)) = parse::<api_types::NewPerson>(body) else {
            panic!("expected invalid input")
        };
        let mut pointers: Vec<_> = errors.iter().map(|e| (e.pointer.as_str(), e.code.as_str())).collect();
        pointers.sort();
        assert_eq!(pointers, vec![("/email", "email"), ("/name", "invalid_value")]);
    }

    #[test]
    fn blank_names_and_too_many_topics() {
        let body = serde_json::json!({"title": "   ", "topics": vec!["x"; 21]});
        let Err(ApiError::InvalidInput(errors)) = parse::<api_types::NewTraining>(body) else {
            panic!("expected invalid input")
        };
        let details: Vec<_> = errors.iter().map(|e| (e.pointer.as_str(), e.detail.as_str())).collect();
        assert!(details.contains(&("/title", "Must not be empty or only spaces.")), "{details:?}");
        assert!(details.contains(&("/topics", "Must have at most 20 items.")), "{details:?}");
    }
}

/// A text field as stored: trimmed, and `None` when absent or blank.
pub fn blank_to_none(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}
