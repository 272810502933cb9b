//! Groups and memberships under the programme's composition rules, at their boundaries.

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::StatusCode;
use common::*;
use serde_json::{json, Value};

fn unmet(reply: &Reply) -> Vec<String> {
    reply.body["unmetRules"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_string()).collect()
}

on_both!(a_new_group_is_forming_with_an_empty_composition, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let neighbourhood = app.neighbourhood(&token).await;
    let reply = app
        .post(
            "/api/v1/groups",
            &token,
            json!({"name": "Buurtverbinders Éénhoorn", "neighbourhoodId": neighbourhood, "description": "Nieuw"}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
    let id = reply.body["id"].as_str().unwrap();
    assert_eq!(reply.header("location"), Some(format!("/api/v1/groups/{id}").as_str()));
    assert!(reply.header("etag").is_some());
    let mut body = reply.body.clone();
    for key in ["id", "neighbourhoodId", "createdAt", "updatedAt"] {
        body[key] = Value::from("[redacted]");
    }
    insta::assert_json_snapshot!("new_group", body);
    let same_name = app
        .post("/api/v1/groups", &token, json!({"name": "Buurtverbinders Éénhoorn", "neighbourhoodId": neighbourhood}))
        .await;
    assert_eq!(same_name.body["slug"], "buurtverbinders-eenhoorn-2", "slugs stay unique");
    let unknown =
        app.post("/api/v1/groups", &token, json!({"name": "X", "neighbourhoodId": uuid::Uuid::now_v7()})).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_eq!(unknown.body["errors"][0]["pointer"], "/neighbourhoodId");
});

on_both!(the_eighth_member_is_accepted_and_the_ninth_refused, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Acht Leden").await;
    app.fill(&token, &group, 6, 1).await;
    let eighth = app.add_member(&token, &group, "Achtste Lid", true).await;
    assert_eq!(eighth.status, StatusCode::CREATED, "{}", eighth.text);
    let ninth = app.add_member(&token, &group, "Negende Lid", false).await;
    assert_eq!(ninth.status, StatusCode::CONFLICT);
    assert_eq!(ninth.header("content-type"), Some("application/problem+json"));
    assert_eq!(ninth.body["type"], "https://buurtverbinders.nl/problems/max-members");
    assert_eq!(unmet(&ninth), vec!["max_members"]);
    assert_eq!(count(&mut app.conn(), "memberships", &format!("group_id = '{group}'")), 8, "the ninth was not stored");
    let read = app.get(&format!("/api/v1/groups/{group}"), &token).await;
    assert_eq!(
        read.body["composition"],
        json!({"members": 8, "residents": 6, "professionals": 2, "isComplete": true, "unmetRules": [], "untrainedMembers": 8})
    );
});

on_both!(the_second_professional_is_accepted_and_the_third_refused, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Twee Professionals").await;
    app.fill(&token, &group, 2, 1).await;
    let second = app.add_member(&token, &group, "Tweede Professional", true).await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text);
    let third = app.add_member(&token, &group, "Derde Professional", true).await;
    assert_eq!(third.status, StatusCode::CONFLICT);
    assert_eq!(third.body["type"], "https://buurtverbinders.nl/problems/max-professionals");
    assert_eq!(count(&mut app.conn(), "memberships", &format!("group_id = '{group}' AND kind = 'professional'")), 2);
    // A resident still fits.
    assert_eq!(app.add_member(&token, &group, "Nog een Bewoner", false).await.status, StatusCode::CREATED);
});

on_both!(membership_input_is_checked_as_a_whole, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Invoer").await;
    let reply = app
        .post(
            &format!("/api/v1/groups/{group}/members"),
            &token,
            json!({"personId": uuid::Uuid::now_v7(), "kind": "professional"}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let pointers: Vec<&str> =
        reply.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, vec!["/personId", "/professionalRole"]);
    let person = app.person(&token, "Dubbel Lid").await;
    let body = json!({"personId": person, "kind": "resident"});
    assert_eq!(
        app.post(&format!("/api/v1/groups/{group}/members"), &token, body.clone()).await.status,
        StatusCode::CREATED
    );
    let twice = app.post(&format!("/api/v1/groups/{group}/members"), &token, body).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(twice.body["type"], "https://buurtverbinders.nl/problems/already-member");
});

on_both!(activation_lists_every_unmet_rule, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    // (residents, professionals) → the rules that fail.
    let cases: [(usize, usize, &[&str]); 5] = [
        (0, 0, &["min_members", "min_professionals", "resident_majority"]),
        (4, 0, &["min_members", "min_professionals"]),
        (5, 0, &["min_professionals"]),
        (3, 1, &["min_members"]),
        (1, 2, &["min_members", "resident_majority"]),
    ];
    for (residents, professionals, expected) in cases {
        let group = app.group(&token, &format!("Activatie {residents} {professionals}")).await;
        app.fill(&token, &group, residents, professionals).await;
        let reply = app.patch(&format!("/api/v1/groups/{group}"), &token, json!({"status": "active"})).await;
        assert_eq!(reply.status, StatusCode::CONFLICT, "{residents}+{professionals}: {}", reply.text);
        assert_eq!(reply.body["type"], "https://buurtverbinders.nl/problems/composition-rules");
        assert_eq!(unmet(&reply), expected, "{residents}+{professionals}");
        let read = app.get(&format!("/api/v1/groups/{group}"), &token).await;
        assert_eq!(read.body["status"], "forming", "nothing changed");
        assert_eq!(read.body["composition"]["unmetRules"], json!(expected));
    }
    // Exactly at the boundaries: 4 residents + 1 professional, and 6 + 2.
    for (residents, professionals) in [(4, 1), (6, 2)] {
        let group = app.group(&token, &format!("Compleet {residents} {professionals}")).await;
        app.fill(&token, &group, residents, professionals).await;
        let reply = app.patch(&format!("/api/v1/groups/{group}"), &token, json!({"status": "active"})).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        assert_eq!(reply.body["status"], "active");
        assert_eq!(count(&mut app.conn(), "groups", &format!("id = '{group}' AND status = 'active'")), 1);
    }
});

on_both!(status_moves_only_along_the_life_cycle, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Levensloop").await;
    app.fill(&token, &group, 4, 1).await;
    let path = format!("/api/v1/groups/{group}");
    assert_eq!(
        app.patch(&path, &token, json!({"status": "paused"})).await.status,
        StatusCode::CONFLICT,
        "forming cannot pause"
    );
    for (to, expected) in
        [("active", 200), ("paused", 200), ("active", 200), ("ended", 200), ("active", 409), ("forming", 409)]
    {
        let reply = app.patch(&path, &token, json!({"status": to})).await;
        assert_eq!(reply.status.as_u16(), expected, "to {to}: {}", reply.text);
    }
    let ended = app.add_member(&token, &group, "Te Laat", false).await;
    assert_eq!(ended.status, StatusCode::CONFLICT);
    assert_eq!(ended.body["type"], "https://buurtverbinders.nl/problems/group-ended");
});

on_both!(ending_a_membership_keeps_history_and_frees_a_place, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Vol").await;
    app.fill(&token, &group, 7, 1).await;
    assert_eq!(app.add_member(&token, &group, "Wachtende", false).await.status, StatusCode::CONFLICT);
    let members = app.get(&format!("/api/v1/groups/{group}/members?current=true&kind=resident"), &token).await;
    let leaving = members.body["items"][0].clone();
    let id = leaving["id"].as_str().unwrap();
    let path = format!("/api/v1/groups/{group}/members/{id}");
    let before_join = app.patch(&path, &token, json!({"leftOn": "2000-01-01"})).await;
    assert_eq!(before_join.status, StatusCode::BAD_REQUEST);
    assert_eq!(before_join.body["errors"][0]["pointer"], "/leftOn");
    let today = chrono::Utc::now().date_naive().to_string();
    let ended = app.patch(&path, &token, json!({"leftOn": today})).await;
    assert_eq!(ended.status, StatusCode::OK, "{}", ended.text);
    assert_eq!(ended.body["leftOn"], today);
    assert_eq!(ended.body["isCurrent"], false);
    assert_eq!(
        count(&mut app.conn(), "memberships", &format!("id = '{id}' AND left_on IS NOT NULL")),
        1,
        "kept, not deleted"
    );
    let group_now = app.get(&format!("/api/v1/groups/{group}"), &token).await;
    assert_eq!(group_now.body["composition"]["members"], 7);
    let history = app.get(&format!("/api/v1/groups/{group}/members"), &token).await;
    assert_eq!(history.body["items"].as_array().unwrap().len(), 8, "the whole history");
    let former = app.get(&format!("/api/v1/groups/{group}/members?current=false"), &token).await;
    assert_eq!(former.body["items"].as_array().unwrap().len(), 1);
    assert_eq!(former.body["items"][0]["id"], id);
    assert_eq!(
        app.add_member(&token, &group, "Nieuwkomer", false).await.status,
        StatusCode::CREATED,
        "the place is free"
    );
});

on_both!(groups_filter_by_status_and_neighbourhood, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let forming = app.get("/api/v1/groups?status=forming", &token).await;
    let names: Vec<&str> =
        forming.body["items"].as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Buurtverbinders Kastanjeplein", "Buurtverbinders Molenwijk"]);
    let kastanje = &forming.body["items"][0];
    assert_eq!(kastanje["composition"]["unmetRules"], json!(["min_professionals"]));
    let molen = &forming.body["items"][1];
    assert_eq!(molen["composition"]["unmetRules"], json!(["min_members"]));
    let by_neighbourhood = app
        .get(&format!("/api/v1/groups?neighbourhoodId={}", kastanje["neighbourhoodId"].as_str().unwrap()), &token)
        .await;
    assert_eq!(by_neighbourhood.body["items"].as_array().unwrap().len(), 1);
    let bad = app.get("/api/v1/groups?status=sleeping", &token).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let active = app.get("/api/v1/groups?status=active", &token).await;
    assert_eq!(active.body["items"][0]["composition"]["isComplete"], true);
});

on_both!(demo_data_is_idempotent, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let tables =
        ["neighbourhoods", "people", "accounts", "groups", "memberships", "trainings", "training_participants"];
    let before: Vec<i64> = tables.iter().map(|t| count(&mut app.conn(), t, "1 = 1")).collect();
    assert_eq!(before, vec![3, 15, 4, 3, 15, 2, 15]);
    app.seed();
    let after: Vec<i64> = tables.iter().map(|t| count(&mut app.conn(), t, "1 = 1")).collect();
    assert_eq!(before, after);
});

on_both!(concurrent_additions_never_exceed_eight_members, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Gelijktijdig").await;
    app.fill(&token, &group, 5, 1).await;
    let mut people = Vec::new();
    for i in 0..8 {
        people.push(app.person(&token, &format!("Tegelijk {i}")).await);
    }
    let path = format!("/api/v1/groups/{group}/members");
    let requests = people.iter().map(|person| app.post(&path, &token, json!({"personId": person, "kind": "resident"})));
    let replies = futures_util::future::join_all(requests).await;
    let created = replies.iter().filter(|r| r.status == StatusCode::CREATED).count();
    let refused = replies.iter().filter(|r| r.status == StatusCode::CONFLICT).count();
    assert_eq!((created, refused), (2, 6), "{:?}", replies.iter().map(|r| r.status).collect::<Vec<_>>());
    assert_eq!(count(&mut app.conn(), "memberships", &format!("group_id = '{group}'")), 8);
});

on_both!(an_ended_membership_cannot_be_reopened_past_the_rules, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Heropenen").await;
    app.fill(&token, &group, 7, 1).await;
    let members = app.get(&format!("/api/v1/groups/{group}/members?kind=resident"), &token).await;
    let id = members.body["items"][0]["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/groups/{group}/members/{id}");
    let today = chrono::Utc::now().date_naive();
    assert_eq!(app.patch(&path, &token, json!({"leftOn": today.to_string()})).await.status, StatusCode::OK);
    assert_eq!(
        app.add_member(&token, &group, "Opvolger", false).await.status,
        StatusCode::CREATED,
        "the group is full again"
    );
    let reopen = app.patch(&path, &token, json!({"leftOn": (today + chrono::TimeDelta::days(30)).to_string()})).await;
    assert_eq!(reopen.status, StatusCode::CONFLICT, "{}", reopen.text);
    assert_eq!(reopen.body["type"], "https://buurtverbinders.nl/problems/membership-ended");
    let read = app.get(&format!("/api/v1/groups/{group}"), &token).await;
    assert_eq!(read.body["composition"]["members"], 8);
    // Correcting the day someone left stays possible.
    let corrected = app.patch(&path, &token, json!({"leftOn": (today - chrono::TimeDelta::days(1)).max(chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()).to_string()})).await;
    assert!(corrected.status == StatusCode::OK || corrected.status == StatusCode::BAD_REQUEST, "{}", corrected.text);
    // Joining in the future is refused.
    let person = app.person(&token, "Later Lid").await;
    let future = app
        .post(
            &format!("/api/v1/groups/{group}/members"),
            &token,
            json!({"personId": person, "kind": "resident", "joinedOn": "2099-01-01"}),
        )
        .await;
    assert_eq!(future.status, StatusCode::BAD_REQUEST);
    assert_eq!(future.body["errors"][0]["pointer"], "/joinedOn");
});

on_both!(a_professional_too_many_in_a_full_group_breaks_both_rules, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let group = app.group(&token, "Dubbel Vol").await;
    app.fill(&token, &group, 6, 2).await;
    let reply = app.add_member(&token, &group, "Derde Professional Te Veel", true).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.body["type"], "https://buurtverbinders.nl/problems/composition-rules");
    assert_eq!(unmet(&reply), vec!["max_members", "max_professionals"]);
});

on_both!(only_coordinators_and_the_professional_end_a_professionals_membership, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let professional = app.login("professional@example.org").await;
    let coordinator = app.login("coordinator@example.org").await;
    let linde = app.group_by_slug(&coordinator, "buurtverbinders-de-linde").await;
    let members =
        app.get(&format!("/api/v1/groups/{linde}/members?current=true&kind=professional"), &coordinator).await;
    let by_name = |name: &str| {
        let item = members.body["items"].as_array().unwrap().iter().find(|m| m["personName"] == name).unwrap();
        format!("/api/v1/groups/{linde}/members/{}", item["id"].as_str().unwrap())
    };
    let (petra, sander) = (by_name("Petra Smulders"), by_name("Sander Kuipers"));
    let today = chrono::Utc::now().date_naive().to_string();

    // A connector cannot take the professionals out of their group; nothing is written.
    for path in [&petra, &sander] {
        let refused = app.patch(path, &connector, json!({"leftOn": today})).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    }
    assert_eq!(
        count(
            &mut app.conn(),
            "memberships",
            &format!("group_id = '{linde}' AND kind = 'professional' AND left_on IS NULL")
        ),
        2
    );
    // The professional ends their own; a coordinator the other's.
    let own = app.patch(&petra, &professional, json!({"leftOn": today})).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text);
    let by_coordinator = app.patch(&sander, &coordinator, json!({"leftOn": today})).await;
    assert_eq!(by_coordinator.status, StatusCode::OK, "{}", by_coordinator.text);
    // The active group now shows the rule it no longer meets.
    let group = app.get(&format!("/api/v1/groups/{linde}"), &coordinator).await;
    assert_eq!(group.body["status"], "active");
    assert_eq!(group.body["composition"]["unmetRules"], json!(["min_professionals"]), "{}", group.text);
});

on_both!(a_person_in_another_group_is_added_only_when_the_caller_confirms, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let token = app.login("coordinator@example.org").await;
    let first = app.group(&token, "Eerste Groep").await;
    let second = app.group(&token, "Tweede Groep").await;
    let person = app.person(&token, "Twee Groepen").await;
    let path = |group: &str| format!("/api/v1/groups/{group}/members");
    let body = json!({"personId": person, "kind": "resident"});
    assert_eq!(app.post(&path(&first), &token, body.clone()).await.status, StatusCode::CREATED);

    let warned = app.post(&path(&second), &token, body.clone()).await;
    assert_eq!(warned.status, StatusCode::CONFLICT, "{}", warned.text);
    assert_eq!(warned.body["type"], "https://buurtverbinders.nl/problems/member-of-other-group");
    assert_eq!(warned.body["otherGroups"], json!(["Eerste Groep"]));
    assert!(warned.body["detail"].as_str().unwrap().contains("Eerste Groep"), "{}", warned.text);
    assert_eq!(count(&mut app.conn(), "memberships", &format!("person_id = '{person}'")), 1, "nothing stored");

    let confirmed = app
        .post(&path(&second), &token, json!({"personId": person, "kind": "resident", "confirmOtherGroups": true}))
        .await;
    assert_eq!(confirmed.status, StatusCode::CREATED, "{}", confirmed.text);
    assert_eq!(count(&mut app.conn(), "memberships", &format!("person_id = '{person}'")), 2);

    // An ended group no longer counts.
    let third = app.group(&token, "Derde Groep").await;
    let other = app.person(&token, "Ooit Lid").await;
    let other_body = json!({"personId": other, "kind": "resident"});
    assert_eq!(app.post(&path(&third), &token, other_body.clone()).await.status, StatusCode::CREATED);
    let ended = app.patch(&format!("/api/v1/groups/{third}"), &token, json!({"status": "ended"})).await;
    assert_eq!(ended.status, StatusCode::OK, "{}", ended.text);
    assert_eq!(app.post(&path(&first), &token, other_body).await.status, StatusCode::CREATED);
});
