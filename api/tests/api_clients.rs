//! Municipal integration: admins register API clients, the token endpoint answers as RFC 6749
//! says, every request of a client is held to the scopes its operation's document names, and a
//! mirror follows the main collections (`updatedSince`, the removals feed, conditional `GET`).

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
    assert_eq!(wrong.body["instance"], "/api/v1/oauth/token", "{}", wrong.text);
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
    let ended = app.get("/api/v1/groups", &token).await;
    assert_eq!(ended.status, StatusCode::UNAUTHORIZED, "tokens of the old secret end");
    // RFC 6750 §3.1: a token that was sent and refused is `invalid_token`, so the client gets a new one.
    assert!(
        ended.header("www-authenticate").unwrap().starts_with(r#"Bearer error="invalid_token", error_description=""#),
        "{:?}",
        ended.header("www-authenticate")
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

    // A client that ends sooner than a token lives gets a token that ends with it.
    let soon = (chrono::Utc::now() + chrono::TimeDelta::seconds(120)).to_rfc3339();
    let brief =
        app.post("/api/v1/api-clients", &admin, json!({"name": "Kort", "scopes": ["read"], "expiresAt": soon})).await;
    assert_eq!(brief.status, StatusCode::CREATED, "{}", brief.text);
    let (brief_id, brief_secret) =
        (brief.body["clientId"].as_str().unwrap(), brief.body["clientSecret"].as_str().unwrap());
    let issued = app
        .send(form("grant_type=client_credentials").insert_header(("authorization", basic(brief_id, brief_secret))))
        .await;
    let expires_in = issued.body["expires_in"].as_i64().unwrap();
    assert!((100..=120).contains(&expires_in), "{}", issued.text);
    let brief_claims = self::claims(issued.body["access_token"].as_str().unwrap());
    assert!(brief_claims["exp"].as_i64().unwrap() - brief_claims["iat"].as_i64().unwrap() <= 120);
    // Absurd dates are typing mistakes, not plans.
    let far = app
        .post(
            "/api/v1/api-clients",
            &admin,
            json!({"name": "Ver", "scopes": ["read"], "expiresAt": "9999-01-01T00:00:00Z"}),
        )
        .await;
    assert_eq!(far.status, StatusCode::BAD_REQUEST, "{}", far.text);
    assert_eq!(
        (far.body["errors"][0]["pointer"].as_str(), far.body["errors"][0]["code"].as_str()),
        (Some("/expiresAt"), Some("range"))
    );
    // Disabling ends the tokens issued so far: enabling the client again does not revive them.
    let (sync_id, sync_secret) = (brief_id.to_string(), brief_secret.to_string());
    let sync_path = format!("/api/v1/api-clients/{sync_id}");
    let _ = app.patch(&sync_path, &admin, json!({"expiresAt": null})).await;
    let old = app
        .send(form("grant_type=client_credentials").insert_header(("authorization", basic(&sync_id, &sync_secret))))
        .await;
    let old = old.body["access_token"].as_str().unwrap().to_string();
    // `BEARER` is the same scheme as `Bearer` (RFC 9110 §11.1).
    let shouting = app
        .send(
            actix_web::test::TestRequest::get()
                .uri("/api/v1/groups")
                .insert_header(("authorization", format!("BEARER {old}"))),
        )
        .await;
    assert_eq!(shouting.status, StatusCode::OK, "{}", shouting.text);
    // A later second than the token's `iat`, so the end is unambiguous.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(app.patch(&sync_path, &admin, json!({"disabled": true})).await.status, StatusCode::OK);
    assert_eq!(app.patch(&sync_path, &admin, json!({"disabled": false})).await.status, StatusCode::OK);
    assert_eq!(app.get("/api/v1/groups", &old).await.status, StatusCode::UNAUTHORIZED, "not revived");
    let fresh = app
        .send(form("grant_type=client_credentials").insert_header(("authorization", basic(&sync_id, &sync_secret))))
        .await;
    let fresh = fresh.body["access_token"].as_str().unwrap().to_string();
    assert_eq!(app.get("/api/v1/groups", &fresh).await.status, StatusCode::OK);
    // A scope taken away and given back does not come back to tokens issued before.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(app.patch(&sync_path, &admin, json!({"scopes": ["reports"]})).await.status, StatusCode::OK);
    assert_eq!(app.patch(&sync_path, &admin, json!({"scopes": ["read"]})).await.status, StatusCode::OK);
    assert_eq!(app.get("/api/v1/groups", &fresh).await.status, StatusCode::UNAUTHORIZED);

    // Personal data goes with reading or writing.
    let alone = app.post("/api/v1/api-clients", &admin, json!({"name": "Alleen", "scopes": ["personal_data"]})).await;
    assert_eq!(
        (alone.status, alone.body["errors"][0]["pointer"].as_str()),
        (StatusCode::BAD_REQUEST, Some("/scopes")),
        "{}",
        alone.text
    );
    // A client without `personal_data` does not write the names it cannot see.
    let writer =
        app.post("/api/v1/api-clients", &admin, json!({"name": "Schrijver", "scopes": ["read", "write"]})).await;
    let (writer_id, writer_secret) =
        (writer.body["clientId"].as_str().unwrap(), writer.body["clientSecret"].as_str().unwrap());
    let issued = app
        .send(form("grant_type=client_credentials").insert_header(("authorization", basic(writer_id, writer_secret))))
        .await;
    let writer_token = issued.body["access_token"].as_str().unwrap().to_string();
    let organisations = app.get("/api/v1/organisations?pageSize=1", &admin).await;
    let organisation = format!("/api/v1/organisations/{}", organisations.body["items"][0]["id"].as_str().unwrap());
    let before = app.get(&organisation, &admin).await.body["contactPerson"].clone();
    assert!(before.is_string(), "the demo's organisation has a contact person");
    let erase = app.patch(&organisation, &writer_token, json!({"contactPerson": null})).await;
    assert_eq!(erase.status, StatusCode::FORBIDDEN, "{}", erase.text);
    assert_eq!(erase.body["type"], "https://buurtverbinders.nl/problems/insufficient-scope");
    assert_eq!(app.get(&organisation, &admin).await.body["contactPerson"], before, "the name is kept");
    let phone = app.patch(&organisation, &writer_token, json!({"phone": "010-1234567"})).await;
    assert_eq!(phone.status, StatusCode::OK, "{}", phone.text);
    let none = app.post("/api/v1/api-clients", &admin, json!({"name": "Leeg", "scopes": []})).await;
    assert_eq!(none.body["errors"][0]["detail"], "Give at least one.", "{}", none.text);
    // An unknown scope is one problem, not also "no scopes".
    let unknown = app.post("/api/v1/api-clients", &admin, json!({"name": "Fout", "scopes": ["admin"]})).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST, "{}", unknown.text);
    assert_eq!(unknown.body["errors"].as_array().unwrap().len(), 1, "{}", unknown.text);
    let _ = Method::GET;
});

/// A token for the demo's API client (the README's example), with the scopes it has.
async fn demo_client_token<S, B>(app: &TestApp<S>) -> String
where
    S: actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<B>,
        Error = actix_web::Error,
    >,
    B: actix_web::body::MessageBody,
{
    let reply = app
        .send(
            form("grant_type=client_credentials")
                .insert_header(("authorization", basic(api::seed::DEMO_CLIENT_ID, api::seed::DEMO_CLIENT_SECRET))),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(reply.body["scope"], "read reports");
    reply.body["access_token"].as_str().unwrap().to_string()
}

on_both!(a_mirror_follows_changes_and_removals_and_polls_without_moving_data, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let client = demo_client_token(&app).await;
    let since = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let since_q = since.replace('+', "%2B");
    // Nothing changed yet since that instant.
    let none = app.get(&format!("/api/v1/groups?updatedSince={since_q}"), &client).await;
    assert_eq!(none.status, StatusCode::OK, "{}", none.text);
    assert_eq!(none.body["items"], json!([]));

    // Three groups change, in this order: a description, a new group, a new member.
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let molen = app.group_by_slug(&coordinator, "buurtverbinders-molenwijk").await;
    assert_eq!(
        app.patch(&format!("/api/v1/groups/{linde}"), &coordinator, json!({"description": "Nieuw"})).await.status,
        StatusCode::OK
    );
    let fresh = app.group(&coordinator, "Volggroep").await;
    let added = app.add_member(&coordinator, &molen, "Volg Lid", false).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);

    // Page by page in the changes order, following `next` as it comes.
    let mut seen: Vec<String> = Vec::new();
    let mut stamps: Vec<String> = Vec::new();
    let mut next = Some(format!("/api/v1/groups?updatedSince={since_q}&pageSize=1"));
    while let Some(href) = next {
        let page = app.get(&href, &client).await;
        assert_eq!(page.status, StatusCode::OK, "{href}: {}", page.text);
        for item in page.body["items"].as_array().unwrap() {
            seen.push(item["id"].as_str().unwrap().to_string());
            stamps.push(item["updatedAt"].as_str().unwrap().to_string());
        }
        next = page.body["_links"]["next"]["href"].as_str().map(str::to_string);
    }
    assert_eq!(seen, vec![linde.clone(), fresh.clone(), molen.clone()], "each once, in the order they changed");
    let mut sorted = stamps.clone();
    sorted.sort();
    assert_eq!(stamps, sorted);
    // Asking again from the last instant seen gives that item again, nothing is missed.
    let last = stamps.last().unwrap().replace('+', "%2B");
    let again = app.get(&format!("/api/v1/groups?updatedSince={last}"), &client).await;
    assert_eq!(again.body["items"][0]["id"], molen.as_str());
    // A cursor belongs to its order; a bad instant is listed.
    let first = app.get(&format!("/api/v1/groups?updatedSince={since_q}&pageSize=1"), &client).await;
    let cursor = first.body["_links"]["next"]["href"].as_str().unwrap().split("cursor=").nth(1).unwrap().to_string();
    let mixed = app.get(&format!("/api/v1/groups?cursor={cursor}"), &client).await;
    assert_eq!(mixed.status, StatusCode::BAD_REQUEST, "{}", mixed.text);
    assert_eq!(mixed.body["errors"][0]["pointer"], "?cursor");
    let bad = app.get("/api/v1/groups?updatedSince=gisteren", &client).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.body["errors"][0]["pointer"], "?updatedSince");
    assert!(bad.body["errors"][0]["detail"].as_str().unwrap().contains("RFC 3339"), "{}", bad.text);
    let unencoded = app.get("/api/v1/groups?updatedSince=2026-01-01T00:00:00+01:00", &client).await;
    assert!(unencoded.body["errors"][0]["detail"].as_str().unwrap().contains("%2B"), "{}", unencoded.text);
    // Collections that take it document it; others refuse it as unknown.
    let refused = app.get(&format!("/api/v1/trainings?updatedSince={since_q}"), &coordinator).await;
    assert_eq!(refused.body["errors"][0]["code"], "unknown_parameter", "{}", refused.text);
    // Neighbourhoods too: a changed one comes, an unchanged one not.
    let neighbourhood = app.neighbourhood(&coordinator).await;
    let renamed = app
        .patch(&format!("/api/v1/neighbourhoods/{neighbourhood}"), &coordinator, json!({"name": "Lindebuurt"}))
        .await;
    assert_eq!(renamed.status, StatusCode::OK, "{}", renamed.text);
    let changed = app.get(&format!("/api/v1/neighbourhoods?updatedSince={since_q}"), &client).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let ids: Vec<&str> = changed.body["items"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids.last(), Some(&neighbourhood.as_str()), "the last changed comes last: {}", changed.text);
    let seeded = app.get("/api/v1/neighbourhoods?pageSize=1", &coordinator).await;
    assert!(!ids.contains(&seeded.body["items"][0]["id"].as_str().unwrap()), "unchanged since: {}", changed.text);

    // A removal is a tombstone, ids only.
    let resource = app
        .post("/api/v1/resources", &coordinator, json!({"name": "Tijdelijke bank", "kind": "place", "audience": "public", "neighbourhoodId": app.neighbourhood(&coordinator).await}))
        .await;
    assert_eq!(resource.status, StatusCode::CREATED, "{}", resource.text);
    let resource_id = resource.body["id"].as_str().unwrap().to_string();
    let removed = app.call(Method::DELETE, &format!("/api/v1/resources/{resource_id}"), Some(&coordinator), None).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{}", removed.text);
    let feed = app.get(&format!("/api/v1/deletions?updatedSince={since_q}"), &client).await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.text);
    let items = feed.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{}", feed.text);
    assert_eq!(items[0]["collection"], "resources");
    assert_eq!(items[0]["itemId"], resource_id.as_str());
    assert_eq!(count(&mut app.conn(), "deletions", &format!("resource_id = '{resource_id}'")), 1);
    assert_eq!(items[0]["reason"], "removed");

    // An item that leaves public view is a tombstone too, saying why, so that a public mirror
    // takes it down; it still exists for those who may see more.
    let skill_like = app
        .post("/api/v1/resources", &coordinator, json!({"name": "Buurtmoestuin", "kind": "place", "audience": "public", "neighbourhoodId": app.neighbourhood(&coordinator).await}))
        .await;
    let skill_like_id = skill_like.body["id"].as_str().unwrap().to_string();
    let etag = skill_like.header("etag").unwrap().to_string();
    let hidden = app
        .patch_if_match(
            &format!("/api/v1/resources/{skill_like_id}"),
            &coordinator,
            &etag,
            json!({"audience": "group"}),
        )
        .await;
    assert_eq!(hidden.status, StatusCode::OK, "{}", hidden.text);
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let event = app
        .post("/api/v1/events", &coordinator, json!({"type": "activity", "title": "Buurtmaaltijd", "startsAt": "2030-05-14T17:30:00+02:00", "endsAt": "2030-05-14T20:00:00+02:00", "location": {"name": "Buurthuis", "address": "Lindelaan 12", "city": "Lindeburg"}, "groupId": linde, "visibility": "public"}))
        .await;
    assert_eq!(event.status, StatusCode::CREATED, "{}", event.text);
    let event_id = event.body["id"].as_str().unwrap().to_string();
    let members_only = app
        .patch_if_match(
            &format!("/api/v1/events/{event_id}"),
            &coordinator,
            event.header("etag").unwrap(),
            json!({"visibility": "members"}),
        )
        .await;
    assert_eq!(members_only.status, StatusCode::OK, "{}", members_only.text);
    let feed = app.get(&format!("/api/v1/deletions?updatedSince={since_q}"), &client).await;
    let reasons: Vec<(String, String, String)> = feed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["collection"].as_str().unwrap().into(),
                d["itemId"].as_str().unwrap().into(),
                d["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        reasons[1..],
        [
            ("resources".to_string(), skill_like_id.clone(), "no_longer_public".to_string()),
            ("events".to_string(), event_id.clone(), "no_longer_public".to_string())
        ],
        "{}",
        feed.text
    );
    assert_eq!(
        count(
            &mut app.conn(),
            "deletions",
            &format!("resource_id = '{skill_like_id}' AND reason = 'no_longer_public'")
        ),
        1
    );
    // The coordinator still reads both; the client no longer does.
    assert_eq!(app.get(&format!("/api/v1/resources/{skill_like_id}"), &coordinator).await.status, StatusCode::OK);
    assert_eq!(app.get(&format!("/api/v1/resources/{skill_like_id}"), &client).await.status, StatusCode::NOT_FOUND);
    // Public again: it is back in the collection's changes; nothing more in the tombstones.
    let etag =
        app.get(&format!("/api/v1/resources/{skill_like_id}"), &coordinator).await.header("etag").unwrap().to_string();
    app.patch_if_match(
        &format!("/api/v1/resources/{skill_like_id}"),
        &coordinator,
        &etag,
        json!({"audience": "public"}),
    )
    .await;
    let after = app.get(&format!("/api/v1/deletions?updatedSince={since_q}"), &client).await;
    assert_eq!(after.body["items"].as_array().unwrap().len(), 3, "{}", after.text);
    let later = app.get("/api/v1/deletions?updatedSince=2999-01-01T00:00:00Z", &client).await;
    assert_eq!(later.body["items"], json!([]));
    let without = app.get("/api/v1/deletions", &client).await;
    assert_eq!(without.status, StatusCode::BAD_REQUEST);
    assert_eq!(without.body["errors"][0]["pointer"], "?updatedSince");

    // Conditional GET: the same ETag while nothing changed gives 304 without a body, for one
    // group and for a page alike; a change gives 200 again.
    for path in [format!("/api/v1/groups/{fresh}"), "/api/v1/groups?pageSize=5".to_string()] {
        let first = app.get(&path, &client).await;
        let etag = first.header("etag").expect("etag").to_string();
        let req = TestRequest::get()
            .uri(&path)
            .insert_header(("authorization", format!("Bearer {client}")))
            .insert_header(("if-none-match", etag.clone()));
        let unchanged = app.send(req).await;
        assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(unchanged.text.is_empty());
        assert_eq!(unchanged.header("etag"), Some(etag.as_str()));
    }
    let etag = app.get(&format!("/api/v1/groups/{fresh}"), &client).await.header("etag").unwrap().to_string();
    app.patch(&format!("/api/v1/groups/{fresh}"), &coordinator, json!({"description": "Anders"})).await;
    let req = TestRequest::get()
        .uri(&format!("/api/v1/groups/{fresh}"))
        .insert_header(("authorization", format!("Bearer {client}")))
        .insert_header(("if-none-match", etag));
    let changed = app.send(req).await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(changed.body["description"], "Anders");
});

on_both!(reports_count_the_period_per_group_neighbourhood_and_programme_as_json_and_csv, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let client = demo_client_token(&app).await;
    let today = chrono::Utc::now().date_naive();
    let (from, to) = (today - chrono::Days::new(120), today);
    let path = |level: &str| format!("/api/v1/reports/activity?level={level}&from={from}&to={to}");

    let groups = app.get(&path("group"), &client).await;
    assert_eq!(groups.status, StatusCode::OK, "{}", groups.text);
    assert_eq!(groups.body["from"], from.to_string());
    let rows = groups.body["rows"].as_array().unwrap();
    assert_eq!(rows.len() as i64, count(&mut app.conn(), "groups", "1 = 1"), "a row per group");
    let linde = rows.iter().find(|r| r["unit"]["groupName"] == "Buurtverbinders De Linde").expect("De Linde");
    assert_eq!(linde["unit"]["buurtCode"], "BU99010101");
    assert_eq!(linde["unit"]["wijkCode"], "WK990101");
    assert_eq!(linde["groups"], 1);
    let linde_id = linde["unit"]["groupId"].as_str().unwrap().to_string();
    let start = format!("{from} 00:00:00");
    let asked = count(&mut app.conn(), "questions", &format!("group_id = '{linde_id}' AND asked_at >= '{}'", start));
    assert!(asked > 0, "the demo has questions in the period");
    assert_eq!(linde["questionsAsked"], asked, "{linde}");
    let by_topic: i64 =
        linde["questionsByTopic"].as_array().unwrap().iter().map(|t| t["count"].as_i64().unwrap()).sum();
    assert_eq!(by_topic, asked);
    assert_eq!(linde["questionsByStatus"].as_array().unwrap().len(), 5, "every status, zeros too");
    let residents = count(
        &mut app.conn(),
        "memberships",
        &format!("group_id = '{linde_id}' AND kind = 'resident' AND left_on IS NULL"),
    );
    assert!(linde["activeConnectors"].as_i64().unwrap() >= residents);
    assert!(linde["referrals"].as_array().unwrap().iter().all(|r| r["organisationName"].is_string()));
    let text = groups.text.to_lowercase();
    for private in ["anouk", "@example.org", "verbeek"] {
        assert!(!text.contains(private), "a report holds no personal data: {private}");
    }

    // The levels add up: the programme's questions are the groups' together.
    // Each residents' evening held in the period has its funnel in its row; they add up to the row.
    let kastanje = rows.iter().find(|r| r["unit"]["groupName"] == "Buurtverbinders Kastanjeplein").expect("row");
    let neighbourhood_level = app.get(&path("neighbourhood"), &client).await;
    let kastanje_buurt = neighbourhood_level.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["unit"]["neighbourhoodName"] == "Kastanjeplein")
        .expect("Kastanjeplein");
    let evenings = kastanje_buurt["residentsEvenings"].as_array().unwrap();
    assert!(!evenings.is_empty(), "the demo's residents' evening of six weeks ago: {kastanje_buurt}");
    let funnel: i64 = evenings.iter().map(|e| e["interested"].as_i64().unwrap()).sum();
    assert_eq!(funnel, kastanje_buurt["candidates"].as_i64().unwrap());
    assert!(kastanje["residentsEvenings"].is_array());

    let programme = app.get(&path("programme"), &client).await;
    assert_eq!(programme.status, StatusCode::OK, "{}", programme.text);
    let total: i64 = rows.iter().map(|r| r["questionsAsked"].as_i64().unwrap()).sum();
    let municipality = &programme.body["rows"][0];
    assert_eq!(municipality["unit"]["municipality"], "Lindeburg");
    assert_eq!(municipality["questionsAsked"], total);
    assert_eq!(municipality["groups"].as_i64().unwrap(), rows.len() as i64);
    let neighbourhoods = app.get(&path("neighbourhood"), &client).await;
    assert_eq!(
        neighbourhoods.body["rows"].as_array().unwrap().len() as i64,
        count(&mut app.conn(), "neighbourhoods", "1 = 1")
    );

    // CSV: a header row and a row per group, RFC 4180; the Dutch Excel variant with `;`, a BOM.
    let csv = app
        .send(
            TestRequest::get()
                .uri(&path("group"))
                .insert_header(("authorization", format!("Bearer {client}")))
                .insert_header(("accept", "text/csv")),
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8; header=present"));
    let lines: Vec<&str> = csv.text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), rows.len() + 1, "{}", csv.text);
    assert!(lines[0].starts_with("from,to,level,groupId,groupName,"), "{}", lines[0]);
    assert!(lines[0].contains(",questionsByTopic.housing,"), "{}", lines[0]);
    let excel = app
        .send(
            TestRequest::get()
                .uri(&path("group"))
                .insert_header(("authorization", format!("Bearer {client}")))
                .insert_header(("accept", "text/csv; dialect=excel-nl")),
        )
        .await;
    assert!(excel.text.starts_with("\u{feff}from;to;level;"), "{}", &excel.text[..40]);
    // A CSV has its own ETag, apart from the JSON of the same report.
    let csv_etag = csv.header("etag").expect("etag").to_string();
    assert_ne!(Some(csv_etag.as_str()), groups.header("etag"));
    let unchanged = app
        .send(
            TestRequest::get()
                .uri(&path("group"))
                .insert_header(("authorization", format!("Bearer {client}")))
                .insert_header(("accept", "text/csv"))
                .insert_header(("if-none-match", csv_etag)),
        )
        .await;
    assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED);
    assert_eq!(excel.text.split("\r\n").filter(|l| !l.is_empty()).count(), rows.len() + 1);

    // Who may: coordinators and clients with `reports`; not a connector, not without the scope.
    assert_eq!(app.get(&path("group"), &coordinator).await.status, StatusCode::OK);
    let connector = app.login("connector@example.org").await;
    assert_eq!(app.get(&path("group"), &connector).await.status, StatusCode::FORBIDDEN);
    // A period is both days, in order, at most a year; the default is the last full quarter.
    let half = app.get(&format!("/api/v1/reports/activity?from={from}"), &client).await;
    assert_eq!(half.status, StatusCode::BAD_REQUEST);
    assert_eq!(half.body["errors"][0]["pointer"], "?to");
    let quarter = app.get("/api/v1/reports/activity", &client).await;
    assert_eq!(quarter.status, StatusCode::OK, "{}", quarter.text);
    let quarter_from: chrono::NaiveDate = quarter.body["from"].as_str().unwrap().parse().unwrap();
    assert_eq!(chrono::Datelike::day(&quarter_from), 1);
    assert!([1, 4, 7, 10].contains(&chrono::Datelike::month(&quarter_from)));
});

on_both!(a_client_reads_public_events_and_resources_without_names_or_unpublished_contacts, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let client = demo_client_token(&app).await;
    let events = app.get("/api/v1/events?pageSize=100", &client).await;
    assert_eq!(events.status, StatusCode::OK, "{}", events.text);
    let items = events.body["items"].as_array().unwrap();
    assert_eq!(items.len() as i64, count(&mut app.conn(), "events", "visibility = 'public'"), "the public ones, all");
    assert!(items.iter().all(|e| e["visibility"] == "public" && e["notes"].is_null()), "{}", events.text);
    let public_id = items[0]["id"].as_str().unwrap().to_string();
    assert_eq!(app.get(&format!("/api/v1/events/{public_id}"), &client).await.status, StatusCode::OK);
    let members_only: String = {
        use api::db::schema::events::dsl::*;
        events.filter(visibility.eq("members")).select(id).first(&mut app.conn()).unwrap()
    };
    let refused = app.get(&format!("/api/v1/events/{members_only}"), &client).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);

    // A public place whose e-mail address is for members only, its phone number published.
    let coordinator = app.login("coordinator@example.org").await;
    let neighbourhood = app.neighbourhood(&coordinator).await;
    let place = app
        .post(
            "/api/v1/resources",
            &coordinator,
            json!({"name": "Buurtkast", "kind": "place", "audience": "public", "neighbourhoodId": neighbourhood,
                   "email": "beheer.buurtkast@example.org", "emailPublic": false, "phone": "0301234567", "phonePublic": true}),
        )
        .await;
    assert_eq!(place.status, StatusCode::CREATED, "{}", place.text);
    let place_id = place.body["id"].as_str().unwrap().to_string();
    let seen = app.get(&format!("/api/v1/resources/{place_id}"), &client).await;
    assert_eq!(seen.status, StatusCode::OK, "{}", seen.text);
    assert!(seen.body["email"].is_null(), "{}", seen.text);
    assert_eq!(seen.body["phone"], "0301234567");
    assert_eq!(seen.body["mayChange"], false);

    // The dates of a window: the public ones, as the public agenda has them.
    let today = chrono::Utc::now().date_naive();
    let window = format!("from={}&to={}", today - chrono::Days::new(30), today + chrono::Days::new(30));
    let dates = app.get(&format!("/api/v1/event-occurrences?{window}"), &client).await;
    assert_eq!(dates.status, StatusCode::OK, "{}", dates.text);
    let public = app.call(Method::GET, &format!("/api/v1/public/events?{window}"), None, None).await;
    assert_eq!(dates.body["items"], public.body["items"], "the same dates as the public agenda");
    assert!(!dates.body["items"].as_array().unwrap().is_empty());

    let resources = app.get("/api/v1/resources?pageSize=100", &client).await;
    assert_eq!(resources.status, StatusCode::OK, "{}", resources.text);
    let items = resources.body["items"].as_array().unwrap();
    assert_eq!(items.len() as i64, count(&mut app.conn(), "resources", "audience = 'public'"));
    for resource in items {
        assert_eq!(resource["audience"], "public");
        assert!(resource["addedBy"].is_null() && resource["owner"].is_null() && resource["verifiedBy"].is_null());
        for (field, flag) in [("email", "emailPublic"), ("phone", "phonePublic"), ("contactName", "contactNamePublic")]
        {
            assert!(resource[flag] == true || resource[field].is_null(), "{field} unpublished yet shown: {resource}");
        }
        if resource["kind"] == "skill" {
            assert!(resource["address"].is_null() && resource["location"].is_null(), "a skill's home: {resource}");
        }
    }
    let hidden: String = {
        use api::db::schema::resources::dsl::*;
        resources.filter(audience.ne("public")).select(id).first(&mut app.conn()).unwrap()
    };
    let missing = app.get(&format!("/api/v1/resources/{hidden}"), &client).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND, "not shown to exist");
    // A client cannot change them: writes are for people's accounts.
    let write = app
        .post(
            "/api/v1/resources",
            &client,
            json!({"name": "Bank", "kind": "place", "audience": "public", "neighbourhoodId": neighbourhood}),
        )
        .await;
    assert_eq!(write.status, StatusCode::FORBIDDEN, "{}", write.text);
    assert_eq!(count(&mut app.conn(), "resources", "name = 'Bank'"), 0);
});
