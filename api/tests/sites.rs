//! The group's own site: members (connectors too) set it up with ETag and If-Match, others are
//! refused and change nothing, the colour is checked for contrast, the public sees it in
//! `public/groups/{slug}` without anything about members, and "join us" makes a candidate of
//! that group — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

fn pointers(body: &Value) -> Vec<String> {
    body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap().to_string()).collect()
}

on_both!(a_connector_sets_up_their_own_groups_site_and_not_anothers, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let molen = app.group_by_slug(&connector, "buurtverbinders-molenwijk").await;
    let path = format!("/api/v1/groups/{linde}/site");

    // The demo site of De Linde, as the group set it up.
    let site = app.get(&path, &connector).await;
    assert_eq!(site.status, StatusCode::OK, "{}", site.text);
    assert_eq!(site.body["colour"], "#7a2e5c");
    assert_eq!(site.body["slug"], "buurtverbinders-de-linde");
    assert_eq!(site.body["sections"], json!(["agenda", "ask", "faq", "resources", "stories", "join_us"]));
    let etag = site.header("etag").unwrap().to_string();

    let changed = app
        .patch_if_match(
            &path,
            &connector,
            &etag,
            json!({"walkInTime": "Elke woensdag 14:00–16:00", "sections": ["ask", "agenda", "join_us"], "introduction": null}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.body["sections"], json!(["ask", "agenda", "join_us"]));
    assert!(changed.body["introduction"].is_null());
    assert_eq!(changed.body["updatedBy"], "Anouk Verbeek");
    let mut conn = app.conn();
    assert_eq!(
        count(&mut conn, "group_sites", "walk_in_time = 'Elke woensdag 14:00–16:00' AND introduction IS NULL"),
        1
    );

    // The ETag read before is stale now: 412, nothing changed.
    let stale = app.patch_if_match(&path, &connector, &etag, json!({"walkInTime": "Nooit"})).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED, "{}", stale.text);
    assert_eq!(count(&mut conn, "group_sites", "walk_in_time = 'Nooit'"), 0);

    // Another group's site: not theirs to read or change; nothing stored.
    let other = format!("/api/v1/groups/{molen}/site");
    assert_eq!(app.get(&other, &connector).await.status, StatusCode::FORBIDDEN);
    let refused = app.patch(&other, &connector, json!({"walkInTime": "Elke dag"})).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    assert_eq!(count(&mut conn, "group_sites", &format!("group_id = '{molen}'")), 0);
    // A coordinator sets up any group's site; one that was never set up starts with every section.
    let coordinator = app.login("coordinator@example.org").await;
    let fresh = app.get(&other, &coordinator).await;
    assert_eq!(fresh.status, StatusCode::OK);
    assert_eq!(fresh.body["sections"].as_array().unwrap().len(), 6);
    assert!(fresh.body["updatedAt"].is_null());
    let unknown = app.get("/api/v1/groups/01890a5d-ac96-774b-b9aa-7c2e4b9c3a11/site", &coordinator).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // A colour too light for white text, a section twice and a text too long: listed together.
    let etag = changed.header("etag").unwrap().to_string();
    let bad = app
        .patch_if_match(
            &path,
            &connector,
            &etag,
            json!({"colour": "#ffcc00", "sections": ["faq", "faq"], "contact": "x".repeat(501)}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    assert_eq!(pointers(&bad.body), vec!["/colour", "/contact", "/sections"]);
    let colour = &bad.body["errors"][0];
    assert_eq!(colour["code"], "contrast");
    assert!(colour["detail"].as_str().unwrap().contains("1.51:1"), "{colour}");
    let bad = app.patch_if_match(&path, &connector, &etag, json!({"colour": "purple", "theme": "dark"})).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    assert_eq!(count(&mut conn, "group_sites", "colour <> '#7a2e5c'"), 0, "nothing changed");

    // The public face: the site, and nothing about the members.
    let public = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde", None, None).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.get("id").is_none(), "{}", public.text);
    let resources = app
        .call(
            Method::GET,
            &format!("/api/v1/public/resources?neighbourhoodId={}", public.body["neighbourhoodId"].as_str().unwrap()),
            None,
            None,
        )
        .await;
    assert!(
        !resources.body["items"].as_array().unwrap().is_empty(),
        "the site's resources are found by its neighbourhood"
    );
    assert_eq!(public.body["site"]["walkInTime"], "Elke woensdag 14:00–16:00");
    assert_eq!(public.body["site"]["colour"], "#7a2e5c");
    assert!(!public.text.contains("Anouk"), "{}", public.text);
});

on_both!(join_us_makes_a_candidate_of_the_group_with_consent, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let path = "/api/v1/public/groups/buurtverbinders-de-linde/candidates";
    let joined = app
        .call(
            Method::POST,
            path,
            None,
            Some(json!({"name": " Sanne de Wit ", "phone": "06 1234 5678", "motivation": "Ik ken veel mensen in de straat.", "contactConsent": true})),
        )
        .await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.text);
    assert_eq!(joined.body["groupName"], "Buurtverbinders De Linde");
    let mut conn = app.conn();
    let linde = app.group_by_slug(&app.login("coordinator@example.org").await, "buurtverbinders-de-linde").await;
    assert_eq!(
        count(
            &mut conn,
            "candidates",
            &format!("name = 'Sanne de Wit' AND group_id = '{linde}' AND status = 'interested' AND event_id IS NULL")
        ),
        1
    );
    // The coordinators see where the candidate came from.
    let coordinator = app.login("coordinator@example.org").await;
    let list = app.get("/api/v1/candidates?status=interested&pageSize=100", &coordinator).await;
    let sanne = list.body["items"].as_array().unwrap().iter().find(|c| c["name"] == "Sanne de Wit").unwrap().clone();
    assert_eq!(sanne["groupId"], linde);

    // No way to be reached, no consent, a robot's website: every problem, nothing stored.
    let before = count(&mut conn, "candidates", "1 = 1");
    let refused =
        app.call(Method::POST, path, None, Some(json!({"name": "", "contactConsent": false, "website": "spam"}))).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text);
    assert_eq!(pointers(&refused.body), vec!["/contactConsent", "/email", "/name", "/website"]);
    assert_eq!(count(&mut conn, "candidates", "1 = 1"), before);

    // A site without "join us" takes no sign-ups; an unknown group is 404 too.
    let connector = app.login("connector@example.org").await;
    let site = app.get(&format!("/api/v1/groups/{linde}/site"), &connector).await;
    let off = app
        .patch_if_match(
            &format!("/api/v1/groups/{linde}/site"),
            &connector,
            site.header("etag").unwrap(),
            json!({"sections": ["agenda"]}),
        )
        .await;
    assert_eq!(off.status, StatusCode::OK);
    let body = json!({"name": "Piet", "email": "piet@example.org", "contactConsent": true});
    let closed = app.call(Method::POST, path, None, Some(body.clone())).await;
    assert_eq!(closed.status, StatusCode::NOT_FOUND, "{}", closed.text);
    let nowhere = app.call(Method::POST, "/api/v1/public/groups/nergens/candidates", None, Some(body)).await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert_eq!(count(&mut conn, "candidates", "1 = 1"), before);
});
