//! Members' time (issue 14): a member logs their own time and for a member without an account,
//! only the author corrects an entry, a connector never sees another member's entries, another
//! group's professional sees nothing, the weeks turn at midnight in Amsterdam (also in the week
//! summer time ends) and the demo's weeks show their signals — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

fn pointers(body: &Value) -> Vec<String> {
    let mut pointers: Vec<String> =
        body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap().to_string()).collect();
    pointers.sort();
    pointers
}

/// The id of a person of the demo by name.
async fn person<S, B>(app: &TestApp<S>, token: &str, name: &str) -> String
where
    S: actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<B>,
        Error = actix_web::Error,
    >,
    B: actix_web::body::MessageBody,
{
    let found = app.get(&format!("/api/v1/people?name={}", name.replace(' ', "%20")), token).await;
    found.body["items"][0]["id"].as_str().unwrap_or_else(|| panic!("no {name}: {}", found.text)).to_string()
}

fn yesterday() -> String {
    (chrono::Utc::now().date_naive() - chrono::Duration::days(1)).to_string()
}

on_both!(a_member_logs_their_time_and_that_of_a_member_without_an_account, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let anouk = app.login("connector@example.org").await;
    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&anouk, "buurtverbinders-de-linde").await;
    let fatma = person(&app, &coordinator, "Fatma Yilmaz").await;
    let petra = person(&app, &coordinator, "Petra Smulders").await;
    let before = count(&mut app.conn(), "time_entries", "1 = 1");

    let own = app
        .post("/api/v1/time-entries", &anouk, json!({"groupId": linde, "date": yesterday(), "duration": "1:30", "activity": "walk_in_hour", "note": "  Koffie geschonken. "}))
        .await;
    assert_eq!(own.status, StatusCode::CREATED, "{}", own.text);
    assert_eq!((own.body["minutes"].as_i64(), own.body["duration"].as_str()), (Some(90), Some("1:30")));
    assert_eq!(own.body["note"], "Koffie geschonken.");
    assert_eq!((own.body["enteredForMember"].as_bool(), own.body["mayChange"].as_bool()), (Some(false), Some(true)));
    assert_eq!(own.header("location").unwrap(), format!("/api/v1/time-entries/{}", own.body["id"].as_str().unwrap()));

    // Fatma has no account: a member of her group logs for her, and the entry says who did.
    let for_fatma = app
        .post(
            "/api/v1/time-entries",
            &anouk,
            json!({"groupId": linde, "personId": fatma, "date": yesterday(), "duration": "2", "activity": "meeting"}),
        )
        .await;
    assert_eq!(for_fatma.status, StatusCode::CREATED, "{}", for_fatma.text);
    assert_eq!(for_fatma.body["personName"], "Fatma Yilmaz");
    assert_eq!(for_fatma.body["enteredByName"], "Anouk Verbeek");
    assert_eq!(for_fatma.body["enteredForMember"], true);
    // Petra has an account: she logs her own.
    let for_petra = app
        .post("/api/v1/time-entries", &anouk, json!({"groupId": linde, "personId": petra, "date": yesterday(), "duration": "1:00", "activity": "meeting"}))
        .await;
    assert_eq!(for_petra.status, StatusCode::FORBIDDEN, "{}", for_petra.text);
    // "Nothing this week" is an entry of its own.
    let nothing = app
        .post("/api/v1/time-entries", &anouk, json!({"groupId": linde, "date": yesterday(), "nothingThisWeek": true}))
        .await;
    assert_eq!(nothing.status, StatusCode::CREATED, "{}", nothing.text);
    assert_eq!((nothing.body["minutes"].as_i64(), nothing.body["activity"].is_null()), (Some(0), true));

    // Every problem at once, and nothing written.
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(2)).to_string();
    let bad = app
        .post(
            "/api/v1/time-entries",
            &anouk,
            json!({"groupId": linde, "date": tomorrow, "duration": "1:75", "eventId": uuid::Uuid::now_v7()}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.text);
    assert_eq!(pointers(&bad.body), vec!["/activity", "/date", "/duration"], "{}", bad.text);
    assert!(bad.text.contains("up to 59"), "{}", bad.text);
    // References are checked once the body is right.
    let unknown = app
        .post("/api/v1/time-entries", &anouk, json!({"groupId": linde, "date": yesterday(), "duration": "1:00", "activity": "event", "eventId": uuid::Uuid::now_v7(), "questionId": uuid::Uuid::now_v7()}))
        .await;
    assert_eq!(pointers(&unknown.body), vec!["/eventId", "/questionId"], "{}", unknown.text);
    for (duration, words) in
        [("anderhalf", "hours and minutes"), ("0:00", "at least one minute"), ("25:00", "At most 24:00")]
    {
        let reply = app
            .post(
                "/api/v1/time-entries",
                &anouk,
                json!({"groupId": linde, "date": yesterday(), "duration": duration, "activity": "other"}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{duration}: {}", reply.text);
        assert!(reply.text.contains(words), "{duration}: {}", reply.text);
    }
    let both = app
        .post(
            "/api/v1/time-entries",
            &anouk,
            json!({"groupId": linde, "date": yesterday(), "nothingThisWeek": true, "duration": "1:00"}),
        )
        .await;
    assert_eq!(pointers(&both.body), vec!["/duration"], "{}", both.text);
    assert_eq!(count(&mut app.conn(), "time_entries", "1 = 1"), before + 3, "only the three good entries");
    // Who wrote Fatma's entries is stored: Anouk, every one (the demo's and this one).
    let by_anouk = count(
        &mut app.conn(),
        "time_entries",
        &format!(
            "person_id = '{fatma}' AND entered_by = (SELECT id FROM accounts WHERE email = 'connector@example.org')"
        ),
    );
    assert!(by_anouk > 1);
    assert_eq!(by_anouk, count(&mut app.conn(), "time_entries", &format!("person_id = '{fatma}'")));
});

on_both!(only_the_author_corrects_and_a_connector_sees_only_their_own, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let anouk = app.login("connector@example.org").await;
    let petra = app.login("professional@example.org").await;
    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&anouk, "buurtverbinders-de-linde").await;
    let noor = person(&app, &coordinator, "Noor el Amrani").await;

    // Anouk lists hers and Fatma's (whom she logs for), never Noor's (logged by the coordinator).
    let listed = app.get("/api/v1/time-entries?pageSize=100", &anouk).await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.text);
    let names: std::collections::BTreeSet<&str> =
        listed.body["items"].as_array().unwrap().iter().map(|e| e["personName"].as_str().unwrap()).collect();
    assert_eq!(names.into_iter().collect::<Vec<_>>(), vec!["Anouk Verbeek", "Fatma Yilmaz"], "{}", listed.text);
    let of_group = app.get(&format!("/api/v1/time-entries?groupId={linde}&personId={noor}"), &anouk).await;
    assert_eq!(of_group.body["items"], json!([]), "a connector never sees another member's entries");
    let noors = app.get(&format!("/api/v1/time-entries?groupId={linde}&personId={noor}&pageSize=100"), &petra).await;
    assert!(!noors.body["items"].as_array().unwrap().is_empty(), "the group's professional sees them: {}", noors.text);
    let noor_entry = noors.body["items"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(app.get(&format!("/api/v1/time-entries/{noor_entry}"), &anouk).await.status, StatusCode::NOT_FOUND);

    // Another group's professional sees nothing of De Linde.
    let lotte = person(&app, &coordinator, "Lotte Dekker").await;
    let other = app.account("lotte@example.org", "professional", Some(&lotte)).await;
    assert_eq!(app.get(&format!("/api/v1/groups/{linde}/time-weeks"), &other).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&format!("/api/v1/time-entries/{noor_entry}"), &other).await.status, StatusCode::NOT_FOUND);
    let nothing = app.get(&format!("/api/v1/time-entries?groupId={linde}"), &other).await;
    assert_eq!(nothing.body["items"], json!([]), "{}", nothing.text);

    // Only the author corrects: the professional may read the entry, not change it.
    let mine = app
        .post(
            "/api/v1/time-entries",
            &anouk,
            json!({"groupId": linde, "date": yesterday(), "duration": "1:00", "activity": "interview"}),
        )
        .await;
    let path = format!("/api/v1/time-entries/{}", mine.body["id"].as_str().unwrap());
    let etag = mine.header("etag").unwrap().to_string();
    assert_eq!(app.patch(&path, &petra, json!({"duration": "2:00"})).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.patch(&path, &coordinator, json!({"duration": "2:00"})).await.status, StatusCode::FORBIDDEN);
    let stale = app.patch_if_match(&path, &anouk, "\"stale\"", json!({"duration": "2:00"})).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let same = app.patch_if_match(&path, &anouk, &etag, json!({"duration": "1:00"})).await;
    assert_eq!((same.status, same.header("etag")), (StatusCode::OK, Some(etag.as_str())), "a no-op writes nothing");
    let fixed =
        app.patch_if_match(&path, &anouk, &etag, json!({"duration": "1:45", "note": "Met buurvrouw Jansen."})).await;
    assert_eq!(fixed.status, StatusCode::OK, "{}", fixed.text);
    assert_eq!(
        (fixed.body["minutes"].as_i64(), fixed.body["note"].as_str()),
        (Some(105), Some("Met buurvrouw Jansen."))
    );
    let wrong = app.patch(&path, &anouk, json!({"duration": "1:5", "date": null})).await;
    assert_eq!(pointers(&wrong.body), vec!["/date", "/duration"], "{}", wrong.text);
    let stale_delete = app
        .send(
            actix_web::test::TestRequest::delete()
                .uri(&path)
                .insert_header(("authorization", format!("Bearer {anouk}")))
                .insert_header(("if-match", etag.as_str())),
        )
        .await;
    assert_eq!(stale_delete.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(app.call(Method::DELETE, &path, Some(&petra), None).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.call(Method::DELETE, &path, Some(&anouk), None).await.status, StatusCode::NO_CONTENT);
    let id = path.rsplit('/').next().unwrap();
    assert_eq!(count(&mut app.conn(), "time_entries", &format!("id = '{id}'")), 0);
});

on_both!(the_weeks_show_the_band_and_the_signals_to_whoever_looks_after_the_group, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let anouk = app.login("connector@example.org").await;
    let petra = app.login("professional@example.org").await;
    let linde = app.group_by_slug(&anouk, "buurtverbinders-de-linde").await;

    let weeks = app.get(&format!("/api/v1/groups/{linde}/time-weeks"), &petra).await;
    assert_eq!(weeks.status, StatusCode::OK, "{}", weeks.text);
    assert_eq!(
        (weeks.body["bandMinimumMinutes"].as_i64(), weeks.body["bandMaximumMinutes"].as_i64()),
        (Some(120), Some(240))
    );
    assert_eq!(weeks.body["looksAfter"], true);
    assert_eq!(weeks.body["weeks"].as_array().unwrap().len(), 8);
    let members = weeks.body["members"].as_array().unwrap();
    let names: Vec<&str> = members.iter().map(|m| m["name"].as_str().unwrap()).collect();
    // The residents, by name, never by hours.
    assert_eq!(names, vec!["Anouk Verbeek", "Bram Hoekstra", "Fatma Yilmaz", "Gerrit van Dalen", "Noor el Amrani"]);
    let signals = |name: &str| -> Vec<String> {
        let member = members.iter().find(|m| m["name"] == name).unwrap();
        member["signals"].as_array().unwrap().iter().map(|s| s["kind"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(signals("Noor el Amrani"), vec!["overload"]);
    assert_eq!(signals("Gerrit van Dalen"), vec!["drop_off"]);
    assert!(signals("Anouk Verbeek").is_empty() && signals("Fatma Yilmaz").is_empty());
    let gerrit = members.iter().find(|m| m["name"] == "Gerrit van Dalen").unwrap();
    assert_eq!(gerrit["signals"][0]["weeks"].as_array().unwrap().len(), 3);
    assert_eq!(gerrit["weeks"].as_array().unwrap().last().unwrap()["position"], "no_entry");
    assert_eq!(weeks.body["currentWeek"], weeks.body["weeks"].as_array().unwrap().last().unwrap()["week"]);

    // A connector sees the group's totals and only their own weeks, without signals.
    let own = app.get(&format!("/api/v1/groups/{linde}/time-weeks?weeks=12"), &anouk).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text);
    assert_eq!(own.body["looksAfter"], false);
    assert_eq!(own.body["weeks"].as_array().unwrap().len(), 12);
    assert_eq!(own.body["members"].as_array().unwrap().len(), 1);
    assert_eq!(own.body["members"][0]["name"], "Anouk Verbeek");
    assert_eq!(own.body["members"][0]["signals"], json!([]));
    assert!(!own.text.contains("Noor"), "{}", own.text);
    for bad in ["weeks=0", "weeks=27", "weeks=x", "week=3"] {
        let reply = app.get(&format!("/api/v1/groups/{linde}/time-weeks?{bad}"), &anouk).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{bad}: {}", reply.text);
    }
});

on_both!(an_event_late_on_sunday_is_last_week_and_early_on_monday_the_next, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let anouk = app.login("connector@example.org").await;
    let linde = app.group_by_slug(&anouk, "buurtverbinders-de-linde").await;
    // 29 November 2026 is a Sunday; 25 October 2026 the Sunday summer time ends.
    for (starts, ends, date, week) in [
        ("2026-11-29T23:30:00+01:00", "2026-11-29T23:55:00+01:00", "2026-11-29", "2026-W48"),
        ("2026-11-30T00:30:00+01:00", "2026-11-30T01:30:00+01:00", "2026-11-30", "2026-W49"),
        ("2026-10-25T23:30:00+01:00", "2026-10-25T23:59:00+01:00", "2026-10-25", "2026-W43"),
        ("2026-10-26T00:30:00+01:00", "2026-10-26T01:00:00+01:00", "2026-10-26", "2026-W44"),
    ] {
        let event = app
            .post(
                "/api/v1/events",
                &anouk,
                json!({"type": "activity", "title": format!("Nachtwandeling {date}"), "groupId": linde,
                   "startsAt": starts, "endsAt": ends, "location": {"name": "Lindeplein"}, "visibility": "members"}),
            )
            .await;
        assert_eq!(event.status, StatusCode::CREATED, "{}", event.text);
        let entry = app
            .post(
                "/api/v1/time-entries",
                &anouk,
                json!({"groupId": linde, "eventId": event.body["id"], "duration": "0:30", "activity": "event"}),
            )
            .await;
        assert_eq!(entry.status, StatusCode::CREATED, "{starts}: {}", entry.text);
        assert_eq!((entry.body["date"].as_str(), entry.body["week"].as_str()), (Some(date), Some(week)), "{starts}");
    }
    // A weekly series does not say which date: give it.
    let series = app.get(&format!("/api/v1/events?groupId={linde}&pageSize=100"), &anouk).await.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["recurrence"].is_object())
        .map(|e| e["id"].clone())
        .unwrap();
    let reply = app
        .post(
            "/api/v1/time-entries",
            &anouk,
            json!({"groupId": linde, "eventId": series, "duration": "2:00", "activity": "walk_in_hour"}),
        )
        .await;
    assert_eq!(pointers(&reply.body), vec!["/date"], "{}", reply.text);
});
