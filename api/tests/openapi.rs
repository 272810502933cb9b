//! The committed OpenAPI document is the one the code generates.

#[test]
fn committed_document_is_current() {
    let generated = <api::web::openapi::ApiDoc as utoipa::OpenApi>::openapi().to_pretty_json().expect("json");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/openapi.json");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi/openapi.json is out of date: run `cargo run -p api -- openapi > openapi/openapi.json`"
    );
}
