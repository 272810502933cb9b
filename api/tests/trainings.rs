//! Trainings planned with their participants: the whole flow from creation to completion,
//! personal answer links, access, invalid input and the calendar feed — on both databases.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use common::*;
use serde_json::{json, Value};

/// Creates a training with a group's members as participants and the given days as options.
async fn training_with_options<S, B>(app: &TestApp<S>, token: &str, days: &[&str]) -> (String, Vec<String>, Value)
where
    S: actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<B>,
        Error = actix_web::Error,
    >,
    B: actix_web::body::MessageBody,
{
    let created =
        app.post("/api/v1/trainings", token, json!({"title": "Voorjaarstraining", "location": "Bibliotheek"})).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["requiredDays"], 3);
    assert_eq!(created.body["status"], "planning");
    assert_eq!(created.body["topics"].as_array().unwrap().len(), 4, "the programme's four topics");
    let id = created.body["id"].as_str().unwrap().to_string();
    let groups = app.get("/api/v1/groups?status=forming", token).await;
    let kastanje = groups.body["items"][0]["id"].as_str().unwrap();
    let added = app.post(&format!("/api/v1/trainings/{id}/participants"), token, json!({"groupId": kastanje})).await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    assert_eq!(added.body.as_array().unwrap().len(), 5, "the whole group in one call");
    let again = app.post(&format!("/api/v1/trainings/{id}/participants"), token, json!({"groupId": kastanje})).await;
    assert_eq!(again.body.as_array().unwrap().len(), 5, "people taking part already are skipped");
    let mut options = Vec::new();
    for day in days {
        let option = app
            .post(
                &format!("/api/v1/trainings/{id}/date-options"),
                token,
                json!({"date": day, "startTime": "09:30", "endTime": "16:00"}),
            )
            .await;
        assert_eq!(option.status, StatusCode::CREATED, "{}", option.text);
        options.push(option.body["id"].as_str().unwrap().to_string());
    }
    (id, options, added.body)
}

on_both!(the_whole_flow_from_planning_to_completion, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let days = ["2027-03-06", "2027-03-13", "2027-03-20", "2027-03-27"];
    let (id, options, participants) = training_with_options(&app, &token, &days).await;
    let participants: Vec<(String, String, String)> = participants
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().into(),
                p["personName"].as_str().unwrap().into(),
                p["answerToken"].as_str().unwrap().into(),
            )
        })
        .collect();
    // Four answer through their personal link; the fifth tells the coordinator by phone.
    let answers = ["yyny", "yynm", "ymyy", "yyny"];
    for ((_, _, answer_token), row) in participants.iter().zip(answers) {
        let body = json!({"answers": options.iter().zip(row.chars()).map(|(o, a)| json!({
            "optionId": o, "answer": match a { 'y' => "yes", 'm' => "if_need_be", _ => "no" }
        })).collect::<Vec<_>>()});
        let reply =
            app.call(Method::PUT, &format!("/api/v1/invitations/{answer_token}/availability"), None, Some(body)).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    }
    let (fifth, _, _) = &participants[4];
    let by_phone = json!({"answers": [{"optionId": options[0], "answer": "yes"}, {"optionId": options[1], "answer": "yes"}, {"optionId": options[3], "answer": "yes"}]});
    let recorded = app
        .call(
            Method::PUT,
            &format!("/api/v1/trainings/{id}/participants/{fifth}/availability"),
            Some(&token),
            Some(by_phone),
        )
        .await;
    assert_eq!(recorded.status, StatusCode::OK, "{}", recorded.text);
    assert_eq!(recorded.body["rows"].as_array().unwrap().len(), 5);
    assert_eq!(
        count(&mut app.conn(), "training_availability", "1 = 1") - 6 * 5,
        19,
        "16 by link + 3 by phone, beside the demo answers"
    );

    // Days 1, 2 and 4 suit all five; day 3 is a no for three of them.
    let proposal = app.get(&format!("/api/v1/trainings/{id}/proposal"), &token).await;
    assert_eq!(proposal.status, StatusCode::OK);
    let best = &proposal.body["sets"][0];
    assert_eq!(best["optionIds"], json!([options[0], options[1], options[3]]));
    assert_eq!(best["attendees"], 5);
    assert_eq!(best["ifNeedBeAnswers"], 2);
    assert_eq!(best["cannotAttend"], json!([]));
    // Every other set holds day 3, which only the third participant can make (and all days).
    let runner_up = &proposal.body["sets"][1];
    assert_eq!(runner_up["optionIds"], json!([options[0], options[2], options[3]]));
    assert_eq!(runner_up["attendees"], 1);
    assert_eq!(runner_up["cannotAttend"].as_array().unwrap().len(), 4, "runners-up name who cannot come");

    let confirmed =
        app.post(&format!("/api/v1/trainings/{id}/confirm"), &token, json!({"optionIds": best["optionIds"]})).await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.text);
    let sessions = confirmed.body.as_array().unwrap().clone();
    assert_eq!(
        sessions.iter().map(|s| s["date"].as_str().unwrap()).collect::<Vec<_>>(),
        vec![days[0], days[1], days[3]]
    );
    assert_eq!(sessions.iter().map(|s| s["dayNumber"].as_i64().unwrap()).collect::<Vec<_>>(), vec![1, 2, 3]);
    assert_eq!(app.get(&format!("/api/v1/trainings/{id}"), &token).await.body["status"], "scheduled");
    let late = app
        .call(
            Method::PUT,
            &format!("/api/v1/invitations/{}/availability", participants[0].2),
            None,
            Some(json!({"answers": []})),
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT, "no answers once scheduled");

    // Move day 2 to another date: answers on the original options stay.
    let moved = app
        .patch(
            &format!("/api/v1/trainings/{id}/sessions/{}", sessions[1]["id"].as_str().unwrap()),
            &token,
            json!({"date": "2027-03-14", "startTime": "10:00", "endTime": "15:30"}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.text);
    assert_eq!(moved.body[1]["date"], "2027-03-14");
    assert_eq!(count(&mut app.conn(), "training_availability", &format!("option_id = '{}'", options[1])), 5);

    // Attendance is what happened: a day still to come has none.
    let ahead = app
        .call(
            Method::PUT,
            &format!("/api/v1/trainings/{id}/sessions/{}/attendance", sessions[0]["id"].as_str().unwrap()),
            Some(&token),
            Some(json!({"records": [{"participantId": participants[0].0, "status": "present"}]})),
        )
        .await;
    assert_eq!(ahead.status, StatusCode::CONFLICT, "{}", ahead.text);
    assert_eq!(ahead.body["type"], "https://buurtverbinders.nl/problems/session-not-held");
    assert_eq!(count(&mut app.conn(), "training_attendance", &format!("participant_id = '{}'", participants[0].0)), 0);
    // The days pass (the clock cannot move in a test, so the days move back instead).
    for (day, session) in sessions.iter().enumerate() {
        use diesel::RunQueryDsl;
        let id = session["id"].as_str().unwrap();
        diesel::sql_query(format!("UPDATE training_sessions SET date = '2026-03-0{}' WHERE id = '{id}'", day + 1))
            .execute(&mut app.conn())
            .unwrap();
    }

    // Attendance: everyone present every day except the second participant on day 3.
    for (day, session) in sessions.iter().enumerate() {
        let records: Vec<Value> = participants
            .iter()
            .enumerate()
            .map(|(i, (pid, _, _))| json!({"participantId": pid, "status": if day == 2 && i == 1 { "absent" } else { "present" }}))
            .collect();
        let path = format!("/api/v1/trainings/{id}/sessions/{}/attendance", session["id"].as_str().unwrap());
        let reply = app.call(Method::PUT, &path, Some(&token), Some(json!({"records": records}))).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        assert!(reply.body["records"].as_array().unwrap().iter().all(|r| !r["status"].is_null()));
    }
    let training = app.get(&format!("/api/v1/trainings/{id}"), &token).await;
    assert_eq!(training.body["participantCount"], 5);
    assert_eq!(training.body["completedCount"], 4);
    let list = app.get(&format!("/api/v1/trainings/{id}/participants"), &token).await;
    let absent = list.body.as_array().unwrap().iter().find(|p| p["id"] == participants[1].0.as_str()).unwrap();
    assert_eq!((absent["daysPresent"].as_i64(), absent["completed"].as_bool()), (Some(2), Some(false)));
    // Completion shows on the person and on the group composition.
    let person = app.get(&format!("/api/v1/people/{}", list.body[0]["personId"].as_str().unwrap()), &token).await;
    assert_eq!(person.body["trainingCompleted"], list.body[0]["completed"]);
    let kastanje = &app.get("/api/v1/groups?status=forming", &token).await.body["items"][0];
    assert_eq!(kastanje["composition"]["untrainedMembers"], 1);
    let done = app.patch(&format!("/api/v1/trainings/{id}"), &token, json!({"status": "completed"})).await;
    assert_eq!(done.status, StatusCode::OK);
    let back = app.patch(&format!("/api/v1/trainings/{id}"), &token, json!({"status": "planning"})).await;
    assert_eq!(back.status, StatusCode::CONFLICT);
});

on_both!(personal_links_show_only_their_own_answers, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let (id, options, participants) =
        training_with_options(&app, &token, &["2027-04-01", "2027-04-08", "2027-04-15"]).await;
    let first = participants[0]["answerToken"].as_str().unwrap();
    let second = participants[1]["answerToken"].as_str().unwrap();
    assert!(first.len() >= 43, "256 bits");
    let body = json!({"answers": [{"optionId": options[0], "answer": "no"}]});
    app.call(Method::PUT, &format!("/api/v1/invitations/{second}/availability"), None, Some(body)).await;
    let mine = app.call(Method::GET, &format!("/api/v1/invitations/{first}"), None, None).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.body["trainingTitle"], "Voorjaarstraining");
    assert!(mine.body["options"].as_array().unwrap().iter().all(|o| o["answer"].is_null()), "not the other's answer");
    let second_name = participants[1]["personName"].as_str().unwrap();
    assert!(!mine.text.contains(second_name), "no other participant's name");
    assert!(!mine.text.contains("@example.org"), "no contact details");

    // Wrong tokens, tokens of another training's option, a removed participant.
    let wrong = app.call(Method::GET, "/api/v1/invitations/not-a-real-token", None, None).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    let (other_id, other_options, _) =
        training_with_options(&app, &token, &["2027-05-01", "2027-05-08", "2027-05-15"]).await;
    assert_ne!(other_id, id);
    let foreign = json!({"answers": [{"optionId": other_options[0], "answer": "yes"}, {"optionId": options[1], "answer": "yes"}, {"optionId": other_options[1], "answer": "yes"}]});
    let reply = app.call(Method::PUT, &format!("/api/v1/invitations/{first}/availability"), None, Some(foreign)).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["/answers/0/optionId", "/answers/2/optionId"]);
    assert_eq!(
        count(&mut app.conn(), "training_availability", &format!("option_id = '{}'", options[1])),
        0,
        "nothing stored"
    );
    let removed = participants[0]["id"].as_str().unwrap();
    let gone =
        app.call(Method::DELETE, &format!("/api/v1/trainings/{id}/participants/{removed}"), Some(&token), None).await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.call(Method::GET, &format!("/api/v1/invitations/{first}"), None, None).await.status,
        StatusCode::NOT_FOUND
    );
});

on_both!(connectors_see_only_their_own_trainings, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await; // De Linde: took the completed training
    let coordinator = app.login("coordinator@example.org").await;
    let mine = app.get("/api/v1/trainings", &connector).await;
    let titles: Vec<&str> =
        mine.body["items"].as_array().unwrap().iter().map(|t| t["title"].as_str().unwrap()).collect();
    assert_eq!(titles, vec!["Training buurtverbinders voorjaar 2026"]);
    let all = app.get("/api/v1/trainings", &coordinator).await;
    let planning = all.body["items"].as_array().unwrap().iter().find(|t| t["status"] == "planning").unwrap();
    let planning_id = planning["id"].as_str().unwrap();
    for path in ["", "/participants", "/availability", "/proposal", "/date-options", "/sessions"] {
        let reply = app.get(&format!("/api/v1/trainings/{planning_id}{path}"), &connector).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{path}");
        assert!(!reply.text.contains("Esra"), "{path} leaks a participant");
    }
    // Participants see their training, but not the personal tokens; they cannot change it.
    let own_id = titles.first().map(|_| mine.body["items"][0]["id"].as_str().unwrap()).unwrap();
    let participants = app.get(&format!("/api/v1/trainings/{own_id}/participants"), &connector).await;
    assert_eq!(participants.status, StatusCode::OK);
    assert!(participants.body.as_array().unwrap().iter().all(|p| p["answerToken"].is_null()));
    let change = app.patch(&format!("/api/v1/trainings/{own_id}"), &connector, json!({"title": "Mijn training"})).await;
    assert_eq!(change.status, StatusCode::FORBIDDEN);
    // The demo data: a completed training where one member missed a day.
    let own = app.get(&format!("/api/v1/trainings/{own_id}"), &connector).await;
    assert_eq!((own.body["participantCount"].as_i64(), own.body["completedCount"].as_i64()), (Some(7), Some(6)));
    let linde = app.get("/api/v1/groups?status=active", &connector).await;
    assert_eq!(linde.body["items"][0]["composition"]["untrainedMembers"], 1);
    let proposal = app.get(&format!("/api/v1/trainings/{planning_id}/proposal"), &coordinator).await;
    assert_eq!(proposal.body["sets"].as_array().unwrap().len(), 5);
    // The first three demo days suit five; Henk cannot come on the first, two have not answered.
    assert_eq!(proposal.body["sets"][0]["attendees"], 5);
    assert_eq!(proposal.body["sets"][0]["cannotAttend"], json!(["Henk Jacobs", "Karin Peeters", "Lotte Dekker"]));
});

on_both!(invalid_dates_and_choices_list_every_problem, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let (id, options, _) = training_with_options(&app, &token, &["2027-06-01", "2027-06-08", "2027-06-15"]).await;
    let bad = app
        .post(
            &format!("/api/v1/trainings/{id}/date-options"),
            &token,
            json!({"date": "2027-13-01", "startTime": "9h", "endTime": "25:00"}),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let mut pointers: Vec<&str> =
        bad.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    pointers.sort();
    assert_eq!(pointers, vec!["/date", "/endTime", "/startTime"]);
    let reversed = app
        .post(
            &format!("/api/v1/trainings/{id}/date-options"),
            &token,
            json!({"date": "2027-06-22", "startTime": "16:00", "endTime": "09:00"}),
        )
        .await;
    assert_eq!(reversed.status, StatusCode::BAD_REQUEST);
    assert_eq!(reversed.body["errors"][0]["pointer"], "/endTime");
    assert_eq!(reversed.body["errors"][0]["code"], "range");
    // A day outside any option, and too few days.
    let outside = app
        .post(
            &format!("/api/v1/trainings/{id}/confirm"),
            &token,
            json!({"optionIds": [options[0], uuid::Uuid::now_v7()]}),
        )
        .await;
    assert_eq!(outside.status, StatusCode::BAD_REQUEST);
    let pointers: Vec<&str> =
        outside.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["/optionIds", "/optionIds/1"]);
    assert_eq!(count(&mut app.conn(), "training_sessions", &format!("training_id = '{id}'")), 0);
    let bad_training =
        app.post("/api/v1/trainings", &token, json!({"title": "", "requiredDays": 0, "topics": [""]})).await;
    let mut pointers: Vec<&str> =
        bad_training.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    pointers.sort();
    assert_eq!(pointers, vec!["/requiredDays", "/title", "/topics"]);
});

on_both!(the_calendar_feed_parses_and_keeps_its_uids, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let (id, options, participants) =
        training_with_options(&app, &token, &["2027-03-27", "2027-03-28", "2027-04-03"]).await;
    app.post(&format!("/api/v1/trainings/{id}/confirm"), &token, json!({"optionIds": options})).await;
    let feed = app.get(&format!("/api/v1/trainings/{id}/calendar"), &token).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.header("content-type"), Some("text/calendar; charset=utf-8"));
    let etag = feed.header("etag").unwrap().to_string();
    let again = app.get(&format!("/api/v1/trainings/{id}/calendar"), &token).await;
    assert_eq!(
        again.text.lines().filter(|l| l.starts_with("UID")).collect::<Vec<_>>(),
        feed.text.lines().filter(|l| l.starts_with("UID")).collect::<Vec<_>>()
    );
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    // The same feed through the personal link, for calendar apps without a log-in.
    let personal = app
        .call(
            Method::GET,
            &format!("/api/v1/invitations/{}/calendar", participants[0]["answerToken"].as_str().unwrap()),
            None,
            None,
        )
        .await;
    assert_eq!(personal.text, feed.text);
    // A real parser: Python's icalendar. 27 March is before the switch to summer time (UTC+1),
    // 28 March and 3 April after it (UTC+2).
    let parsed = parse_ics(&feed.text);
    assert_eq!(
        parsed,
        vec![
            "2027-03-27 08:30:00+00:00 2027-03-27 15:00:00+00:00".to_string(),
            "2027-03-28 07:30:00+00:00 2027-03-28 14:00:00+00:00".to_string(),
            "2027-04-03 07:30:00+00:00 2027-04-03 14:00:00+00:00".to_string(),
        ]
    );
});

/// Parses an iCalendar document with Python's `icalendar` and returns "start end" per event.
fn parse_ics(text: &str) -> Vec<String> {
    let python = std::env::var("ICALENDAR_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = "import sys, icalendar\ncal = icalendar.Calendar.from_ical(sys.stdin.read())\nfor e in sorted(cal.walk('VEVENT'), key=lambda e: e.decoded('DTSTART')):\n    assert e.get('UID')\n    print(e.decoded('DTSTART'), e.decoded('DTEND'))\n";
    let mut child = std::process::Command::new(&python)
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("{python} with the icalendar package is needed (scripts/ensure-tools.sh installs it): {e}")
        });
    use std::io::Write;
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "icalendar rejected the feed: {}\n{text}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().lines().map(str::to_string).collect()
}

on_both!(a_finished_training_stays_as_it_was, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let all = app.get("/api/v1/trainings?status=completed", &token).await;
    let id = all.body["items"][0]["id"].as_str().unwrap().to_string();
    let sessions = app.get(&format!("/api/v1/trainings/{id}/sessions"), &token).await;
    let day1 = sessions.body[0]["id"].as_str().unwrap().to_string();
    let participants = app.get(&format!("/api/v1/trainings/{id}/participants"), &token).await;
    let someone = participants.body[0]["id"].as_str().unwrap().to_string();
    let attendance = app
        .call(
            Method::PUT,
            &format!("/api/v1/trainings/{id}/sessions/{day1}/attendance"),
            Some(&token),
            Some(json!({"records": [{"participantId": someone, "status": "absent"}]})),
        )
        .await;
    assert_eq!(attendance.status, StatusCode::CONFLICT, "{}", attendance.text);
    let moved = app
        .patch(
            &format!("/api/v1/trainings/{id}/sessions/{day1}"),
            &token,
            json!({"date": "2026-03-07", "startTime": "09:30", "endTime": "16:00"}),
        )
        .await;
    assert_eq!(moved.status, StatusCode::CONFLICT);
    let removed =
        app.call(Method::DELETE, &format!("/api/v1/trainings/{id}/participants/{someone}"), Some(&token), None).await;
    assert_eq!(removed.status, StatusCode::CONFLICT);
    let after = app.get(&format!("/api/v1/trainings/{id}"), &token).await;
    assert_eq!((after.body["participantCount"].as_i64(), after.body["completedCount"].as_i64()), (Some(7), Some(6)));
    assert_eq!(count(&mut app.conn(), "training_attendance", "status = 'absent'"), 0, "nothing written");
});

on_both!(moves_check_if_match_times_exist_and_cancelled_days_say_so, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let (id, options, participants) =
        training_with_options(&app, &token, &["2027-03-27", "2027-04-03", "2027-04-10"]).await;
    // 02:30 on 28 March 2027 does not exist in the Netherlands: the clocks jump from 02:00 to 03:00.
    let gap = app
        .post(
            &format!("/api/v1/trainings/{id}/date-options"),
            &token,
            json!({"date": "2027-03-28", "startTime": "02:30", "endTime": "04:00"}),
        )
        .await;
    assert_eq!(gap.status, StatusCode::BAD_REQUEST);
    assert_eq!(gap.body["errors"][0]["pointer"], "/startTime");
    let sessions = app.post(&format!("/api/v1/trainings/{id}/confirm"), &token, json!({"optionIds": options})).await;
    let day1 = sessions.body[0]["id"].as_str().unwrap().to_string();
    let stale = app
        .send(
            actix_web::test::TestRequest::patch()
                .uri(&format!("/api/v1/trainings/{id}/sessions/{day1}"))
                .insert_header(("authorization", format!("Bearer {token}")))
                .insert_header(("if-match", "\"stale\""))
                .set_json(json!({"date": "2027-03-20", "startTime": "09:30", "endTime": "16:00"})),
        )
        .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    let unknown = app
        .patch(
            &format!("/api/v1/trainings/{id}/sessions/{}", uuid::Uuid::now_v7()),
            &token,
            json!({"date": "2027-04-03", "startTime": "09:30", "endTime": "16:00"}),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(count(&mut app.conn(), "training_sessions", "date = '2027-03-20'"), 0);
    let cancelled = app.patch(&format!("/api/v1/trainings/{id}"), &token, json!({"status": "cancelled"})).await;
    assert_eq!(cancelled.status, StatusCode::OK);
    let feed = app
        .call(
            Method::GET,
            &format!("/api/v1/invitations/{}/calendar", participants[0]["answerToken"].as_str().unwrap()),
            None,
            None,
        )
        .await;
    assert_eq!(feed.text.matches("STATUS:CANCELLED").count(), 3, "{}", feed.text);
    assert!(feed.text.contains("PRODID:-//Buurtverbinders//Trainingen//NL"));
    assert_eq!(parse_ics(&feed.text).len(), 3, "still valid iCalendar");
});
