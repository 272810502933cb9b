//! Resident questions: intake and consent, the workflow's transition matrix with its history, the
//! public form with its tracking code, access per role and group, referrals, the FAQ, the audit log
//! and the retention job — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

const STATUSES: [&str; 5] = ["new", "in_progress", "referred", "answered", "closed"];

/// The allowed moves, from the programme's workflow (see `QuestionStatus::next`).
fn allowed(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("new", "in_progress" | "referred" | "answered" | "closed")
            | ("in_progress", "referred" | "answered" | "closed")
            | ("referred", "in_progress" | "answered" | "closed")
            | ("answered", "closed")
            | ("closed", "in_progress")
    )
}

/// `body` with the asker's consent.
fn with_consent_body(body: &Value) -> Value {
    let mut body = body.clone();
    body["contactConsent"] = json!(true);
    body
}

fn pointers(reply: &Reply) -> Vec<String> {
    reply.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap().to_string()).collect()
}

/// Walks a question from `new` to `status` along allowed moves.
fn path_to(status: &str) -> &'static [&'static str] {
    match status {
        "new" => &[],
        "in_progress" => &["in_progress"],
        "referred" => &["referred"],
        "answered" => &["answered"],
        _ => &["closed"],
    }
}

on_both!(every_move_of_the_workflow_is_allowed_or_refused_as_the_programme_says, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    for from in STATUSES {
        for to in STATUSES {
            if from == to {
                continue;
            }
            let created = app
                .post(
                    "/api/v1/questions",
                    &connector,
                    json!({"groupId": linde, "channel": "in_person", "topic": "housing", "text": "Lekkage"}),
                )
                .await;
            assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
            let id = created.body["id"].as_str().unwrap().to_string();
            for step in path_to(from) {
                let moved = app.patch(&format!("/api/v1/questions/{id}"), &connector, json!({"status": step})).await;
                assert_eq!(moved.status, StatusCode::OK, "{from}: {}", moved.text);
            }
            let reply =
                app.patch(&format!("/api/v1/questions/{id}"), &connector, json!({"status": to, "note": "stap"})).await;
            if allowed(from, to) {
                assert_eq!(reply.status, StatusCode::OK, "{from} → {to}: {}", reply.text);
                assert_eq!(reply.body["status"], to);
            } else {
                assert_eq!(reply.status, StatusCode::CONFLICT, "{from} → {to}: {}", reply.text);
                assert_eq!(reply.body["type"], "https://buurtverbinders.nl/problems/invalid-status-transition");
                let state = app.get(&format!("/api/v1/questions/{id}"), &connector).await;
                assert_eq!(state.body["status"], from, "a refused move changes nothing");
                for next in state.body["allowedStatuses"].as_array().unwrap() {
                    assert!(reply.body["detail"].as_str().unwrap().contains(next.as_str().unwrap()));
                }
            }
        }
    }
    // The history of one question: who, from, to, note.
    let created = app
        .post(
            "/api/v1/questions",
            &connector,
            json!({"groupId": linde, "channel": "phone", "topic": "money", "text": "Schulden"}),
        )
        .await;
    let id = created.body["id"].as_str().unwrap().to_string();
    app.patch(&format!("/api/v1/questions/{id}"), &connector, json!({"status": "in_progress", "note": "Ik bel terug"}))
        .await;
    let answered = app
        .patch(
            &format!("/api/v1/questions/{id}"),
            &connector,
            json!({"status": "answered", "publicAnswer": "Zie de Geldwijzer."}),
        )
        .await;
    assert!(answered.body["secondsToFirstResponse"].is_i64());
    assert!(answered.body["secondsToAnswer"].is_i64());
    let history = app.get(&format!("/api/v1/questions/{id}/history"), &connector).await;
    let entries = history.body.as_array().unwrap();
    assert_eq!(entries.len(), 4, "{}", history.text);
    assert_eq!(entries[0]["change"], "status");
    assert!(entries[0]["fromStatus"].is_null());
    assert_eq!(entries[1]["fromStatus"], "new");
    assert_eq!(entries[1]["toStatus"], "in_progress");
    assert_eq!(entries[1]["note"], "Ik bel terug");
    assert_eq!(entries[1]["actor"], "Anouk Verbeek");
    assert_eq!(entries[2]["toStatus"], "answered");
    assert_eq!(entries[3]["change"], "public_answer", "writing the answer is on the timeline too");
    assert_eq!(entries[3]["toStatus"], "answered");
});

on_both!(assignments_answers_and_notes_are_on_the_timeline_and_no_change_changes_nothing, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let members = app.get(&format!("/api/v1/groups/{linde}/members?current=true"), &connector).await;
    let member = &members.body["items"][0];
    let (person, name) = (member["personId"].as_str().unwrap(), member["personName"].as_str().unwrap_or_default());
    let created = app
        .post(
            "/api/v1/questions",
            &connector,
            json!({"groupId": linde, "channel": "email", "topic": "activities", "text": "Is er een koor?"}),
        )
        .await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/questions/{id}");
    let assigned = app.patch(&path, &connector, json!({"assigneeId": person, "note": "Jij kent het koor"})).await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.text);
    let etag = assigned.header("etag").unwrap().to_string();
    let updated_at = assigned.body["updatedAt"].clone();

    // Sending the same again, or nothing, changes nothing: no entry, same updatedAt and ETag.
    for same in [json!({}), json!({"assigneeId": person}), json!({"topic": "activities"})] {
        let reply = app.patch_if_match(&path, &connector, &etag, same.clone()).await;
        assert_eq!(reply.status, StatusCode::OK, "{same}: {}", reply.text);
        assert_eq!(reply.header("etag"), Some(etag.as_str()), "{same}");
        assert_eq!(reply.body["updatedAt"], updated_at, "{same}");
    }
    app.patch(&path, &connector, json!({"publicAnswer": "Ja, op dinsdag in De Linde."})).await;
    app.patch(&path, &connector, json!({"assigneeId": null})).await;
    app.patch(&path, &connector, json!({"note": "Teruggebeld, geen gehoor"})).await;

    let history = app.get(&format!("{path}/history"), &connector).await;
    let changes: Vec<(&str, &str, &str)> = history
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["change"].as_str().unwrap(),
                e["assigneeName"].as_str().unwrap_or("-"),
                e["note"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("status", "-", "-"),
            ("assignment", name, "Jij kent het koor"),
            ("public_answer", "-", "-"),
            ("assignment", "-", "-"),
            ("note", "-", "Teruggebeld, geen gehoor"),
        ],
        "{}",
        history.text
    );
    assert_eq!(count(&mut app.conn(), "question_history", &format!("question_id = '{id}'")), 5);
});

on_both!(contact_details_only_with_consent_and_only_for_the_group, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let kastanje = app.group_by_slug(&coordinator, "buurtverbinders-kastanjeplein").await;
    let body = json!({"groupId": linde, "channel": "in_person", "topic": "loneliness", "text": "Ik zie niemand",
                      "askerName": "Mevrouw Jansen", "askerPhone": "06 1234 5678"});
    let before = count(&mut app.conn(), "questions", "1 = 1");
    let refused = app.post("/api/v1/questions", &connector, body.clone()).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text);
    assert_eq!(pointers(&refused), ["/contactConsent"]);
    assert_eq!(count(&mut app.conn(), "questions", "1 = 1"), before);
    let mut with_consent = body.clone();
    with_consent["contactConsent"] = json!(true);
    let on_paper = (chrono::Utc::now() - chrono::TimeDelta::days(20)).format("%Y-%m-%dT10:00:00Z").to_string();
    with_consent["askedAt"] = json!(on_paper);
    let created = app.post("/api/v1/questions", &connector, with_consent).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["askedAt"], on_paper.as_str(), "entered later from paper");
    assert!(created.body["contactConsentAt"].is_string());
    let id = created.body["id"].as_str().unwrap().to_string();
    let mut future = body.clone();
    future["askedAt"] = json!("2099-01-01T10:00:00Z");
    future["text"] = json!("");
    let refused = app.post("/api/v1/questions", &connector, future).await;
    assert_eq!(pointers(&refused), ["/askedAt", "/contactConsent", "/text"], "every problem in one answer");
    let mut long_ago = with_consent_body(&body);
    long_ago["askedAt"] = json!("0001-01-01T00:00:00Z");
    let refused = app.post("/api/v1/questions", &connector, long_ago).await;
    assert_eq!(pointers(&refused), ["/askedAt"], "a mistyped year: {}", refused.text);

    // Someone of another group gets nothing, neither the question nor a list entry.
    let members = app.get(&format!("/api/v1/groups/{kastanje}/members"), &coordinator).await;
    let person = members.body["items"][0]["personId"].as_str().unwrap().to_string();
    let other = app.account("chantal@example.org", "connector", Some(&person)).await;
    let read = app.get(&format!("/api/v1/questions/{id}"), &other).await;
    assert_eq!(read.status, StatusCode::FORBIDDEN);
    assert!(!read.text.contains("Jansen"));
    let list = app.get("/api/v1/questions?pageSize=100", &other).await;
    assert!(!list.text.contains("Jansen"));
    let filtered = app.get(&format!("/api/v1/questions?groupId={linde}"), &other).await;
    assert_eq!(filtered.status, StatusCode::FORBIDDEN, "another group's inbox is refused, not shown empty");
    let history = app.get(&format!("/api/v1/questions/{id}/history"), &other).await;
    assert_eq!(history.status, StatusCode::FORBIDDEN);
    let forbidden_intake = app
        .post("/api/v1/questions", &other, json!({"groupId": linde, "channel": "other", "topic": "other", "text": "x"}))
        .await;
    assert_eq!(forbidden_intake.status, StatusCode::FORBIDDEN);

    // Every read of the contact details is in the audit log.
    let audits = count(&mut app.conn(), "audit_log", &format!("resource_id = '{id}' AND action = 'read'"));
    app.get(&format!("/api/v1/questions/{id}"), &coordinator).await;
    assert_eq!(count(&mut app.conn(), "audit_log", &format!("resource_id = '{id}' AND action = 'read'")), audits + 1);
});

on_both!(the_public_form_is_bounded_and_the_tracking_code_shows_nothing_private, |backend| async move {
    let app = app_with(backend, |config| config.public_write_rate_limit_per_minute = 1000).await;
    app.seed();
    let path = "/api/v1/public/groups/buurtverbinders-de-linde/questions";
    let before = count(&mut app.conn(), "questions", "1 = 1");
    let bad = app
        .call(
            Method::POST,
            path,
            None,
            Some(json!({"text": "x".repeat(2001), "email": "a@example.org", "website": "http://spam"})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    assert_eq!(pointers(&bad), ["/contactConsent", "/text", "/website"], "everything wrong at once: {}", bad.text);
    let bad = app
        .call(
            Method::POST,
            path,
            None,
            Some(json!({"text": "Hoe?", "email": "a@example.org", "website": "http://spam"})),
        )
        .await;
    assert_eq!(pointers(&bad), ["/contactConsent", "/website"], "{}", bad.text);
    let blank_honeypot =
        app.call(Method::POST, path, None, Some(json!({"text": "Hoe?", "name": "  ", "website": " "}))).await;
    assert_eq!(blank_honeypot.status, StatusCode::CREATED, "blanks are not details: {}", blank_honeypot.text);
    let blank_id = count(&mut app.conn(), "questions", "1 = 1");
    assert_eq!(blank_id, before + 1);
    let before = blank_id;
    let unknown = app
        .call(Method::POST, "/api/v1/public/groups/bestaat-niet/questions", None, Some(json!({"text": "Hoe?"})))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(count(&mut app.conn(), "questions", "1 = 1"), before, "nothing stored");

    let script = "<script>alert('x')</script> Waar kan ik mijn grofvuil kwijt?";
    let asked = app
        .call(
            Method::POST,
            path,
            None,
            Some(json!({"text": script, "topic": "public_space", "name": "Kees", "email": "kees@example.org", "contactConsent": true})),
        )
        .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.text);
    let code = asked.body["trackingCode"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 19);
    assert!(regex_like_code(&code), "{code}");
    assert_eq!(asked.header("content-type"), Some("application/json"));
    let second = app.call(Method::POST, path, None, Some(json!({"text": "Nog een vraag"}))).await;
    assert_ne!(second.body["trackingCode"], code.as_str(), "every code is new");
    assert_eq!(count(&mut app.conn(), "questions", &format!("tracking_hash = '{code}'")), 0, "only a hash is kept");

    let tracked = app
        .call(Method::GET, &format!("/api/v1/public/questions/{}", code.to_lowercase().replace('-', "")), None, None)
        .await;
    assert_eq!(tracked.status, StatusCode::OK, "{}", tracked.text);
    assert_eq!(tracked.body["trackingCode"], code.as_str(), "written as handed out, however it was typed");
    assert_eq!(tracked.body["status"], "new");
    assert_eq!(tracked.body["groupName"], "Buurtverbinders De Linde");
    assert_eq!(tracked.body["groupSlug"], "buurtverbinders-de-linde", "where to ask another question");
    for private in ["Kees", "kees@example.org", "grofvuil", "script"] {
        assert!(!tracked.text.contains(private), "{private} in {}", tracked.text);
    }
    let guessed = app.call(Method::GET, "/api/v1/public/questions/AAAA-AAAA-AAAA-AAAA", None, None).await;
    assert_eq!(guessed.status, StatusCode::NOT_FOUND);

    // Members see the text exactly as sent: stored and answered as text, never as markup.
    let connector = app.login("connector@example.org").await;
    let inbox = app.get("/api/v1/questions?status=new&pageSize=100", &connector).await;
    let mine = inbox.body["items"].as_array().unwrap().iter().find(|q| q["askerName"] == "Kees").unwrap();
    assert_eq!(mine["text"], script);
    assert_eq!(mine["channel"], "online");
    let id = mine["id"].as_str().unwrap();
    app.patch(
        &format!("/api/v1/questions/{id}"),
        &connector,
        json!({"status": "answered", "publicAnswer": "Bij de milieustraat."}),
    )
    .await;
    let tracked = app.call(Method::GET, &format!("/api/v1/public/questions/{code}"), None, None).await;
    assert_eq!(tracked.body["status"], "answered");
    assert_eq!(tracked.body["publicAnswer"], "Bij de milieustraat.");
});

/// Asks De Linde a question on its public page; the tracking code.
async fn ask_de_linde_online<S, B>(app: &TestApp<S>, text: &str) -> String
where
    S: actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<B>,
        Error = actix_web::Error,
    >,
    B: actix_web::body::MessageBody,
{
    let asked = app
        .call(
            Method::POST,
            "/api/v1/public/groups/buurtverbinders-de-linde/questions",
            None,
            Some(json!({"text": text})),
        )
        .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.text);
    asked.body["trackingCode"].as_str().unwrap().to_string()
}

on_both!(a_resident_reacts_with_the_tracking_code_and_not_solved_reopens_the_question, |backend| async move {
    let app = app_with(backend, |config| config.public_write_rate_limit_per_minute = 1000).await;
    app.seed();
    let code = ask_de_linde_online(&app, "Waar kan ik een rollator lenen?").await;
    let reactions = format!("/api/v1/public/questions/{code}/reactions");
    let connector = app.login("connector@example.org").await;
    let inbox = app.get("/api/v1/questions?status=new&pageSize=100", &connector).await;
    let id = inbox.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == "Waar kan ik een rollator lenen?")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.patch(
        &format!("/api/v1/questions/{id}"),
        &connector,
        json!({"status": "closed", "publicAnswer": "Bij de thuiszorgwinkel."}),
    )
    .await;

    // Bad input: every problem, nothing stored.
    let history_before = count(&mut app.conn(), "question_history", &format!("question_id = '{id}'"));
    let bad = app.call(Method::POST, &reactions, None, Some(json!({"text": "  ", "notSolved": "ja"}))).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    let bad = app.call(Method::POST, &reactions, None, Some(json!({"text": "x".repeat(2001)}))).await;
    assert_eq!(pointers(&bad), ["/text"], "{}", bad.text);
    let unknown = app
        .call(
            Method::POST,
            "/api/v1/public/questions/AAAA-AAAA-AAAA-AAAA/reactions",
            None,
            Some(json!({"text": "Hallo"})),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND, "{}", unknown.text);
    assert_eq!(count(&mut app.conn(), "question_history", &format!("question_id = '{id}'")), history_before);

    // "Not solved" on a closed question reopens it, for the group to see.
    let reopened = app
        .call(Method::POST, &reactions, None, Some(json!({"text": "Die winkel is dicht.", "notSolved": true})))
        .await;
    assert_eq!(reopened.status, StatusCode::CREATED, "{}", reopened.text);
    assert_eq!(reopened.header("location"), Some(format!("/api/v1/public/questions/{code}").as_str()));
    assert_eq!(reopened.body["status"], "in_progress");
    assert_eq!(reopened.body["reactions"][0]["text"], "Die winkel is dicht.");
    assert_eq!(reopened.body["reactions"][0]["notSolved"], true);
    let question = app.get(&format!("/api/v1/questions/{id}"), &connector).await;
    assert_eq!(question.body["status"], "in_progress");
    assert_eq!(
        count(&mut app.conn(), "questions", &format!("id = '{id}' AND closed_at IS NULL")),
        1,
        "no longer closed"
    );
    let history = app.get(&format!("/api/v1/questions/{id}/history"), &connector).await;
    let last = history.body.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["change"], "not_solved");
    assert_eq!(last["fromStatus"], "closed");
    assert_eq!(last["toStatus"], "in_progress");
    assert_eq!(last["note"], "Die winkel is dicht.");
    assert_eq!(last["actor"], Value::Null, "the resident, who has no account");

    // A plain reaction moves nothing, and it too is on the timeline and the tracking page.
    let thanks = app.call(Method::POST, &reactions, None, Some(json!({"text": "Bedankt voor het meedenken"}))).await;
    assert_eq!(thanks.status, StatusCode::CREATED, "{}", thanks.text);
    assert_eq!(thanks.body["status"], "in_progress");
    assert_eq!(thanks.body["reactions"].as_array().unwrap().len(), 2);
    assert_eq!(thanks.body["reactions"][1]["notSolved"], false);
    assert_eq!(count(&mut app.conn(), "question_history", &format!("question_id = '{id}' AND change = 'reaction'")), 1);
    let tracked = app.call(Method::GET, &format!("/api/v1/public/questions/{code}"), None, None).await;
    assert_eq!(tracked.body["reactions"], thanks.body["reactions"]);
});

on_both!(reactions_through_the_tracking_code_are_rate_limited, |backend| async move {
    let app = app_with(backend, |config| config.public_write_rate_limit_per_minute = 2).await;
    app.seed();
    let code = ask_de_linde_online(&app, "Hoe?").await;
    let reactions = format!("/api/v1/public/questions/{code}/reactions");
    let first = app.call(Method::POST, &reactions, None, Some(json!({"text": "Nog iets"}))).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    let limited = app.call(Method::POST, &reactions, None, Some(json!({"text": "En nog iets"}))).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS, "{}", limited.text);
    assert!(limited.header("retry-after").is_some());
    assert_eq!(count(&mut app.conn(), "question_history", "change = 'reaction'"), 1, "the refused one is not stored");
});

fn regex_like_code(code: &str) -> bool {
    code.split('-').count() == 4
        && code
            .split('-')
            .all(|part| part.len() == 4 && part.chars().all(|c| "ABCDEFGHJKMNPQRSTVWXYZ23456789".contains(c)))
}

on_both!(referrals_follow_ups_and_the_faq, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let organisation = app
        .post(
            "/api/v1/organisations",
            &app.login("coordinator@example.org").await,
            json!({"name": "Schuldhulp Lindeburg", "kind": "money", "topics": ["money"], "contactPerson": "Ria Kok",
                   "website": "https://schuldhulp.example.org"}),
        )
        .await;
    assert_eq!(organisation.status, StatusCode::CREATED, "{}", organisation.text);
    let org = organisation.body["id"].as_str().unwrap().to_string();
    let refused = app.post("/api/v1/organisations", &connector, json!({"name": "X", "kind": "other"})).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "connectors do not edit the directory");
    let by_topic = app.get("/api/v1/organisations?topic=money", &connector).await;
    assert!(by_topic.text.contains("Schuldhulp Lindeburg"));

    let created = app
        .post(
            "/api/v1/questions",
            &connector,
            json!({"groupId": linde, "channel": "in_person", "topic": "money", "text": "Rekeningen"}),
        )
        .await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let past = app
        .post(
            &format!("/api/v1/questions/{id}/referrals"),
            &connector,
            json!({"organisationId": org, "followUpOn": "2020-01-01"}),
        )
        .await;
    assert_eq!(past.status, StatusCode::BAD_REQUEST);
    let today = chrono::Utc::now().date_naive();
    let referred = app
        .post(
            &format!("/api/v1/questions/{id}/referrals"),
            &connector,
            json!({"organisationId": org, "consentToShare": true, "note": "Warm overgedragen", "followUpOn": today}),
        )
        .await;
    assert_eq!(referred.status, StatusCode::CREATED, "{}", referred.text);
    assert_eq!(referred.body["contactName"], "Ria Kok", "the organisation's contact by default");
    assert!(referred.body["consentToShareAt"].is_string());
    let referral = referred.body["id"].as_str().unwrap().to_string();
    let location = referred.header("location").unwrap().to_string();
    assert_eq!(location, format!("/api/v1/questions/{id}/referrals/{referral}"));
    let read = app.get(&location, &connector).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.body, referred.body);
    assert_eq!(read.header("etag"), referred.header("etag"));
    let question = app.get(&format!("/api/v1/questions/{id}"), &connector).await;
    assert_eq!(question.body["status"], "referred");
    assert_eq!(question.body["followUpOn"], today.to_string());
    let due = app.get("/api/v1/questions?followUpDue=true&pageSize=100", &connector).await;
    assert!(due.body["items"].as_array().unwrap().iter().any(|q| q["id"] == id.as_str()), "{}", due.text);
    let etag = read.header("etag").unwrap().to_string();
    let moved = app.patch_if_match(&location, &connector, &etag, json!({"note": "Ria belt maandag"})).await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text);
    let stale = app.patch_if_match(&location, &connector, &etag, json!({"outcome": "declined"})).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED, "a change made meanwhile is not overwritten");
    assert_eq!(count(&mut app.conn(), "referrals", &format!("id = '{referral}' AND outcome IS NULL")), 1);
    let outcome = app.patch(&location, &connector, json!({"outcome": "connected"})).await;
    assert_eq!(outcome.body["outcome"], "connected", "{}", outcome.text);
    assert_eq!(outcome.body["note"], "Ria belt maandag");
    let due = app.get("/api/v1/questions?followUpDue=true&pageSize=100", &connector).await;
    assert!(
        !due.body["items"].as_array().unwrap().iter().any(|q| q["id"] == id.as_str()),
        "a closed referral is not due"
    );

    let faq = app
        .post(
            &format!("/api/v1/groups/{linde}/faq"),
            &connector,
            json!({"questionId": id, "topic": "money", "question": "Waar vind ik hulp bij rekeningen?", "answer": "Bij Schuldhulp Lindeburg."}),
        )
        .await;
    assert_eq!(faq.status, StatusCode::CREATED, "{}", faq.text);
    let public = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/faq", None, None).await;
    assert!(public.text.contains("Waar vind ik hulp bij rekeningen?"));
    assert!(!public.text.contains("Rekeningen\""), "nothing of the private record");
    assert!(!public.text.contains(&id), "not even the link to it");
    let item_path = faq.header("location").unwrap().to_string();
    let item = app.get(&item_path, &connector).await;
    assert_eq!(item.status, StatusCode::OK);
    let etag = item.header("etag").unwrap().to_string();
    let hidden = app.patch_if_match(&item_path, &connector, &etag, json!({"published": false})).await;
    assert_eq!(hidden.status, StatusCode::OK, "{}", hidden.text);
    let stale = app.patch_if_match(&item_path, &connector, &etag, json!({"published": true})).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(count(&mut app.conn(), "faq_items", "published = false"), 1);
    let public = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/faq", None, None).await;
    assert!(!public.text.contains("Waar vind ik hulp bij rekeningen?"));
});

on_both!(the_retention_job_erases_personal_data_from_the_database, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let mut ids = Vec::new();
    for name in ["Oud", "Nieuw", "Open"] {
        let created = app
            .post(
                "/api/v1/questions",
                &connector,
                json!({"groupId": linde, "channel": "phone", "topic": "safety", "text": format!("Vraag van {name}"),
                       "askerName": name, "askerEmail": format!("{}@example.org", name.to_lowercase()), "contactConsent": true}),
            )
            .await;
        ids.push(created.body["id"].as_str().unwrap().to_string());
    }
    let organisations = app.get("/api/v1/organisations", &connector).await;
    let organisation = organisations.body["items"][0]["id"].as_str().unwrap().to_string();
    let referred = app
        .post(
            &format!("/api/v1/questions/{}/referrals", ids[0]),
            &connector,
            json!({"organisationId": organisation, "note": "Oud belt zelf", "contactName": "Ria Kok"}),
        )
        .await;
    assert_eq!(referred.status, StatusCode::CREATED, "{}", referred.text);
    let referral = referred.body["id"].as_str().unwrap().to_string();
    app.patch(
        &format!("/api/v1/questions/{}/referrals/{referral}", ids[0]),
        &connector,
        json!({"outcome": "connected"}),
    )
    .await;
    for id in &ids[..2] {
        app.patch(&format!("/api/v1/questions/{id}"), &connector, json!({"status": "closed", "note": "Met naam Oud"}))
            .await;
    }
    // The first was closed 13 months ago, the second just now; the third is open.
    let mut conn = app.conn();
    {
        use diesel::RunQueryDsl;
        diesel::sql_query(format!(
            "UPDATE questions SET closed_at = closed_at - INTERVAL '13 months' WHERE id = '{}'",
            ids[0]
        ))
        .execute(&mut conn)
        .or_else(|_| {
            diesel::sql_query(format!(
                "UPDATE questions SET closed_at = datetime(closed_at, '-13 months') WHERE id = '{}'",
                ids[0]
            ))
            .execute(&mut conn)
        })
        .unwrap();
    }
    let erased = api::features::questions::erase_expired(&mut conn, 12).unwrap();
    assert_eq!(erased, 1);
    let old = &ids[0];
    assert_eq!(count(&mut conn, "questions", &format!("id = '{old}' AND text = '' AND asker_name IS NULL AND asker_email IS NULL AND asker_phone IS NULL AND tracking_hash IS NULL AND erased_at IS NOT NULL")), 1);
    assert_eq!(
        count(
            &mut conn,
            "question_history",
            &format!(
                "question_id = '{old}' AND (note IS NOT NULL OR actor_account_id IS NOT NULL OR assignee_id IS NOT NULL)"
            )
        ),
        0
    );
    assert_eq!(
        count(&mut conn, "question_history", &format!("question_id = '{old}'")),
        3,
        "the anonymous history stays: new, referred, closed"
    );
    assert_eq!(count(&mut conn, "questions", &format!("id = '{old}' AND topic = 'safety' AND channel = 'phone'")), 1);
    assert_eq!(count(&mut conn, "audit_log", &format!("resource_id = '{old}' AND action = 'erase'")), 1);
    for kept in &ids[1..] {
        assert_eq!(
            count(&mut conn, "questions", &format!("id = '{kept}' AND asker_name IS NOT NULL AND erased_at IS NULL")),
            1
        );
    }
    assert_eq!(api::features::questions::erase_expired(&mut conn, 12).unwrap(), 0, "once is enough");
    let reply = app.get(&format!("/api/v1/questions/{old}"), &connector).await;
    assert!(reply.body["erasedAt"].is_string());
    assert!(!reply.text.contains("oud@example.org"));
    assert_eq!(reply.body["allowedStatuses"], json!([]));
    let refused = app.patch(&format!("/api/v1/questions/{old}"), &connector, json!({"status": "in_progress"})).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let referral_path = format!("/api/v1/questions/{old}/referrals/{referral}");
    let rewrite = app.patch(&referral_path, &connector, json!({"outcome": "declined", "note": "Nieuwe naam"})).await;
    assert_eq!(rewrite.status, StatusCode::CONFLICT, "{}", rewrite.text);
    assert_eq!(rewrite.body["type"], "https://buurtverbinders.nl/problems/question-erased");
    assert_eq!(
        count(
            &mut conn,
            "referrals",
            &format!("id = '{referral}' AND outcome = 'connected' AND note IS NULL AND contact_name IS NULL")
        ),
        1
    );
    let another = app
        .post(&format!("/api/v1/questions/{old}/referrals"), &connector, json!({"organisationId": organisation}))
        .await;
    assert_eq!(another.body["type"], "https://buurtverbinders.nl/problems/question-erased");
});

on_both!(the_demo_has_questions_in_every_status, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let all = app.get("/api/v1/questions?pageSize=100", &coordinator).await;
    let statuses: std::collections::HashSet<&str> =
        all.body["items"].as_array().unwrap().iter().map(|q| q["status"].as_str().unwrap()).collect();
    for status in STATUSES {
        assert!(statuses.contains(status), "{status} missing");
    }
    assert!(count(&mut app.conn(), "referrals", "1 = 1") >= 2);
    let faq = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/faq", None, None).await;
    assert!(!faq.body.as_array().unwrap_or(&Vec::<Value>::new()).is_empty());
});

on_both!(a_group_has_a_public_face_and_an_ended_group_takes_no_questions, |backend| async move {
    let app = app_with(backend, |config| config.public_write_rate_limit_per_minute = 1000).await;
    app.seed();
    let group = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde", None, None).await;
    assert_eq!(group.status, StatusCode::OK, "{}", group.text);
    assert_eq!(group.body["name"], "Buurtverbinders De Linde");
    assert!(group.body["neighbourhoodName"].is_string());
    assert!(group.body.get("composition").is_none() && group.body.get("id").is_none(), "{}", group.text);
    let unknown = app.call(Method::GET, "/api/v1/public/groups/bestaat-niet", None, None).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let ended = app.patch(&format!("/api/v1/groups/{linde}"), &coordinator, json!({"status": "ended"})).await;
    assert_eq!(ended.status, StatusCode::OK, "{}", ended.text);
    let before = count(&mut app.conn(), "questions", "1 = 1");
    let asked = app
        .call(
            Method::POST,
            "/api/v1/public/groups/buurtverbinders-de-linde/questions",
            None,
            Some(json!({"text": "Hoe?"})),
        )
        .await;
    assert_eq!(asked.status, StatusCode::CONFLICT, "{}", asked.text);
    assert_eq!(asked.body["type"], "https://buurtverbinders.nl/problems/group-ended");
    let taken_in = app
        .post(
            "/api/v1/questions",
            &coordinator,
            json!({"groupId": linde, "channel": "phone", "topic": "money", "text": "Hoe?"}),
        )
        .await;
    assert_eq!(taken_in.status, StatusCode::CONFLICT, "members cannot add to it either: {}", taken_in.text);
    assert_eq!(count(&mut app.conn(), "questions", "1 = 1"), before);
    let group = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde", None, None).await;
    assert_eq!(group.body["status"], "ended");
});
