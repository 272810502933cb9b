//! A group's goals (issue 14): its members write them and their progress, another group's member
//! is refused, links to what serves a goal must be the group's, and the site shows only the public
//! goals, without notes or questions — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

fn pointers(body: &Value) -> Vec<String> {
    body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap().to_string()).collect()
}

on_both!(members_set_goals_note_progress_and_choose_what_the_site_shows, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let anouk = app.login("connector@example.org").await;
    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&anouk, "buurtverbinders-de-linde").await;
    let path = format!("/api/v1/groups/{linde}/goals");

    // The demo: a goal in every status.
    let demo = app.get(&path, &anouk).await;
    assert_eq!(demo.status, StatusCode::OK, "{}", demo.text);
    let mut statuses: Vec<&str> = demo.body.as_array().unwrap().iter().map(|g| g["status"].as_str().unwrap()).collect();
    statuses.sort();
    assert_eq!(statuses, vec!["achieved", "dropped", "in_progress", "planned"]);

    // Links must be the group's; every wrong one is listed, nothing written.
    let before = count(&mut app.conn(), "goals", "1 = 1");
    let bad = app
        .post(&path, &anouk, json!({"title": "Bankjes", "eventIds": [uuid::Uuid::now_v7()], "questionIds": [uuid::Uuid::now_v7()], "targetOn": "9999-01-01"}))
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    assert_eq!(pointers(&bad.body), vec!["/targetOn"], "the body's own problem first: {}", bad.text);
    let bad = app
        .post(
            &path,
            &anouk,
            json!({"title": "Bankjes", "eventIds": [uuid::Uuid::now_v7()], "questionIds": [uuid::Uuid::now_v7()]}),
        )
        .await;
    assert_eq!(pointers(&bad.body), vec!["/eventIds/0", "/questionIds/0"], "{}", bad.text);
    assert_eq!(count(&mut app.conn(), "goals", "1 = 1"), before);

    let question =
        app.get(&format!("/api/v1/questions?groupId={linde}&pageSize=1"), &anouk).await.body["items"][0]["id"].clone();
    let made = app
        .post(&path, &anouk, json!({"title": "  Bankjes op het plein ", "success": "Vier bankjes waar buren elkaar treffen.", "questionIds": [question]}))
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.text);
    assert_eq!(
        (made.body["title"].as_str(), made.body["status"].as_str(), made.body["public"].as_bool()),
        (Some("Bankjes op het plein"), Some("planned"), Some(false))
    );
    let goal = format!("{path}/{}", made.body["id"].as_str().unwrap());
    assert_eq!(made.header("location"), Some(goal.as_str()));

    // Progress: a dated note, never in the future.
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(2)).to_string();
    let future = app.post(&format!("{goal}/progress"), &anouk, json!({"on": tomorrow, "note": "Later"})).await;
    assert_eq!(pointers(&future.body), vec!["/on"], "{}", future.text);
    let noted =
        app.post(&format!("{goal}/progress"), &anouk, json!({"note": "De gemeente betaalt twee bankjes."})).await;
    assert_eq!(noted.status, StatusCode::CREATED, "{}", noted.text);
    assert_eq!(noted.body["progress"][0]["writtenBy"], "Anouk Verbeek");

    // Status and site, with If-Match.
    let etag = app.get(&goal, &anouk).await.header("etag").unwrap().to_string();
    let stale = app.patch_if_match(&goal, &anouk, "\"stale\"", json!({"status": "in_progress"})).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let moved = app.patch_if_match(&goal, &anouk, &etag, json!({"status": "in_progress", "public": true})).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text);
    let same = app.patch(&goal, &anouk, json!({"status": "in_progress"})).await;
    assert_eq!(same.header("etag"), moved.header("etag"), "a no-op writes nothing");

    // The site: public goals only, without notes or questions.
    let public = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/goals", None, None).await;
    assert_eq!(public.status, StatusCode::OK, "{}", public.text);
    let titles: Vec<&str> = public.body.as_array().unwrap().iter().map(|g| g["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        vec!["Een buurtmoestuin achter de flat", "Elke week een inloopuur in het buurthuis", "Bankjes op het plein"]
    );
    assert!(!public.text.contains("gemeente betaalt") && !public.text.contains("questionIds"), "{}", public.text);
    assert!(public.body[2]["lastProgressOn"].is_string());

    // Another group's member is refused; the coordinator is not.
    let esra =
        app.get("/api/v1/people?name=esra", &coordinator).await.body["items"][0]["id"].as_str().unwrap().to_string();
    let other = app.account("esra@example.org", "connector", Some(&esra)).await;
    assert_eq!(app.get(&path, &other).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.post(&path, &other, json!({"title": "Overname"})).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&goal, &coordinator).await.status, StatusCode::OK);
});
