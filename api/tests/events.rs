//! Events, weekly series, registrations with capacity and a waiting list, candidates from a
//! residents' evening, and the calendar feeds — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

fn ids(reply: &Reply, field: &str) -> Vec<String> {
    reply.body["items"].as_array().unwrap().iter().map(|i| i[field].as_str().unwrap_or_default().to_string()).collect()
}

/// A single public event of the group, in the future, with the given capacity.
fn event_body(group: &str, event_type: &str, capacity: Option<i32>) -> Value {
    json!({
        "type": event_type,
        "title": "Buurtmaaltijd",
        "description": "Samen eten",
        "startsAt": "2030-05-14T17:30:00+02:00",
        "endsAt": "2030-05-14T20:00:00+02:00",
        "location": {"name": "Buurthuis", "address": "Lindelaan 12", "postcode": "1234 AB", "city": "Lindeburg"},
        "groupId": group,
        "visibility": "public",
        "capacity": capacity,
    })
}

on_both!(members_see_their_groups_events_and_the_public_only_public_ones, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let kastanje = app.group_by_slug(&coordinator, "buurtverbinders-kastanjeplein").await;

    let mut private = event_body(&linde, "gathering", None);
    private["visibility"] = json!("members");
    private["title"] = json!("Overleg met de wijkagent");
    let created = app.post("/api/v1/events", &connector, private).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["startsAt"], "2030-05-14T17:30:00+02:00", "answered in Dutch local time");
    assert_eq!(created.body["neighbourhoodId"].as_str().unwrap().len(), 36, "the group's neighbourhood");
    let private_id = created.body["id"].as_str().unwrap().to_string();
    assert!(created.header("location").unwrap().ends_with(&private_id));

    // A connector of De Linde cannot plan for Kastanjeplein, nor for a neighbourhood only.
    let foreign = app.post("/api/v1/events", &connector, event_body(&kastanje, "activity", None)).await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN, "{}", foreign.text);

    // A connector of Kastanjeplein sees nothing of De Linde's members-only event.
    let members = app.get(&format!("/api/v1/groups/{kastanje}/members"), &coordinator).await;
    let person = members.body["items"][0]["personId"].as_str().unwrap().to_string();
    let other = app.account("esra@example.org", "connector", Some(&person)).await;
    let read = app.get(&format!("/api/v1/events/{private_id}"), &other).await;
    assert_eq!(read.status, StatusCode::FORBIDDEN, "{}", read.text);
    assert!(!read.text.contains("wijkagent"), "nothing of the event in the refusal");
    let theirs = app.get("/api/v1/events?pageSize=100", &other).await;
    assert!(!ids(&theirs, "id").contains(&private_id));
    assert!(theirs.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["groupId"] == kastanje.as_str() || e["groupId"].is_null()));
    let agenda = app.get("/api/v1/event-occurrences?from=2030-05-01&to=2030-05-31", &other).await;
    assert_eq!(agenda.status, StatusCode::OK, "{}", agenda.text);
    assert!(!ids(&agenda, "eventId").contains(&private_id));
    let mine = app.get("/api/v1/event-occurrences?from=2030-05-01&to=2030-05-31", &connector).await;
    assert_eq!(ids(&mine, "eventId"), vec![private_id.clone()]);

    // The public: members-only events do not exist for them.
    let public = app.call(Method::GET, &format!("/api/v1/public/events/{private_id}"), None, None).await;
    assert_eq!(public.status, StatusCode::NOT_FOUND, "{}", public.text);
    let listed = app.call(Method::GET, "/api/v1/public/events?from=2030-05-01&to=2030-05-31", None, None).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text);
    assert!(listed.body["items"].as_array().unwrap().is_empty());
    let feed = app.call(Method::GET, "/api/v1/public/calendar", None, None).await;
    assert!(!feed.text.contains("wijkagent"));
    let no_token = app.call(Method::GET, "/api/v1/events", None, None).await;
    assert_eq!(no_token.status, StatusCode::UNAUTHORIZED);

    // A public event shows without a token, and without notes or registrations.
    let open = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(20))).await;
    let open_id = open.body["id"].as_str().unwrap().to_string();
    let noted = app.patch(&format!("/api/v1/events/{open_id}"), &connector, json!({"notes": "Sleutel bij Bram"})).await;
    assert_eq!(noted.status, StatusCode::OK, "{}", noted.text);
    let page = app.call(Method::GET, &format!("/api/v1/public/events/{open_id}"), None, None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert_eq!(page.body["registrationOpen"], true);
    assert_eq!(page.body["placesLeft"], 20);
    assert_eq!(page.body["groupSlug"], "buurtverbinders-de-linde");
    assert!(!page.text.contains("Sleutel"), "notes are for members");
});

on_both!(invalid_events_list_every_problem_and_store_nothing, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let before = count(&mut app.conn(), "events", "1 = 1");
    let mut body = event_body(&linde, "interview", Some(0));
    body["endsAt"] = json!("2030-05-14T16:00:00+02:00");
    body["title"] = json!("  ");
    body["location"]["postcode"] = json!("12345");
    body["recurrence"] = json!({"intervalWeeks": 3});
    let reply = app.post("/api/v1/events", &coordinator, body).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text);
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|p| p["pointer"].as_str().unwrap()).collect();
    for pointer in ["/title", "/capacity", "/location/postcode", "/recurrence/intervalWeeks"] {
        assert!(pointers.contains(&pointer), "{pointer} missing from {pointers:?}");
    }
    let mut body = event_body(&linde, "interview", None);
    body["endsAt"] = json!("2030-05-14T16:00:00+02:00");
    body["recurrence"] = json!({"intervalWeeks": 1, "until": "2030-06-01", "count": 3});
    let reply = app.post("/api/v1/events", &coordinator, body).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text);
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|p| p["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, ["/endsAt", "/recurrence", "/visibility"]);
    assert_eq!(count(&mut app.conn(), "events", "1 = 1"), before);

    let window = app.get("/api/v1/event-occurrences?from=2030-01-01&to=2032-01-01", &coordinator).await;
    assert_eq!(window.status, StatusCode::BAD_REQUEST, "{}", window.text);
    assert_eq!(window.body["errors"][0]["pointer"], "?to");
    let not_dates = app.get("/api/v1/event-occurrences?from=2027-13-01&to=x", &coordinator).await;
    assert_eq!(not_dates.body["errors"][0]["detail"], "Must be a date as YYYY-MM-DD, e.g. 2027-03-01.");
    assert_eq!(not_dates.body["errors"][1]["detail"], "Must be a date as YYYY-MM-DD, e.g. 2027-03-01.");
    let missing = app.get("/api/v1/event-occurrences", &coordinator).await;
    assert_eq!(missing.body["errors"].as_array().unwrap().len(), 2, "{}", missing.text);
});

on_both!(a_weekly_series_keeps_its_local_time_across_daylight_saving, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let mut body = event_body(&linde, "connector_meeting", None);
    body["title"] = json!("Inloopuur");
    body["startsAt"] = json!("2030-03-14T19:00:00+01:00");
    body["endsAt"] = json!("2030-03-14T20:30:00+01:00");
    body["recurrence"] = json!({"intervalWeeks": 1, "count": 4});
    let created = app.post("/api/v1/events", &connector, body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.body["id"].as_str().unwrap().to_string();
    let page = app.call(Method::GET, &format!("/api/v1/public/events/{id}"), None, None).await;
    assert_eq!(page.body["registrationOpen"], false, "a walk-in hour needs no sign-up");

    // Summer time starts on 31 March 2030: the walk-in hour stays at 19:00.
    let agenda =
        app.get(&format!("/api/v1/event-occurrences?from=2030-03-01&to=2030-04-30&groupId={linde}"), &connector).await;
    assert_eq!(agenda.status, StatusCode::OK, "{}", agenda.text);
    let starts: Vec<&str> = agenda.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["eventId"] == id.as_str())
        .map(|o| o["startsAt"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2030-03-14T19:00:00+01:00",
            "2030-03-21T19:00:00+01:00",
            "2030-03-28T19:00:00+01:00",
            "2030-04-04T19:00:00+02:00"
        ]
    );

    let only =
        app.get(&format!("/api/v1/event-occurrences?from=2030-03-01&to=2030-04-30&eventId={id}"), &connector).await;
    assert_eq!(only.body["items"].as_array().unwrap().len(), 4, "{}", only.text);

    // One date called off, one moved a day; the others stay.
    let path = |date: &str| format!("/api/v1/events/{id}/occurrences/{date}");
    let no_reason = app.patch(&path("2030-03-21"), &connector, json!({"status": "cancelled"})).await;
    assert_eq!(no_reason.status, StatusCode::BAD_REQUEST, "{}", no_reason.text);
    assert_eq!(no_reason.body["errors"][0]["pointer"], "/cancellationReason");
    let cancelled = app
        .patch(&path("2030-03-21"), &connector, json!({"status": "cancelled", "cancellationReason": "Buurthuis dicht"}))
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    assert_eq!(cancelled.body["status"], "cancelled");
    let moved = app
        .patch(
            &path("2030-04-04"),
            &connector,
            json!({"startsAt": "2030-04-05T19:00:00+02:00", "endsAt": "2030-04-05T20:30:00+02:00"}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text);
    assert_eq!(moved.body["moved"], true);
    assert_eq!(moved.body["occurrenceDate"], "2030-04-04");
    let too_far = app
        .patch(
            &path("2030-03-28"),
            &connector,
            json!({"startsAt": "2030-06-05T19:00:00+02:00", "endsAt": "2030-06-05T20:00:00+02:00"}),
        )
        .await;
    assert_eq!(too_far.status, StatusCode::BAD_REQUEST, "{}", too_far.text);
    let not_a_date = app.patch(&path("2030-03-15"), &connector, json!({"residentsReached": 3})).await;
    assert_eq!(not_a_date.status, StatusCode::NOT_FOUND, "{}", not_a_date.text);
    let reached = app.patch(&path("2030-03-14"), &connector, json!({"residentsReached": 6, "notes": "Druk"})).await;
    assert_eq!(reached.body["residentsReached"], 6, "{}", reached.text);

    let public = app.call(Method::GET, "/api/v1/public/events?from=2030-03-01&to=2030-04-30", None, None).await;
    let mine: Vec<&Value> =
        public.body["items"].as_array().unwrap().iter().filter(|o| o["eventId"] == id.as_str()).collect();
    assert_eq!(mine.len(), 4);
    assert_eq!(mine[1]["status"], "cancelled");
    assert_eq!(mine[1]["cancellationReason"], "Buurthuis dicht");
    assert_eq!(mine[3]["startsAt"], "2030-04-05T19:00:00+02:00");
    assert!(mine[0].get("notes").is_none() && mine[0].get("residentsReached").is_none(), "figures are for members");

    // The feed: a real iCalendar parser expands the rule with its exceptions to the same dates.
    let feed = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/calendar", None, None).await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.text);
    assert_eq!(feed.header("content-type"), Some("text/calendar; charset=utf-8"));
    assert!(feed.text.contains("RRULE:FREQ=WEEKLY;COUNT=4"), "{}", feed.text);
    assert!(feed.text.contains("BEGIN:VTIMEZONE"));
    assert!(feed.text.contains(&format!("URL:https://buurt.example.org/agenda/{id}")));
    let expanded: Vec<String> =
        expand_ics(&feed.text, "2030-03-01", "2030-05-01").into_iter().filter(|line| line.contains(&id)).collect();
    assert_eq!(
        expanded,
        [
            format!("2030-03-14T19:00:00+01:00 CONFIRMED event-{id}@buurtverbinders"),
            format!("2030-03-21T19:00:00+01:00 CANCELLED event-{id}@buurtverbinders"),
            format!("2030-03-28T19:00:00+01:00 CONFIRMED event-{id}@buurtverbinders"),
            format!("2030-04-05T19:00:00+02:00 CONFIRMED event-{id}@buurtverbinders"),
        ]
    );
    // Cacheable: the same feed again is 304 with its ETag.
    let etag = feed.header("etag").unwrap().to_string();
    let second = app.call(Method::GET, "/api/v1/public/groups/buurtverbinders-de-linde/calendar", None, None).await;
    assert_eq!(second.text, feed.text, "the same feed twice");
    let again = app
        .send(
            actix_web::test::TestRequest::get()
                .uri("/api/v1/public/groups/buurtverbinders-de-linde/calendar")
                .insert_header(("if-none-match", etag)),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
});

/// Expands every event of an iCalendar document in a window with Python's `icalendar` and
/// `recurring_ical_events` (RFC 5545 recurrence with its exceptions); one line per occurrence:
/// "start status uid", in order.
fn expand_ics(text: &str, from: &str, to: &str) -> Vec<String> {
    let python = std::env::var("ICALENDAR_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = format!(
        "import sys, datetime, icalendar, recurring_ical_events\n\
cal = icalendar.Calendar.from_ical(sys.stdin.read())\n\
events = recurring_ical_events.of(cal).between(datetime.date.fromisoformat('{from}'), datetime.date.fromisoformat('{to}'))\n\
for e in sorted(events, key=lambda e: e.decoded('DTSTART')):\n    print(e.decoded('DTSTART').isoformat(), e.get('STATUS'), e.get('UID'))\n"
    );
    let mut child = std::process::Command::new(&python)
        .args(["-c", &script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{python} with icalendar and recurring_ical_events is needed (scripts/ensure-tools.sh installs them): {e}"));
    use std::io::Write;
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "the feed did not parse: {}\n{text}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap().lines().map(str::to_string).collect()
}

on_both!(parallel_sign_ups_never_overbook, |backend| async move {
    let app = app_with(backend, |config| config.public_write_rate_limit_per_minute = 1000).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(5))).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/public/events/{id}/registrations");
    let sign_ups = (0..12).map(|i| app.call(Method::POST, &path, None, Some(json!({"name": format!("Buur {i}")}))));
    let replies = futures_util::future::join_all(sign_ups).await;
    for reply in &replies {
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
    }
    let confirmed = replies.iter().filter(|r| r.body["status"] == "confirmed").count();
    assert_eq!(confirmed, 5, "exactly the capacity");
    let mut positions: Vec<i64> = replies.iter().filter_map(|r| r.body["waitingListPosition"].as_i64()).collect();
    positions.sort_unstable();
    assert_eq!(positions, (1..=7).collect::<Vec<_>>(), "one queue without gaps or doubles");
    let mut conn = app.conn();
    assert_eq!(count(&mut conn, "registrations", &format!("event_id = '{id}' AND status = 'confirmed'")), 5);
    assert_eq!(count(&mut conn, "registrations", &format!("event_id = '{id}' AND status = 'waitlisted'")), 7);
    let event = app.get(&format!("/api/v1/events/{id}"), &connector).await;
    assert_eq!(event.body["placesTaken"], 5);
    assert_eq!(event.body["waitingListCount"], 7);
});

on_both!(the_cancel_link_gives_the_place_to_the_waiting_list, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(3))).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/public/events/{id}/registrations");
    let sign_up = |body: Value| app.call(Method::POST, &path, None, Some(body));
    let first =
        sign_up(json!({"name": "Joke", "numberOfPeople": 2, "email": "joke@example.org", "contactConsent": true}))
            .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    assert_eq!(first.body["status"], "confirmed");
    let token = first.body["token"].as_str().unwrap().to_string();
    assert!(token.len() >= 43, "256 random bits");
    assert!(first.header("location").unwrap().ends_with(&token));
    assert!(!first.text.contains("joke@example.org"), "the receipt holds no contact details");
    let second = sign_up(json!({"name": "Ahmed", "numberOfPeople": 2})).await;
    assert_eq!(second.body["status"], "waitlisted");
    assert_eq!(second.body["waitingListPosition"], 1);
    let third = sign_up(json!({"name": "Greet"})).await;
    assert_eq!(third.body["status"], "waitlisted", "nobody passes the queue while places are short");
    assert_eq!(third.body["waitingListPosition"], 2);

    // The token is stored only as a hash.
    assert_eq!(count(&mut app.conn(), "registrations", &format!("token_hash = '{token}'")), 0);
    let own = app.call(Method::GET, &format!("/api/v1/public/registrations/{token}"), None, None).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text);
    assert_eq!(own.body["name"], "Joke");
    let wrong = app.call(Method::GET, &format!("/api/v1/public/registrations/{}x", &token[..20]), None, None).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);

    let cancelled = app.call(Method::DELETE, &format!("/api/v1/public/registrations/{token}"), None, None).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    assert_eq!(cancelled.body["status"], "cancelled");
    let again = app.call(Method::DELETE, &format!("/api/v1/public/registrations/{token}"), None, None).await;
    assert_eq!(again.body["status"], "cancelled", "cancelling twice changes nothing");
    let second_token = second.body["token"].as_str().unwrap();
    let promoted = app.call(Method::GET, &format!("/api/v1/public/registrations/{second_token}"), None, None).await;
    assert_eq!(promoted.body["status"], "confirmed", "the first in line moved up");
    let third_token = third.body["token"].as_str().unwrap();
    let after = app.call(Method::GET, &format!("/api/v1/public/registrations/{third_token}"), None, None).await;
    assert_eq!(after.body["status"], "confirmed", "and the next one fits in the last place");
    assert_eq!(count(&mut app.conn(), "registrations", &format!("event_id = '{id}' AND status = 'confirmed'")), 2);

    // Members see the list with contact details; checking in works on confirmed ones.
    let list = app.get(&format!("/api/v1/events/{id}/registrations"), &connector).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    let rows = list.body["items"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["email"], "joke@example.org");
    assert!(rows[0]["contactConsentAt"].is_string());
    let ahmed = rows[1]["id"].as_str().unwrap();
    let checked =
        app.patch(&format!("/api/v1/events/{id}/registrations/{ahmed}"), &connector, json!({"checkedIn": true})).await;
    assert_eq!(checked.status, StatusCode::OK, "{}", checked.text);
    assert!(checked.body["checkedInAt"].is_string());
    let joke = rows[0]["id"].as_str().unwrap();
    let refused =
        app.patch(&format!("/api/v1/events/{id}/registrations/{joke}"), &connector, json!({"checkedIn": true})).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);

    // Calling the event off keeps the registrations and closes sign-up.
    let call_off = app.patch(&format!("/api/v1/events/{id}"), &connector, json!({"status": "cancelled"})).await;
    assert_eq!(call_off.status, StatusCode::BAD_REQUEST, "a reason is required: {}", call_off.text);
    let call_off = app
        .patch(
            &format!("/api/v1/events/{id}"),
            &connector,
            json!({"status": "cancelled", "cancellationReason": "Storm"}),
        )
        .await;
    assert_eq!(call_off.status, StatusCode::OK, "{}", call_off.text);
    assert_eq!(count(&mut app.conn(), "registrations", &format!("event_id = '{id}'")), 3);
    let closed = sign_up(json!({"name": "Laat"})).await;
    assert_eq!(closed.status, StatusCode::CONFLICT, "{}", closed.text);
    assert_eq!(closed.body["type"], "https://buurtverbinders.nl/problems/registration-closed");
});

on_both!(a_bad_sign_up_lists_every_problem_and_stores_nothing, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", None)).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let reply = app
        .call(
            Method::POST,
            &format!("/api/v1/public/events/{id}/registrations"),
            None,
            Some(
                json!({"name": "Piet", "phone": "06 1234 5678", "wantsToBecomeConnector": true, "numberOfPeople": 11}),
            ),
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.text);
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|p| p["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, ["/numberOfPeople"], "schema problems come first");
    let reply = app
        .call(
            Method::POST,
            &format!("/api/v1/public/events/{id}/registrations"),
            None,
            Some(json!({"name": "Piet", "phone": "06 1234 5678", "wantsToBecomeConnector": true, "motivation": "x"})),
        )
        .await;
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|p| p["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, ["/contactConsent", "/wantsToBecomeConnector"], "{}", reply.text);
    assert_eq!(count(&mut app.conn(), "registrations", &format!("event_id = '{id}'")), 0);
    assert_eq!(count(&mut app.conn(), "candidates", &format!("event_id = '{id}'")), 0);

    // At a residents' evening the wish to become a buurtverbinder needs a way to reach the person.
    let mut evening = event_body(&linde, "residents_evening", None);
    evening["title"] = json!("Inwonersavond");
    let evening = app.post("/api/v1/events", &connector, evening).await;
    let evening = evening.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/public/events/{evening}/registrations");
    let unreachable =
        app.call(Method::POST, &path, None, Some(json!({"name": "Piet", "wantsToBecomeConnector": true}))).await;
    assert_eq!(unreachable.status, StatusCode::BAD_REQUEST, "{}", unreachable.text);
    assert_eq!(unreachable.body["errors"][0]["pointer"], "/email");
    assert_eq!(unreachable.body["errors"][0]["code"], "required");
    assert_eq!(count(&mut app.conn(), "candidates", &format!("event_id = '{evening}'")), 0);
    let reachable = app
        .call(
            Method::POST,
            &path,
            None,
            Some(json!({"name": "Piet", "phone": "06 1234 5678", "contactConsent": true, "wantsToBecomeConnector": true})),
        )
        .await;
    assert_eq!(reachable.status, StatusCode::CREATED, "{}", reachable.text);
    assert_eq!(count(&mut app.conn(), "candidates", &format!("event_id = '{evening}'")), 1);
});

on_both!(a_candidate_from_a_residents_evening_joins_a_forming_group_in_one_go, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let kastanje = app.group_by_slug(&coordinator, "buurtverbinders-kastanjeplein").await;
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let evening = app.post("/api/v1/events", &coordinator, event_body(&kastanje, "residents_evening", Some(50))).await;
    assert_eq!(evening.status, StatusCode::CREATED, "{}", evening.text);
    let evening_id = evening.body["id"].as_str().unwrap().to_string();
    let signed = app
        .call(
            Method::POST,
            &format!("/api/v1/public/events/{evening_id}/registrations"),
            None,
            Some(json!({"name": "Yara de Wit", "email": "yara@example.org", "contactConsent": true,
                        "wantsToBecomeConnector": true, "motivation": "Ik ken iedereen in mijn portiek."})),
        )
        .await;
    assert_eq!(signed.status, StatusCode::CREATED, "{}", signed.text);
    let list = app.get(&format!("/api/v1/candidates?eventId={evening_id}"), &coordinator).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    let candidate = &list.body["items"][0];
    assert_eq!(candidate["status"], "interested");
    assert_eq!(candidate["email"], "yara@example.org");
    assert_eq!(candidate["eventTitle"], "Buurtmaaltijd");
    let id = candidate["id"].as_str().unwrap().to_string();

    let connector = app.login("connector@example.org").await;
    let refused = app.get("/api/v1/candidates", &connector).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "candidates are for coordinators");

    // A stale or made-up `If-Match` changes nothing: 412.
    let read = app.get(&format!("/api/v1/candidates/{id}"), &coordinator).await;
    let etag = read.header("etag").expect("etag").to_string();
    for stale in ["\"garbage\"", "\"0000\""] {
        let refused = app
            .patch_if_match(&format!("/api/v1/candidates/{id}"), &coordinator, stale, json!({"note": "Kwijt"}))
            .await;
        assert_eq!(refused.status, StatusCode::PRECONDITION_FAILED, "{}", refused.text);
    }
    let kept = app.get(&format!("/api/v1/candidates/{id}"), &coordinator).await;
    assert_eq!(kept.body["notes"].as_array().unwrap().len(), 1, "no note was added: {}", kept.text);
    assert_eq!(kept.header("etag"), Some(etag.as_str()));
    let noted = app
        .patch_if_match(&format!("/api/v1/candidates/{id}"), &coordinator, &etag, json!({"note": "Eerst mailen"}))
        .await;
    assert_eq!(noted.status, StatusCode::OK, "{}", noted.text);
    assert_ne!(noted.header("etag"), Some(etag.as_str()));

    let skip = app.patch(&format!("/api/v1/candidates/{id}"), &coordinator, json!({"status": "joined"})).await;
    assert_eq!(skip.status, StatusCode::CONFLICT, "{}", skip.text);
    assert!(skip.body["detail"].as_str().unwrap().contains("contacted, declined"), "{}", skip.text);
    let contacted = app
        .patch(
            &format!("/api/v1/candidates/{id}"),
            &coordinator,
            json!({"status": "contacted", "note": "Gebeld, enthousiast"}),
        )
        .await;
    assert_eq!(contacted.status, StatusCode::OK, "{}", contacted.text);
    let trail = contacted.body["notes"].as_array().unwrap();
    assert_eq!(trail.len(), 3);
    assert_eq!(trail[1]["body"], "Eerst mailen");
    assert_eq!(trail[2]["fromStatus"], "interested");
    assert_eq!(trail[2]["toStatus"], "contacted");
    assert_eq!(trail[2]["body"], "Gebeld, enthousiast");
    assert_eq!(trail[2]["author"], "coordinator@example.org");

    // Into an active group: no. Into a full forming group: 409 and nothing half-done.
    let enrol = format!("/api/v1/candidates/{id}/enrolment");
    let active = app.post(&enrol, &coordinator, json!({"groupId": linde})).await;
    assert_eq!(active.status, StatusCode::CONFLICT, "{}", active.text);
    assert_eq!(active.body["type"], "https://buurtverbinders.nl/problems/group-not-forming");
    let full = app.group(&coordinator, "Volle groep").await;
    app.fill(&coordinator, &full, 7, 1).await;
    let people_before = count(&mut app.conn(), "people", "1 = 1");
    let members_before = count(&mut app.conn(), "memberships", "1 = 1");
    let refused = app.post(&enrol, &coordinator, json!({"groupId": full})).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text);
    assert_eq!(refused.body["type"], "https://buurtverbinders.nl/problems/max-members");
    assert_eq!(count(&mut app.conn(), "people", "1 = 1"), people_before, "no person left behind");
    assert_eq!(count(&mut app.conn(), "memberships", "1 = 1"), members_before);
    assert_eq!(
        count(&mut app.conn(), "candidates", &format!("id = '{id}' AND status = 'contacted' AND person_id IS NULL")),
        1
    );

    // Into Kastanjeplein and the training being planned: person, membership, participation.
    let trainings = app.get("/api/v1/trainings?status=planning", &coordinator).await;
    let training = trainings.body["items"][0]["id"].as_str().unwrap().to_string();
    let done = app.post(&enrol, &coordinator, json!({"groupId": kastanje, "trainingId": training})).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    assert_eq!(done.body["status"], "in_training");
    let person = done.body["personId"].as_str().unwrap().to_string();
    let mut conn = app.conn();
    assert_eq!(count(&mut conn, "people", &format!("id = '{person}' AND email = 'yara@example.org'")), 1);
    assert_eq!(count(&mut conn, "memberships", &format!("person_id = '{person}' AND group_id = '{kastanje}'")), 1);
    assert_eq!(
        count(&mut conn, "training_participants", &format!("person_id = '{person}' AND training_id = '{training}'")),
        1
    );
    let twice = app.post(&enrol, &coordinator, json!({"groupId": kastanje})).await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.text);

    let report = app.get("/api/v1/reports/residents-evenings", &coordinator).await;
    assert_eq!(report.status, StatusCode::OK, "{}", report.text);
    let row = report.body["items"].as_array().unwrap().iter().find(|r| r["eventId"] == evening_id.as_str()).unwrap();
    assert_eq!(
        (row["registered"].as_i64(), row["interested"].as_i64(), row["inTraining"].as_i64()),
        (Some(1), Some(1), Some(1))
    );
    let seeded = &report.body["items"][0];
    assert_eq!(seeded["title"], "Inwonersavond Kastanjeplein: word buurtverbinder");
    assert_eq!(seeded["interested"], 4);
    assert_eq!(seeded["registered"], 11);
    assert_eq!(seeded["came"], 10, "checked in at the door");
});

on_both!(the_demo_has_a_full_event_with_a_waiting_list, |backend| async move {
    let app = app(backend).await;
    app.seed();
    app.seed();
    let today = chrono::Utc::now().date_naive();
    let to = today + chrono::TimeDelta::days(60);
    let agenda = app.call(Method::GET, &format!("/api/v1/public/events?from={today}&to={to}"), None, None).await;
    assert_eq!(agenda.status, StatusCode::OK, "{}", agenda.text);
    let meal =
        agenda.body["items"].as_array().unwrap().iter().find(|o| o["title"] == "Buurtmaaltijd Kastanjeplein").unwrap();
    let page = app
        .call(Method::GET, &format!("/api/v1/public/events/{}", meal["eventId"].as_str().unwrap()), None, None)
        .await;
    assert_eq!(page.body["placesLeft"], 0);
    assert_eq!(page.body["waitingListCount"], 2);
    assert_eq!(
        count(&mut app.conn(), "events", "title = 'Buurtmaaltijd Kastanjeplein'"),
        1,
        "seeding twice adds nothing"
    );
    let walk_ins = agenda.body["items"].as_array().unwrap().iter().filter(|o| o["type"] == "connector_meeting").count();
    assert!(walk_ins >= 8, "weekly walk-in hours: {walk_ins}");
});

on_both!(the_public_agenda_names_each_dates_group_page_and_neighbourhood_and_narrows_to_one, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let today = chrono::Utc::now().date_naive();
    let to = today + chrono::TimeDelta::days(60);
    let agenda = app.call(Method::GET, &format!("/api/v1/public/events?from={today}&to={to}"), None, None).await;
    let items = agenda.body["items"].as_array().unwrap().clone();
    let walk_in = items.iter().find(|o| o["title"] == "Inloopuur buurtverbinders De Linde").unwrap();
    assert_eq!(walk_in["groupSlug"], "buurtverbinders-de-linde");
    assert_eq!(walk_in["neighbourhoodName"], "De Linde");
    assert_eq!(walk_in["intervalWeeks"], 1, "a weekly series says so, for an agenda to show it once");
    let year = today + chrono::TimeDelta::days(365);
    let all = app.call(Method::GET, &format!("/api/v1/public/events?from={today}&to={year}"), None, None).await;
    let last = all.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|o| o["title"] == "Inloopuur buurtverbinders De Linde")
        .unwrap()["occurrenceDate"]
        .clone();
    assert_eq!(walk_in["lastDate"], last, "the series says until when it runs");
    let evening = items.iter().find(|o| o["title"] == "Inwonersavond Molenwijk").unwrap();
    assert_eq!(evening["neighbourhoodName"], "Molenwijk");
    assert_eq!(evening["groupSlug"], Value::Null, "a neighbourhood's own event has no group");
    assert!(evening.get("intervalWeeks").is_none(), "a single event has no interval: {evening}");

    let molenwijk = evening["neighbourhoodId"].as_str().unwrap();
    let narrowed = app
        .call(
            Method::GET,
            &format!("/api/v1/public/events?from={today}&to={to}&neighbourhoodId={molenwijk}"),
            None,
            None,
        )
        .await;
    assert_eq!(narrowed.status, StatusCode::OK, "{}", narrowed.text);
    let titles: Vec<&str> =
        narrowed.body["items"].as_array().unwrap().iter().map(|o| o["title"].as_str().unwrap()).collect();
    assert_eq!(titles, vec!["Inwonersavond Molenwijk"]);
    let bad = app
        .call(Method::GET, &format!("/api/v1/public/events?from={today}&to={to}&neighbourhoodId=nope"), None, None)
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
});

on_both!(after_the_event_figures_consent_and_more_places, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(1))).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let mut body = created.body.clone();
    for key in ["id", "groupId", "neighbourhoodId", "createdAt", "updatedAt"] {
        body[key] = Value::from("[redacted]");
    }
    insta::assert_json_snapshot!("new_event", body);

    let path = format!("/api/v1/public/events/{id}/registrations");
    let first = app.call(Method::POST, &path, None, Some(json!({"name": "Een"}))).await;
    assert_eq!(first.body["status"], "confirmed");
    let second = app.call(Method::POST, &path, None, Some(json!({"name": "Twee"}))).await;
    assert_eq!(second.body["status"], "waitlisted");

    // A lost update is refused; a current one raises the capacity and moves the queue up.
    let event_path = format!("/api/v1/events/{id}");
    let stale =
        app.patch_if_match(&event_path, &connector, created.header("etag").unwrap(), json!({"capacity": 3})).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED, "the sign-ups changed the event: {}", stale.text);
    let current = app.get(&event_path, &connector).await;
    let raised =
        app.patch_if_match(&event_path, &connector, current.header("etag").unwrap(), json!({"capacity": 3})).await;
    assert_eq!(raised.status, StatusCode::OK, "{}", raised.text);
    assert_eq!(raised.body["placesTaken"], 2);
    assert_eq!(raised.body["waitingListCount"], 0);

    let figures =
        app.patch(&event_path, &connector, json!({"residentsReached": 14, "notes": "Veel nieuwe gezichten"})).await;
    assert_eq!(figures.body["residentsReached"], 14, "{}", figures.text);
    let consent = app.patch(&event_path, &connector, json!({"storyConsent": true})).await;
    assert_eq!(consent.status, StatusCode::BAD_REQUEST, "only an interview: {}", consent.text);
    assert_eq!(consent.body["errors"][0]["pointer"], "/storyConsent");

    let mut interview = event_body(&linde, "interview", None);
    interview["visibility"] = json!("members");
    let interview = app.post("/api/v1/events", &connector, interview).await;
    let interview_path = format!("/api/v1/events/{}", interview.body["id"].as_str().unwrap());
    let given = app.patch(&interview_path, &connector, json!({"storyConsent": true})).await;
    assert_eq!(given.status, StatusCode::OK, "{}", given.text);
    let at = given.body["storyConsentAt"].as_str().unwrap().to_string();
    let again = app.patch(&interview_path, &connector, json!({"storyConsent": true})).await;
    assert_eq!(again.body["storyConsentAt"], at.as_str(), "the moment of consent stays");
    let withdrawn = app.patch(&interview_path, &connector, json!({"storyConsent": false})).await;
    assert!(withdrawn.body["storyConsentAt"].is_null());
    let public = app.patch(&interview_path, &connector, json!({"visibility": "public"})).await;
    assert_eq!(public.status, StatusCode::BAD_REQUEST, "{}", public.text);
});

on_both!(changes_that_would_break_sign_ups_or_dates_are_refused, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(3))).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/public/events/{id}/registrations");
    // A party larger than the whole event is refused instead of blocking the queue.
    let too_big = app.call(Method::POST, &path, None, Some(json!({"name": "Groot gezin", "numberOfPeople": 5}))).await;
    assert_eq!(too_big.status, StatusCode::BAD_REQUEST, "{}", too_big.text);
    assert_eq!(too_big.body["errors"][0]["pointer"], "/numberOfPeople");
    let first = app.call(Method::POST, &path, None, Some(json!({"name": "Een", "numberOfPeople": 3}))).await;
    assert_eq!(first.body["status"], "confirmed");
    let waiting = app.call(Method::POST, &path, None, Some(json!({"name": "Twee"}))).await;
    assert_eq!(waiting.body["status"], "waitlisted");
    let list = app.get(&format!("/api/v1/events/{id}/registrations?status=waitlisted"), &connector).await;
    let waiting_id = list.body["items"][0]["id"].as_str().unwrap();
    let check_in = app
        .patch(&format!("/api/v1/events/{id}/registrations/{waiting_id}"), &connector, json!({"checkedIn": true}))
        .await;
    assert_eq!(check_in.status, StatusCode::CONFLICT, "{}", check_in.text);
    assert_eq!(check_in.body["type"], "https://buurtverbinders.nl/problems/registration-not-confirmed");
    let series = app
        .patch(&format!("/api/v1/events/{id}"), &connector, json!({"recurrence": {"intervalWeeks": 1, "count": 3}}))
        .await;
    assert_eq!(series.status, StatusCode::CONFLICT, "{}", series.text);
    assert_eq!(series.body["type"], "https://buurtverbinders.nl/problems/has-registrations");

    // Moving a series to another weekday would drop its called-off date: refused, nothing changed.
    let mut body = event_body(&linde, "connector_meeting", None);
    body["startsAt"] = json!("2030-02-06T10:00:00+01:00");
    body["endsAt"] = json!("2030-02-06T12:00:00+01:00");
    body["recurrence"] = json!({"intervalWeeks": 1, "count": 4});
    let walk_in = app.post("/api/v1/events", &connector, body).await;
    let walk_in = walk_in.body["id"].as_str().unwrap().to_string();
    let cancelled = app
        .patch(
            &format!("/api/v1/events/{walk_in}/occurrences/2030-02-13"),
            &connector,
            json!({"status": "cancelled", "cancellationReason": "Dicht"}),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.text);
    let moved = app
        .patch(
            &format!("/api/v1/events/{walk_in}"),
            &connector,
            json!({"startsAt": "2030-02-07T10:00:00+01:00", "endsAt": "2030-02-07T12:00:00+01:00"}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::CONFLICT, "{}", moved.text);
    assert!(moved.body["detail"].as_str().unwrap().contains("2030-02-13"));
    let longer = app
        .patch(
            &format!("/api/v1/events/{walk_in}"),
            &connector,
            json!({"recurrence": {"intervalWeeks": 1, "count": 8}}),
        )
        .await;
    assert_eq!(longer.status, StatusCode::OK, "a longer series keeps its dates: {}", longer.text);

    // Another group's agenda is refused rather than shown empty; weak ETags revalidate too.
    let kastanje = app.group_by_slug(&connector, "buurtverbinders-kastanjeplein").await;
    let foreign = app
        .get(&format!("/api/v1/event-occurrences?from=2030-01-01&to=2030-03-01&groupId={kastanje}"), &connector)
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN, "{}", foreign.text);
    let foreign_events = app.get(&format!("/api/v1/events?groupId={kastanje}"), &connector).await;
    assert_eq!(foreign_events.status, StatusCode::FORBIDDEN, "the event list too: {}", foreign_events.text);
    let own = app.get(&format!("/api/v1/events?groupId={linde}"), &connector).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text);
    let feed = app.call(Method::GET, "/api/v1/public/calendar", None, None).await;
    let weak = format!("W/{}", feed.header("etag").unwrap());
    let again = app
        .send(actix_web::test::TestRequest::get().uri("/api/v1/public/calendar").insert_header(("if-none-match", weak)))
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
});

on_both!(the_page_promises_only_the_places_a_sign_up_gets, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(3))).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/public/events/{id}/registrations");
    let public = format!("/api/v1/public/events/{id}");
    let page = || app.call(Method::GET, &public, None, None);
    app.call(Method::POST, &path, None, Some(json!({"name": "Een", "numberOfPeople": 2}))).await;
    assert_eq!(page().await.body["placesLeft"], 1);
    // A party of two waits first in the queue: the one free place is theirs to wait for.
    let party = app.call(Method::POST, &path, None, Some(json!({"name": "Twee", "numberOfPeople": 2}))).await;
    assert_eq!(party.body["status"], "waitlisted");
    let shown = page().await;
    assert_eq!(shown.body["placesLeft"], 0, "no place is promised that a sign-up would not get: {}", shown.text);
    assert_eq!(shown.body["waitingListCount"], 1);
    let single = app.call(Method::POST, &path, None, Some(json!({"name": "Drie"}))).await;
    assert_eq!(single.body["status"], "waitlisted", "what the page said is what the sign-up got");
    assert_eq!(single.body["waitingListPosition"], 2);
});

on_both!(a_called_off_or_moved_event_tells_the_people_who_signed_up, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(1))).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/public/events/{id}/registrations");
    let first = app.call(Method::POST, &path, None, Some(json!({"name": "Joke"}))).await;
    let waiting = app.call(Method::POST, &path, None, Some(json!({"name": "Ahmed"}))).await;
    assert_eq!(first.body["eventStatus"], "scheduled");
    assert!(first.body["movedFrom"].is_null());
    let app = &app;
    let own = |token: &Value| {
        let path = format!("/api/v1/public/registrations/{}", token.as_str().unwrap());
        async move { app.call(Method::GET, &path, None, None).await }
    };

    // Moved an hour later: the sign-up and the public page say where it was first planned.
    let moved = app
        .patch(
            &format!("/api/v1/events/{id}"),
            &connector,
            json!({"startsAt": "2030-05-14T18:30:00+02:00", "endsAt": "2030-05-14T21:00:00+02:00"}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text);
    let mine = own(&first.body["token"]).await;
    assert_eq!(mine.body["startsAt"], "2030-05-14T18:30:00+02:00");
    assert_eq!(mine.body["movedFrom"], "2030-05-14T17:30:00+02:00", "{}", mine.text);
    let public = app.call(Method::GET, &format!("/api/v1/public/events/{id}"), None, None).await;
    assert_eq!(public.body["movedFrom"], "2030-05-14T17:30:00+02:00");
    // A second move keeps the first plan; moving back forgets it.
    app.patch(
        &format!("/api/v1/events/{id}"),
        &connector,
        json!({"startsAt": "2030-05-14T19:00:00+02:00", "endsAt": "2030-05-14T21:00:00+02:00"}),
    )
    .await;
    assert_eq!(own(&first.body["token"]).await.body["movedFrom"], "2030-05-14T17:30:00+02:00");
    let feed = app.call(Method::GET, "/api/v1/public/calendar", None, None).await;
    let unfolded = feed.text.replace("\r\n ", "");
    assert!(unfolded.contains("Verplaatst: eerst gepland op 14-05-2030 om 17:30."), "{unfolded}");
    let back = app
        .patch(
            &format!("/api/v1/events/{id}"),
            &connector,
            json!({"startsAt": "2030-05-14T17:30:00+02:00", "endsAt": "2030-05-14T20:00:00+02:00"}),
        )
        .await;
    assert_eq!(back.status, StatusCode::OK, "{}", back.text);
    assert!(own(&first.body["token"]).await.body["movedFrom"].is_null());
    assert_eq!(count(&mut app.conn(), "events", &format!("id = '{id}' AND moved_from IS NULL")), 1);

    // Called off: the confirmed and the waiting resident both read it, with the reason.
    let call_off = app
        .patch(
            &format!("/api/v1/events/{id}"),
            &connector,
            json!({"status": "cancelled", "cancellationReason": "De zaal is onder water gelopen"}),
        )
        .await;
    assert_eq!(call_off.status, StatusCode::OK, "{}", call_off.text);
    for token in [&first.body["token"], &waiting.body["token"]] {
        let mine = own(token).await;
        assert_eq!(mine.body["eventStatus"], "cancelled", "{}", mine.text);
        assert_eq!(mine.body["cancellationReason"], "De zaal is onder water gelopen");
    }
    assert_eq!(own(&waiting.body["token"]).await.body["status"], "waitlisted", "the sign-up itself is kept");
    let feed = app.call(Method::GET, "/api/v1/public/calendar", None, None).await;
    let unfolded = feed.text.replace("\r\n ", "");
    assert!(unfolded.contains("Afgelast: De zaal is onder water gelopen"), "{unfolded}");
    assert!(feed.text.contains("STATUS:CANCELLED"));
});

on_both!(one_public_event_goes_into_a_calendar_with_the_feeds_uid, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", None)).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let ics = app.call(Method::GET, &format!("/api/v1/public/events/{id}/calendar"), None, None).await;
    assert_eq!(ics.status, StatusCode::OK, "{}", ics.text);
    assert!(ics.header("content-type").unwrap().starts_with("text/calendar"));
    assert!(ics.header("etag").is_some());
    let uid = format!("UID:event-{id}@buurtverbinders");
    assert_eq!(ics.text.matches("BEGIN:VEVENT").count(), 1, "{}", ics.text);
    assert!(ics.text.contains(&uid));
    let feed = app.call(Method::GET, "/api/v1/public/calendar", None, None).await;
    assert!(feed.text.contains(&uid), "the same UID as in the feed");
    let dates = expand_ics(&ics.text, "2030-05-01", "2030-05-31");
    assert_eq!(dates.len(), 1, "{dates:?}");
    assert!(dates[0].starts_with("2030-05-14T17:30:00+02:00"), "{dates:?}");

    // A members-only event has no public calendar entry.
    let mut private = event_body(&linde, "gathering", None);
    private["visibility"] = json!("members");
    let private = app.post("/api/v1/events", &connector, private).await;
    let private = private.body["id"].as_str().unwrap();
    let hidden = app.call(Method::GET, &format!("/api/v1/public/events/{private}/calendar"), None, None).await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND, "{}", hidden.text);
    assert_eq!(hidden.header("content-type").unwrap(), "application/problem+json");
});

on_both!(members_record_a_sign_up_that_came_by_phone_and_cancel_it, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&connector, "buurtverbinders-de-linde").await;
    let created = app.post("/api/v1/events", &connector, event_body(&linde, "activity", Some(2))).await;
    let id = created.body["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/events/{id}/registrations");

    let phoned = app
        .post(
            &path,
            &connector,
            json!({"name": "Mevrouw Jansen", "numberOfPeople": 2, "phone": "06 1234 5678", "contactConsent": true}),
        )
        .await;
    assert_eq!(phoned.status, StatusCode::CREATED, "{}", phoned.text);
    assert_eq!(phoned.body["status"], "confirmed");
    assert_eq!(phoned.body["phone"], "06 1234 5678", "members see what they wrote down");
    assert!(phoned.body.get("token").is_none(), "no personal link: members cancel for the resident");
    let location = phoned.header("location").unwrap().to_string();
    assert!(location.ends_with(phoned.body["id"].as_str().unwrap()), "{location}");
    let waiting = app.post(&path, &coordinator, json!({"name": "Meneer Bakker"})).await;
    assert_eq!(waiting.status, StatusCode::CREATED, "{}", waiting.text);
    assert_eq!(waiting.body["status"], "waitlisted");
    assert_eq!(waiting.body["waitingListPosition"], 1);
    // The same rules as the public sign-up, all problems at once; nothing stored.
    let bad = app.post(&path, &connector, json!({"name": "Zonder toestemming", "phone": "06 8765 4321"})).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    assert_eq!(bad.body["errors"][0]["pointer"], "/contactConsent");

    // A member of another group may not.
    let kastanje = app.group_by_slug(&coordinator, "buurtverbinders-kastanjeplein").await;
    let members = app.get(&format!("/api/v1/groups/{kastanje}/members"), &coordinator).await;
    let person = members.body["items"][0]["personId"].as_str().unwrap().to_string();
    let other = app.account("esra@example.org", "connector", Some(&person)).await;
    let refused = app.post(&path, &other, json!({"name": "Iemand"})).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    assert_eq!(count(&mut app.conn(), "registrations", &format!("event_id = '{id}'")), 2);

    // Cancelled for the resident: the place goes to the next in line.
    let cancel = app
        .patch(&format!("{path}/{}", phoned.body["id"].as_str().unwrap()), &connector, json!({"status": "cancelled"}))
        .await;
    assert_eq!(cancel.status, StatusCode::OK, "{}", cancel.text);
    assert_eq!(cancel.body["status"], "cancelled");
    let moved_up = app.get(&format!("{path}?status=confirmed"), &connector).await;
    assert_eq!(moved_up.body["items"][0]["name"], "Meneer Bakker");

    // A members-only event takes no sign-ups, by phone neither.
    let mut private = event_body(&linde, "gathering", None);
    private["visibility"] = json!("members");
    let private = app.post("/api/v1/events", &connector, private).await;
    let closed = app
        .post(
            &format!("/api/v1/events/{}/registrations", private.body["id"].as_str().unwrap()),
            &connector,
            json!({"name": "X"}),
        )
        .await;
    assert_eq!(closed.status, StatusCode::CONFLICT, "{}", closed.text);
    assert_eq!(closed.body["type"], "https://buurtverbinders.nl/problems/registration-closed");
});
