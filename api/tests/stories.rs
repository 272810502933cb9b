//! Stories from interviews: the consent decides what is published (a name only with `named`,
//! never with `internal`), another group's member is refused, and withdrawal unpublishes at once
//! and erases the text and the name from the database — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

fn pointers(body: &Value) -> Vec<String> {
    body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap().to_string()).collect()
}

on_both!(a_withdrawn_story_is_gone_from_the_site_and_the_database, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;

    // The demo: two published (one named, one anonymous), one internal.
    let public = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/stories", None, None).await;
    assert_eq!(public.status, StatusCode::OK);
    let shown = public.body.as_array().unwrap();
    assert_eq!(shown.len(), 2, "{}", public.text);
    assert_eq!(shown[0]["tellerName"], "Henk");
    assert!(shown[1]["tellerName"].is_null(), "an anonymous story shows no name");
    assert!(!public.text.contains("speeltuin"), "an internal story is never public");

    let created = app
        .post(
            "/api/v1/stories",
            &connector,
            json!({"groupId": linde, "title": "Samen de straat schoon", "text": "Elke maand prikken we zwerfafval.",
                   "consent": "named", "tellerName": "Fatima", "published": true}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.body["id"].as_str().unwrap().to_string();
    assert!(created.body["consentRecordedAt"].is_string() && created.body["publishedAt"].is_string());

    // The consent's rules, listed together with the body's other problems.
    let bad = app
        .post(
            "/api/v1/stories",
            &connector,
            json!({"groupId": linde, "title": "", "text": "x", "consent": "internal", "tellerName": "Piet", "published": true}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    let found = pointers(&bad.body);
    assert!(found.contains(&"/title".to_string()) && found.contains(&"/tellerName".to_string()), "{found:?}");
    let story = app.get(&format!("/api/v1/stories/{id}"), &connector).await;
    let refused = app
        .patch_if_match(
            &format!("/api/v1/stories/{id}"),
            &connector,
            story.header("etag").unwrap(),
            json!({"consent": "internal"}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text);
    assert_eq!(pointers(&refused.body), vec!["/tellerName", "/published"]);

    // Another group's member reads and changes nothing.
    let coordinator = app.login("coordinator@example.org").await;
    let person = app.person(&coordinator, "Karel Molen").await;
    let other = app.account("karel@example.org", "connector", Some(&person)).await;
    let molen = app.group_by_slug(&coordinator, "buurtverbinders-molenwijk").await;
    app.post(&format!("/api/v1/groups/{molen}/members"), &coordinator, json!({"personId": person, "kind": "resident"}))
        .await;
    assert_eq!(app.get(&format!("/api/v1/stories/{id}"), &other).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&format!("/api/v1/stories?groupId={linde}"), &other).await.status, StatusCode::FORBIDDEN);
    let withdrawn = app.post(&format!("/api/v1/stories/{id}/withdrawal"), &other, json!({})).await;
    assert_eq!(withdrawn.status, StatusCode::FORBIDDEN);

    // Withdrawal: unpublished at once, text and name erased from the database.
    let withdrawn = app.post(&format!("/api/v1/stories/{id}/withdrawal"), &connector, json!({})).await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.text);
    assert!(withdrawn.body["text"].is_null() && withdrawn.body["tellerName"].is_null());
    assert_eq!(withdrawn.body["published"], false);
    let mut conn = app.conn();
    assert_eq!(
        count(
            &mut conn,
            "stories",
            &format!("id = '{id}' AND text IS NULL AND teller_name IS NULL AND withdrawn_at IS NOT NULL")
        ),
        1
    );
    assert_eq!(count(&mut conn, "stories", "text LIKE '%zwerfafval%' OR teller_name = 'Fatima'"), 0);
    let public = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/stories", None, None).await;
    assert!(!public.text.contains("Samen de straat schoon"));
    let page = app.call(Method::GET, "/groep/buurtverbinders-de-linde", None, None).await;
    assert!(page.text.contains("De moestuin achter de flat") && !page.text.contains("Samen de straat schoon"));
    // Hidden from the site, the stories are not public either.
    let site = app.get(&format!("/api/v1/groups/{linde}/site"), &connector).await;
    let hidden = app
        .patch_if_match(
            &format!("/api/v1/groups/{linde}/site"),
            &connector,
            site.header("etag").unwrap(),
            json!({"sections": ["agenda"]}),
        )
        .await;
    assert_eq!(hidden.status, StatusCode::OK);
    let gone = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/stories", None, None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    // A withdrawn story no longer changes.
    let story = app.get(&format!("/api/v1/stories/{id}"), &connector).await;
    let again = app
        .patch_if_match(
            &format!("/api/v1/stories/{id}"),
            &connector,
            story.header("etag").unwrap(),
            json!({"text": "Terug"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.body["type"], "https://buurtverbinders.nl/problems/story-withdrawn");
});
