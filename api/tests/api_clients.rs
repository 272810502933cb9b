//! API clients (issue 13): admins register them, the token endpoint answers as RFC 6749 says, and
//! every request of a client is held to the scopes its operation's document names.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use actix_web::test::TestRequest;
use base64::Engine;
use common::*;
use diesel::prelude::*;
use serde_json::{json, Value};

fn form(body: &str) -> TestRequest {
    TestRequest::post()
        .uri("/api/v1/oauth/token")
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .set_payload(body.to_string())
}

fn basic(id: &str, secret: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}")))
}

/// The claims of a JWT, read without checking it (the server checked it).
fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

on_both!(admins_register_clients_and_the_secret_is_shown_once_and_stored_hashed, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let admin = app.login("admin@example.org").await;
    let coordinator = app.login("coordinator@example.org").await;
    let body = json!({"name": "Wijkmonitor", "scopes": ["reports", "read"]});
    assert_eq!(app.post("/api/v1/api-clients", &coordinator, body.clone()).await.status, StatusCode::FORBIDDEN);
    let bad = app
        .post("/api/v1/api-clients", &admin, json!({"name": " ", "scopes": [], "expiresAt": "2020-01-01T00:00:00Z"}))
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    let created = app.post("/api/v1/api-clients", &admin, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.header("cache-control"), Some("no-store"));
    let id = created.body["clientId"].as_str().unwrap().to_string();
    let secret = created.body["clientSecret"].as_str().unwrap().to_string();
    assert_eq!(created.body["client"]["scopes"], json!(["read", "reports"]));
    assert_eq!(created.header("location"), Some(format!("/api/v1/api-clients/{id}").as_str()));
    let read = app.get(&format!("/api/v1/api-clients/{id}"), &admin).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(!read.text.contains(&secret), "the secret is shown once");
    use api::db::schema::api_clients;
    let hash: String = api_clients::table.find(&id).select(api_clients::secret_hash).first(&mut app.conn()).unwrap();
    assert!(hash.starts_with("$argon2id$") && !hash.contains(&secret));
});

on_both!(the_token_endpoint_answers_as_rfc_6749_says, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let admin = app.login("admin@example.org").await;
    let created = app.post("/api/v1/api-clients", &admin, json!({"name": "Sync", "scopes": ["read"]})).await;
    let id = created.body["clientId"].as_str().unwrap().to_string();
    let secret = created.body["clientSecret"].as_str().unwrap().to_string();

    let ok =
        app.send(form("grant_type=client_credentials").insert_header(("authorization", basic(&id, &secret)))).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.text);
    assert_eq!(ok.header("cache-control"), Some("no-store"));
    assert_eq!(ok.body["token_type"], "Bearer");
    assert_eq!(ok.body["scope"], "read");
    assert!(ok.body.get("refresh_token").is_none());
    let token = ok.body["access_token"].as_str().unwrap().to_string();
    let claims = claims(&token);
    assert_eq!((claims["client_id"].as_str(), claims["sub"].as_str()), (Some(id.as_str()), Some(id.as_str())));
    assert_eq!(claims["scope"], "read");
    let by_body = app
        .send(form(&format!("grant_type=client_credentials&client_id={id}&client_secret={secret}&scope=read")))
        .await;
    assert_eq!(by_body.status, StatusCode::OK, "{}", by_body.text);

    let wrong = app.send(form(&format!("grant_type=client_credentials&client_id={id}&client_secret=nope"))).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.body["error"], "invalid_client");
    assert_eq!(wrong.header("content-type"), Some("application/json"));
    assert!(wrong.header("www-authenticate").unwrap().starts_with("Basic"));
    assert_eq!(wrong.header("cache-control"), Some("no-store"));
    let grant = app.send(form("grant_type=password&username=a&password=b")).await;
    assert_eq!((grant.status, grant.body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("unsupported_grant_type")));
    let scope = app
        .send(form(&format!("grant_type=client_credentials&client_id={id}&client_secret={secret}&scope=read+reports")))
        .await;
    assert_eq!((scope.status, scope.body["error"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid_scope")));
    let problem =
        app.send(form("grant_type=client_credentials").insert_header(("accept", "application/problem+json"))).await;
    assert_eq!(problem.header("content-type"), Some("application/problem+json"));
    assert_eq!((problem.body["error"].as_str(), problem.body["status"].as_u64()), (Some("invalid_client"), Some(401)));

    // The token reads groups, but nothing of people without `personal_data`, and no account's operation.
    assert_eq!(app.get("/api/v1/groups", &token).await.status, StatusCode::OK);
    let people = app.get("/api/v1/people", &token).await;
    assert_eq!(people.status, StatusCode::FORBIDDEN);
    assert_eq!(people.body["type"], "https://buurtverbinders.nl/problems/insufficient-scope");
    assert_eq!(
        people.header("www-authenticate"),
        Some(r#"Bearer error="insufficient_scope", scope="read personal_data""#)
    );
    for path in ["/api/v1/me", "/api/v1/accounts", "/api/v1/questions", "/api/v1/reports/residents-evenings"] {
        assert_eq!(app.get(path, &token).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    let write = app.post("/api/v1/organisations", &token, json!({"name": "Buurthuis", "kind": "welfare"})).await;
    assert_eq!(write.status, StatusCode::FORBIDDEN, "read only: {}", write.text);

    // A scope taken away, a rotated secret and a disabled client count at once.
    let path = format!("/api/v1/api-clients/{id}");
    let etag = app.get(&path, &admin).await.header("etag").unwrap().to_string();
    let stale = app.patch_if_match(&path, &admin, "\"stale\"", json!({"name": "x"})).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let more = app.patch_if_match(&path, &admin, &etag, json!({"scopes": ["read", "personal_data"]})).await;
    assert_eq!(more.status, StatusCode::OK, "{}", more.text);
    assert_eq!(app.get("/api/v1/people", &token).await.status, StatusCode::FORBIDDEN, "the token has only `read`");
    let rotated = app.post(&format!("{path}/secret"), &admin, json!({})).await;
    assert_eq!(rotated.status, StatusCode::OK, "{}", rotated.text);
    assert_eq!(
        app.get("/api/v1/groups", &token).await.status,
        StatusCode::UNAUTHORIZED,
        "tokens of the old secret end"
    );
    let old = app.send(form(&format!("grant_type=client_credentials&client_id={id}&client_secret={secret}"))).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new_secret = rotated.body["clientSecret"].as_str().unwrap();
    let full =
        app.send(form(&format!("grant_type=client_credentials&client_id={id}&client_secret={new_secret}"))).await;
    let token = full.body["access_token"].as_str().unwrap().to_string();
    assert_eq!(full.body["scope"], "read personal_data");
    let people = app.get("/api/v1/people", &token).await;
    assert_eq!(people.status, StatusCode::OK, "{}", people.text);
    assert!(people.body["items"][0]["name"].is_string());
    let listed = app.get("/api/v1/api-clients", &admin).await;
    assert!(listed.body["items"].as_array().unwrap().iter().any(|c| c["id"] == id && c["lastUsedAt"].is_string()));
    let etag = app.get(&path, &admin).await.header("etag").unwrap().to_string();
    assert_eq!(app.patch_if_match(&path, &admin, &etag, json!({"disabled": true})).await.status, StatusCode::OK);
    assert_eq!(app.get("/api/v1/groups", &token).await.status, StatusCode::UNAUTHORIZED);
    let _ = Method::GET;
});
