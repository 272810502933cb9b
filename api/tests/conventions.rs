//! The API conventions of DESIGN.md §4, each on its own: problem details for every error,
//! headers, pagination, ETags, CORS and limits — on SQLite and PostgreSQL.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use actix_web::test::TestRequest;
use common::*;
use serde_json::json;

fn assert_problem(reply: &Reply, status: u16, code: &str) {
    assert_eq!(reply.status.as_u16(), status, "{}", reply.text);
    assert_eq!(reply.header("content-type"), Some("application/problem+json"), "{}", reply.text);
    assert_eq!(reply.body["status"], status);
    assert_eq!(reply.body["type"], format!("https://buurtverbinders.nl/problems/{code}"));
    assert!(reply.body["title"].is_string() && reply.body["detail"].is_string(), "{}", reply.text);
    for leak in ["actix", "diesel", "panicked", "SELECT", "sqlite", "postgres"] {
        assert!(!reply.text.contains(leak), "response leaks `{leak}`: {}", reply.text);
    }
}

on_both!(health_answers_with_the_backend, |backend| async move {
    let app = app(backend).await;
    let reply = app.call(Method::GET, "/api/v1/health", None, None).await;
    assert_eq!(reply.status, StatusCode::OK);
    let expected = if backend == Backend::Sqlite { "sqlite" } else { "postgresql" };
    assert_eq!(reply.body, json!({"status": "ok", "database": expected}));
});

on_both!(every_response_carries_version_security_headers_and_request_id, |backend| async move {
    let app = app(backend).await;
    for path in ["/api/v1/health", "/api/v1/nothing-here", "/api/v1/groups"] {
        let reply = app.call(Method::GET, path, None, None).await;
        assert_eq!(reply.header("api-version"), Some(env!("CARGO_PKG_VERSION")), "{path}");
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"), "{path}");
        assert_eq!(reply.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(reply.header("content-security-policy"), Some("frame-ancestors 'none'"), "{path}");
        assert_eq!(reply.header("cache-control"), Some("no-store"), "{path}");
        let id = reply.header("x-request-id").expect("request id");
        assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
    }
    let reply = app.send(TestRequest::get().uri("/api/v1/health").insert_header(("x-request-id", "abc-123"))).await;
    assert_eq!(reply.header("x-request-id"), Some("abc-123"));
});

on_both!(unknown_routes_wrong_methods_and_trailing_slashes_are_problems, |backend| async move {
    let app = app(backend).await;
    let token = {
        app.seed();
        app.login("coordinator@example.org").await
    };
    let reply = app.get("/api/v1/does-not-exist", &token).await;
    assert_problem(&reply, 404, "not-found");
    assert_eq!(reply.body["instance"], "/api/v1/does-not-exist");
    assert_problem(&app.get("/api/v1/groups/", &token).await, 404, "not-found");
    assert_problem(&app.call(Method::DELETE, "/api/v1/groups", Some(&token), None).await, 405, "method-not-allowed");
    assert_problem(&app.call(Method::PUT, "/api/v1/health", None, None).await, 405, "method-not-allowed");
    assert_problem(&app.get("/api/v1/groups/not-a-uuid", &token).await, 404, "not-found");
    assert_problem(&app.get(&format!("/api/v1/groups/{}", uuid::Uuid::now_v7()), &token).await, 404, "not-found");
});

on_both!(malformed_json_wrong_content_type_and_oversized_bodies_are_problems, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let auth = ("authorization", format!("Bearer {token}"));
    let reply = app
        .send(
            TestRequest::post()
                .uri("/api/v1/people")
                .insert_header(auth.clone())
                .insert_header(("content-type", "application/json"))
                .set_payload("{\"name\": "),
        )
        .await;
    assert_problem(&reply, 400, "malformed-body");
    let reply = app
        .send(
            TestRequest::post()
                .uri("/api/v1/people")
                .insert_header(auth.clone())
                .insert_header(("content-type", "text/plain"))
                .set_payload("name=x"),
        )
        .await;
    assert_problem(&reply, 415, "unsupported-media-type");
    let big = json!({"name": "x".repeat(70 * 1024)});
    let reply = app.post("/api/v1/people", &token, big).await;
    assert_problem(&reply, 413, "payload-too-large");
    let reply = app
        .send(
            TestRequest::post()
                .uri("/api/v1/people")
                .insert_header(auth)
                .insert_header(("content-type", "application/json"))
                .set_payload("[1, 2]"),
        )
        .await;
    assert_problem(&reply, 400, "malformed-body");
    let people_before = count(&mut app.conn(), "people", "1 = 1");
    assert_eq!(count(&mut app.conn(), "people", "1 = 1"), people_before, "nothing written");
});

on_both!(invalid_input_lists_every_problem_and_writes_nothing, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let before = count(&mut app.conn(), "people", "1 = 1");
    let reply = app
        .post(
            "/api/v1/people",
            &token,
            json!({"name": "", "email": "not-an-email", "postcode": "12", "contactPreference": "fax"}),
        )
        .await;
    assert_problem(&reply, 400, "invalid-input");
    let mut pointers: Vec<(String, String)> = reply.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["pointer"].as_str().unwrap().to_string(), e["code"].as_str().unwrap().to_string()))
        .collect();
    pointers.sort();
    assert_eq!(
        pointers,
        vec![
            ("/contactPreference".into(), "invalid_value".into()),
            ("/email".into(), "email".into()),
            ("/name".into(), "length".into()),
            ("/postcode".into(), "pattern".into()),
        ]
    );
    let reply = app.post("/api/v1/people", &token, json!({"name": "Ok", "postcode": "12"})).await;
    assert_problem(&reply, 400, "invalid-input");
    assert_eq!(reply.body["errors"][0]["pointer"], "/postcode");
    let reply = app
        .post(
            "/api/v1/neighbourhoods",
            &token,
            json!({"buurtCode": "XX1", "wijkCode": "WK1", "gemeenteCode": "GM12345"}),
        )
        .await;
    assert_problem(&reply, 400, "invalid-input");
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(
        pointers,
        vec!["/name", "/municipality", "/buurtCode", "/gemeenteCode", "/wijkCode"],
        "missing members first"
    );
    let reply = app
        .post(
            "/api/v1/neighbourhoods",
            &token,
            json!({"name": "N", "municipality": "M", "buurtCode": "XX1", "wijkCode": "WK1", "gemeenteCode": "GM12345"}),
        )
        .await;
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["/buurtCode", "/gemeenteCode", "/wijkCode"]);
    // Codes of three places at once: the wijk and gemeente of the buurt are named.
    let reply = app
        .post(
            "/api/v1/neighbourhoods",
            &token,
            json!({"name": "N", "municipality": "M", "buurtCode": "BU12345678", "wijkCode": "WK990101", "gemeenteCode": "GM0363"}),
        )
        .await;
    assert_problem(&reply, 400, "invalid-input");
    assert!(reply.text.contains("WK123456") && reply.text.contains("GM1234"), "{}", reply.text);
    assert_eq!(count(&mut app.conn(), "people", "1 = 1"), before, "nothing written");
    assert_eq!(count(&mut app.conn(), "neighbourhoods", "name = 'N'"), 0, "nothing written");
});

on_both!(collections_page_with_cursor_and_keep_filters, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    for i in 0..5 {
        app.person(&token, &format!("Pagina Persoon {i}")).await;
    }
    let first = app.get("/api/v1/people?name=pagina&pageSize=2", &token).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body["items"].as_array().unwrap().len(), 2);
    assert_eq!(first.body["_links"]["self"]["href"], "/api/v1/people?name=pagina&pageSize=2");
    let mut names: Vec<String> = Vec::new();
    let mut next = first.body["_links"]["next"]["href"].as_str().map(str::to_string);
    names.extend(first.body["items"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()));
    while let Some(href) = next {
        assert!(href.contains("name=pagina"), "filters stay in the link: {href}");
        let page = app.get(&href, &token).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        names.extend(page.body["items"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()));
        next = page.body["_links"]["next"]["href"].as_str().map(str::to_string);
    }
    assert_eq!(names, (0..5).map(|i| format!("Pagina Persoon {i}")).collect::<Vec<_>>());
    let last = app.get("/api/v1/people?name=pagina&pageSize=5", &token).await;
    assert!(last.body["_links"].get("next").is_none(), "no next on the last page");
    let default = app.get("/api/v1/people", &token).await;
    assert_eq!(default.body["items"].as_array().unwrap().len(), 20, "default page size 20");

    for bad in [
        "pageSize=0",
        "pageSize=101",
        "cursor=bm9wZQ",
        "pageSize=abc",
        "pageSize=",
        "pageSize=1.5",
        "pageSize=5&pageSize=6",
    ] {
        let reply = app.get(&format!("/api/v1/people?{bad}"), &token).await;
        assert_problem(&reply, 400, "invalid-input");
        assert_eq!(
            reply.body["errors"][0]["pointer"],
            if bad.starts_with("cursor") { "?cursor" } else { "?pageSize" },
            "{bad}"
        );
    }
    let reply = app.get("/api/v1/people?pageSize=0&cursor=zz", &token).await;
    assert_eq!(reply.body["errors"].as_array().unwrap().len(), 2, "both query problems: {}", reply.text);
    // Filter and paging problems together, each under its own name.
    let reply = app.get("/api/v1/groups?pageSize=0&status=bogus&cursor=zzz&neighbourhoodId=x", &token).await;
    assert_problem(&reply, 400, "invalid-input");
    let mut pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    pointers.sort();
    assert_eq!(pointers, vec!["?cursor", "?neighbourhoodId", "?pageSize", "?status"], "{}", reply.text);
    assert!(
        reply.text.contains("Must be one of `forming`, `active`, `paused`, `ended`, not `bogus`."),
        "{}",
        reply.text
    );
});

on_both!(etag_and_if_match_guard_against_lost_updates, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "ETag Groep").await;
    let path = format!("/api/v1/groups/{group}");
    let read = app.get(&path, &token).await;
    let etag = read.header("etag").expect("etag").to_string();
    assert!(etag.starts_with('"') && etag.ends_with('"'));
    let again = app.get(&path, &token).await;
    assert_eq!(again.header("etag"), Some(etag.as_str()), "stable while unchanged");

    let req = TestRequest::patch()
        .uri(&path)
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("if-match", etag.clone()))
        .set_json(json!({"description": "Eerste wijziging"}));
    let first = app.send(req).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text);
    assert_ne!(first.header("etag"), Some(etag.as_str()));

    let req = TestRequest::patch()
        .uri(&path)
        .insert_header(("authorization", format!("Bearer {token}")))
        .insert_header(("if-match", etag.clone()))
        .set_json(json!({"description": "Verloren wijziging"}));
    let stale = app.send(req).await;
    assert_problem(&stale, 412, "precondition-failed");
    let now = app.get(&path, &token).await;
    assert_eq!(now.body["description"], "Eerste wijziging", "the stale write changed nothing");
    // Merge patch: null clears.
    let cleared = app.patch(&path, &token, json!({"description": null})).await;
    assert_eq!(cleared.status, StatusCode::OK);
    assert!(cleared.body["description"].is_null());
});

on_both!(a_patch_that_changes_nothing_writes_nothing, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("admin@example.org").await;
    // Each main collection: its first item and a member written with the value it already has.
    for (collection, member) in [
        ("groups", "name"),
        ("events", "title"),
        ("resources", "name"),
        ("neighbourhoods", "name"),
        ("organisations", "name"),
        ("people", "name"),
        ("api-clients", "name"),
    ] {
        let page = app.get(&format!("/api/v1/{collection}?pageSize=1"), &token).await;
        let item = &page.body["items"][0];
        let path = format!("/api/v1/{collection}/{}", item["id"].as_str().expect(collection));
        let read = app.get(&path, &token).await;
        let etag = read.header("etag").expect("etag").to_string();
        let updated_at = read.body["updatedAt"].clone();
        assert!(updated_at.is_string(), "{collection}: {}", read.text);
        for patch in [json!({}), json!({ member: read.body[member] })] {
            let reply = app.patch(&path, &token, patch.clone()).await;
            assert_eq!(reply.status, StatusCode::OK, "{collection} {patch}: {}", reply.text);
            assert_eq!(reply.body["updatedAt"], updated_at, "{collection} {patch}");
            assert_eq!(reply.header("etag"), Some(etag.as_str()), "{collection} {patch}");
            let again = app.get(&path, &token).await;
            assert_eq!(again.header("etag"), Some(etag.as_str()), "{collection} {patch}: stored as it was");
        }
        // A real change still moves both.
        let changed = format!("{} (gewijzigd)", read.body[member].as_str().unwrap());
        let reply = app.patch(&path, &token, json!({ member: changed })).await;
        assert_eq!(reply.status, StatusCode::OK, "{collection}: {}", reply.text);
        assert_eq!(reply.body[member], changed.as_str(), "{collection}");
        assert_ne!(reply.body["updatedAt"], updated_at, "{collection}");
        assert_ne!(reply.header("etag"), Some(etag.as_str()), "{collection}");
    }
});

on_both!(null_removes_only_what_can_be_removed_and_problems_are_in_plain_words, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Null Groep").await;
    let path = format!("/api/v1/groups/{group}");
    let before = app.get(&path, &token).await;
    // `null` removes an optional member; a required one cannot be removed.
    let reply = app.patch(&path, &token, json!({"name": null, "status": null, "description": null})).await;
    assert_problem(&reply, 400, "invalid-input");
    let mut problems: Vec<(&str, &str)> = reply.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["pointer"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    problems.sort();
    assert_eq!(problems, vec![("/name", "invalid_type"), ("/status", "invalid_type")], "{}", reply.text);
    assert!(reply.text.contains("leave it out to keep it"), "{}", reply.text);
    assert_eq!(app.get(&path, &token).await.header("etag"), before.header("etag"), "nothing was written");
    // The document says so: such a member is not nullable, an optional one is.
    let document = api::app::openapi_document();
    let properties = &document["components"]["schemas"]["GroupPatch"]["properties"];
    assert_eq!(properties["name"]["type"], "string", "{}", properties["name"]);
    assert!(properties["description"]["type"].as_array().is_some_and(|t| t.contains(&json!("null"))));

    // Parser errors in words a person acts on, never the parser's own.
    for (query, pointer, words) in [
        ("/api/v1/people?pageSize=99999999999999999999", "?pageSize", "Is too large a number."),
        ("/api/v1/groups?neighbourhoodId=x", "?neighbourhoodId", "Must be a UUID"),
        (
            "/api/v1/reports/activity?level=group&from=2026-01-01x&to=2026-03-31",
            "?from",
            "Must be a date as YYYY-MM-DD",
        ),
    ] {
        let reply = app.get(query, &token).await;
        assert_problem(&reply, 400, "invalid-input");
        let problem = reply.body["errors"].as_array().unwrap().iter().find(|e| e["pointer"] == pointer).cloned();
        let detail = problem.as_ref().and_then(|p| p["detail"].as_str()).unwrap_or_default().to_string();
        assert!(detail.starts_with(words), "{query}: {}", reply.text);
    }
    let event = |group: &str, year: u32| {
        json!({"groupId": group, "title": "Ver weg", "type": "activity", "location": {"name": "Buurtkamer"},
               "startsAt": format!("{year}-03-10T19:30:00+01:00"), "endsAt": format!("{year}-03-10T21:00:00+01:00"),
               "visibility": "public"})
    };
    let reply = app.post("/api/v1/events", &token, event("zz", 2027)).await;
    assert_problem(&reply, 400, "invalid-input");
    assert!(reply.text.contains("Must be a UUID"), "{}", reply.text);
    // A year that is a typing mistake.
    let reply = app.post("/api/v1/events", &token, event(&group, 9999)).await;
    assert_problem(&reply, 400, "invalid-input");
    assert!(
        reply.body["errors"].as_array().unwrap().iter().any(|e| e["pointer"] == "/startsAt" && e["code"] == "range"),
        "{}",
        reply.text
    );
});

on_both!(cors_allows_only_configured_origins_but_the_document_to_all, |backend| async move {
    let app = app(backend).await;
    let allowed =
        app.send(TestRequest::get().uri("/api/v1/health").insert_header(("origin", "http://localhost:3000"))).await;
    assert_eq!(allowed.header("access-control-allow-origin"), Some("http://localhost:3000"));
    let other =
        app.send(TestRequest::get().uri("/api/v1/health").insert_header(("origin", "https://evil.example"))).await;
    assert_eq!(other.header("access-control-allow-origin"), None, "the browser will refuse it");
    let document = app
        .send(TestRequest::get().uri("/api/v1/openapi.json").insert_header(("origin", "https://evil.example")))
        .await;
    assert_eq!(document.status, StatusCode::OK);
    assert_eq!(document.header("access-control-allow-origin"), Some("*"));
    assert_eq!(document.body["openapi"].as_str().map(|v| v.starts_with("3.")), Some(true));
});

on_both!(docs_are_served_without_a_cdn, |backend| async move {
    let app = app(backend).await;
    let reply = app.call(Method::GET, "/api/v1/docs/", None, None).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.text.contains("swagger-ui"), "{}", &reply.text[..200.min(reply.text.len())]);
    assert!(!reply.text.contains("https://"), "no external assets");
});

on_both!(the_served_document_names_this_installation_so_links_resolve_against_it, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let served = app.call(Method::GET, "/api/v1/openapi.json", None, None).await;
    let server = served.body["servers"][0]["url"].as_str().unwrap().to_string();
    assert_eq!(server, format!("{}/api/v1", app.config.public_url));
    // A `next` link is an absolute path: resolved against the server's URL (RFC 3986) it is the
    // next page, as a generated client or a script does it.
    let token = app.login("coordinator@example.org").await;
    let first = app.get("/api/v1/groups?pageSize=1", &token).await;
    let next = first.body["_links"]["next"]["href"].as_str().unwrap();
    let resolved = url::Url::parse(&server).unwrap().join(next).unwrap();
    assert!(resolved.as_str().starts_with(&format!("{server}/groups?")), "{resolved}");
    let page = app.get(&format!("{}?{}", resolved.path(), resolved.query().unwrap()), &token).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_ne!(page.body["items"][0]["id"], first.body["items"][0]["id"]);
    // The committed document is the same for every installation.
    assert_eq!(api::app::openapi_document()["servers"][0]["url"], "/api/v1");
});

on_both!(health_is_503_when_the_database_does_not_answer, |backend| async move {
    let app = app(backend).await;
    // Hold every pooled connection so the health check cannot get one.
    let held: Vec<_> = (0..app.config.pool_size).map(|_| app.conn()).collect();
    let reply = app.call(Method::GET, "/api/v1/health", None, None).await;
    drop(held);
    assert_problem(&reply, 503, "service-unavailable");
    assert!(reply.header("retry-after").is_some());
});

on_both!(the_web_client_is_served_with_a_fallback_to_its_index, |backend| async move {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), "<!doctype html><title>client</title>").unwrap();
    std::fs::write(dir.path().join("app.js"), "console.log(1)").unwrap();
    let path = dir.path().to_string_lossy().into_owned();
    let app = app_with(backend, |c| c.web_client_dir = path).await;
    let root = app.call(Method::GET, "/", None, None).await;
    assert_eq!(root.status, StatusCode::OK);
    assert!(root.text.contains("<title>client</title>"));
    let asset = app.call(Method::GET, "/app.js", None, None).await;
    assert_eq!(asset.text, "console.log(1)");
    let deep = app.call(Method::GET, "/groepen/123", None, None).await;
    assert_eq!(deep.status, StatusCode::OK, "client routes get the index");
    assert!(deep.text.contains("<title>client</title>"));
    assert_eq!(deep.header("x-frame-options"), Some("DENY"));
    // A client route with an encoded `<`, `/` or `..` in it is still a client route, not an error.
    for odd in ["/volg/%3Cscript%3E", "/groepen/..%2F..%2Fetc", "/%2e%2e/Cargo.toml"] {
        let reply = app.call(Method::GET, odd, None, None).await;
        assert_eq!(reply.status, StatusCode::OK, "{odd}");
        assert!(reply.text.contains("<title>client</title>"), "{odd}: {}", reply.text);
    }
    // A public page the server renders answers 404 for a group that does not exist, with the
    // client's page (which shows its own not-found page).
    let unknown = app.call(Method::GET, "/vraag/a%2Fb", None, None).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.text.contains("<title>client</title>"), "{}", unknown.text);
    let posted = app.call(Method::POST, "/vraag/x", None, Some(serde_json::json!({}))).await;
    assert_eq!(posted.status, StatusCode::METHOD_NOT_ALLOWED, "the client's pages are only read");
    let other_version = app.call(Method::GET, "/api/v2/groups", None, None).await;
    assert_eq!(other_version.status, StatusCode::NOT_FOUND, "not a page of the client");
    assert_eq!(other_version.header("content-type"), Some("application/problem+json"));
    let api = app.call(Method::GET, "/api/v1/unknown", None, None).await;
    assert_eq!(api.status, StatusCode::NOT_FOUND, "API paths never fall back");
    assert_eq!(api.header("content-type"), Some("application/problem+json"));
});

on_both!(control_characters_and_blank_names_are_refused, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let before = count(&mut app.conn(), "people", "1 = 1");
    let reply = app.post("/api/v1/people", &token, json!({"name": "a\u{0}b", "phone": "06\u{7}1234567"})).await;
    assert_problem(&reply, 400, "invalid-input");
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["/name", "/phone"]);
    let blank = app.post("/api/v1/people", &token, json!({"name": "   ", "phone": "abcdefgh"})).await;
    assert_problem(&blank, 400, "invalid-input");
    assert_eq!(blank.body["errors"].as_array().unwrap().len(), 2, "{}", blank.text);
    let group = app.post("/api/v1/groups", &token, json!({"name": " ", "neighbourhoodId": uuid::Uuid::now_v7()})).await;
    assert_problem(&group, 400, "invalid-input");
    assert_eq!(count(&mut app.conn(), "people", "1 = 1"), before, "nothing written");
});

on_both!(a_stored_value_that_does_not_parse_is_an_error_not_a_default, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group_by_slug(&token, "buurtverbinders-de-linde").await;
    {
        use diesel::RunQueryDsl;
        diesel::sql_query(format!("UPDATE groups SET status = 'half-active' WHERE id = '{group}'"))
            .execute(&mut app.conn())
            .unwrap();
    }
    // Answered as the service's own fault, logged, without the value or the SQL; never as a
    // made-up `forming`.
    let reply = app.get(&format!("/api/v1/groups/{group}"), &token).await;
    assert_problem(&reply, 500, "internal-error");
    assert!(!reply.text.contains("half-active"), "{}", reply.text);
    let reply = app.get("/api/v1/groups", &token).await;
    assert_problem(&reply, 500, "internal-error");
});

on_both!(unknown_query_parameters_and_control_characters_are_refused_and_listed, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    // A mistyped filter is not ignored (which would return everything): every unknown name listed.
    let reply = app.get("/api/v1/groups?statsu=active&pageSize=2&neighborhoodId=x&statsu=forming", &token).await;
    assert_problem(&reply, 400, "invalid-input");
    let errors = reply.body["errors"].as_array().unwrap();
    let pointers: Vec<&str> = errors.iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["?statsu", "?neighborhoodId"], "{}", reply.text);
    assert!(errors.iter().all(|e| e["code"] == "unknown_parameter"), "{}", reply.text);
    assert!(errors[0]["detail"].as_str().unwrap().contains("status"), "names the known ones: {}", reply.text);
    // An operation without query parameters takes none, also on a single resource.
    let group = app.group_by_slug(&token, "buurtverbinders-de-linde").await;
    let reply = app.get(&format!("/api/v1/groups/{group}?expand=members"), &token).await;
    assert_problem(&reply, 400, "invalid-input");
    assert_eq!(reply.body["errors"][0]["pointer"], "?expand");
    assert!(reply.body["errors"][0]["detail"].as_str().unwrap().contains("no query parameters"));
    // Public operations too, and before any database sees the value: a NUL byte is refused.
    let reply = app.call(Method::GET, "/api/v1/public/events?groupSlug=buurtverbinders-de-linde%00", None, None).await;
    assert_problem(&reply, 400, "invalid-input");
    assert_eq!(reply.body["errors"][0]["pointer"], "?groupSlug");
    let reply = app.get("/api/v1/people?name=%00", &token).await;
    assert_problem(&reply, 400, "invalid-input");
    // Known parameters still work.
    let fine = app.get("/api/v1/groups?status=active&pageSize=2", &token).await;
    assert_eq!(fine.status, StatusCode::OK, "{}", fine.text);
});

// The document's request examples are bodies the server takes: an integrator who copies one (with
// ids of their own) gets 201, not a list of problems.
on_both!(the_documents_request_examples_are_accepted, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let document = api::app::openapi_document();
    let neighbourhood = app.neighbourhood(&coordinator).await;
    let example = |path: &str| {
        let body = &document["paths"][path]["post"]["requestBody"]["content"]["application/json"]["examples"];
        let (name, reference) = body.as_object().and_then(|e| e.iter().next()).expect("an example");
        assert_eq!(reference["$ref"], format!("#/components/examples/{name}"));
        document["components"]["examples"][name]["value"].clone()
    };
    for path in ["/neighbourhoods", "/groups", "/people", "/organisations", "/events", "/resources", "/trainings"] {
        let mut body = example(path);
        // Ids and unique codes of this database.
        if body.get("neighbourhoodId").is_some() {
            body["neighbourhoodId"] = json!(neighbourhood);
        }
        if body.get("neighbourhoodIds").is_some() {
            body["neighbourhoodIds"] = json!([neighbourhood]);
        }
        if path == "/neighbourhoods" {
            // A buurt no other has, in the example's own wijk and gemeente.
            body["buurtCode"] = json!(format!("{}99", &body["wijkCode"].as_str().unwrap().replace("WK", "BU")));
        }
        if path == "/groups" {
            body["name"] = json!("Buurtverbinders Voorbeeld");
        }
        let created = app.post(&format!("/api/v1{path}"), &coordinator, body).await;
        assert_eq!(created.status, StatusCode::CREATED, "{path}: {}", created.text);
    }
});
