//! Log-in, tokens, rotation and revocation, and access per role and per object (DESIGN.md §5).

#![allow(clippy::unwrap_used)]

mod common;

use actix_web::http::{Method, StatusCode};
use actix_web::test::TestRequest;
use common::*;
use serde_json::json;

on_both!(login_returns_tokens_and_me_describes_the_account, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let reply = app.login_reply("Connector@Example.org", "buurtverbinders-demo").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert_eq!(reply.body["tokenType"], "Bearer");
    assert_eq!(reply.body["expiresIn"], 900);
    assert!(reply.body["refreshToken"].as_str().unwrap().len() >= 40);
    let cookie = reply.header("set-cookie").expect("refresh cookie");
    assert!(
        cookie.starts_with("refresh_token=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let token = reply.body["accessToken"].as_str().unwrap();
    let me = app.get("/api/v1/me", token).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["account"]["email"], "connector@example.org");
    assert_eq!(me.body["account"]["role"], "connector");
    assert_eq!(me.body["groupIds"].as_array().unwrap().len(), 1, "the connector is in one group");
    assert!(me.text.find("passwordHash").is_none() && me.text.find("argon2").is_none());
});

on_both!(wrong_password_and_unknown_email_answer_the_same, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let wrong = app.login_reply("coordinator@example.org", "not-the-password").await;
    let unknown = app.login_reply("nobody@example.org", "not-the-password").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.body, unknown.body);
    assert_eq!(wrong.header("www-authenticate"), Some("Bearer"));
});

on_both!(login_is_rate_limited_with_retry_after, |backend| async move {
    let app = app_with(backend, |c| c.login_rate_limit_per_minute = 3).await;
    for _ in 0..3 {
        assert_eq!(app.login_reply("x@example.org", "wrong-password").await.status, StatusCode::UNAUTHORIZED);
    }
    let limited = app.login_reply("x@example.org", "wrong-password").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.header("content-type"), Some("application/problem+json"));
    let retry: u64 = limited.header("retry-after").expect("Retry-After").parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
});

on_both!(api_clients_token_requests_are_limited_apart_from_log_ins, |backend| async move {
    let app = app_with(backend, |c| {
        c.login_rate_limit_per_minute = 2;
        c.token_rate_limit_per_minute = 3;
    })
    .await;
    app.seed();
    let token_request = || {
        actix_web::test::TestRequest::post()
            .uri("/api/v1/oauth/token")
            .insert_header(("content-type", "application/x-www-form-urlencoded"))
            .set_payload(format!(
                "grant_type=client_credentials&client_id={}&client_secret={}",
                api::seed::DEMO_CLIENT_ID,
                api::seed::DEMO_CLIENT_SECRET
            ))
    };
    for _ in 0..3 {
        assert_eq!(app.send(token_request()).await.status, StatusCode::OK);
    }
    assert_eq!(app.send(token_request()).await.status, StatusCode::TOO_MANY_REQUESTS);
    // The staff still log in: the sync job used up its own limit, not theirs.
    assert_eq!(app.login_reply("coordinator@example.org", api::seed::DEMO_PASSWORD).await.status, StatusCode::OK);
});

on_both!(requests_without_valid_tokens_are_refused, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let none = app.call(Method::GET, "/api/v1/groups", None, None).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.header("content-type"), Some("application/problem+json"));
    let garbage = app.get("/api/v1/groups", "not.a.jwt").await;
    assert_eq!(garbage.status, StatusCode::UNAUTHORIZED);

    // An expired token (well past the 30 s leeway), signed with the right key.
    let now = chrono::Utc::now().timestamp();
    let account_id = {
        let me = app.get("/api/v1/me", &app.login("admin@example.org").await).await;
        me.body["account"]["id"].as_str().unwrap().to_string()
    };
    let claims = api::access::tokens::Claims {
        sub: account_id.clone(),
        role: Some("admin".into()),
        client_id: None,
        scope: None,
        sid: None,
        iss: "buurtverbinders".into(),
        aud: "buurtverbinders-api".into(),
        iat: now - 3600,
        exp: now - 120,
        jti: "x".into(),
    };
    let key = jsonwebtoken::EncodingKey::from_secret(&app.config.jwt_secret).unwrap();
    let expired = jsonwebtoken::encode(&jsonwebtoken::Header::default(), &claims, &key).unwrap();
    let reply = app.get("/api/v1/groups", &expired).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert!(reply.body["detail"].as_str().unwrap().contains("expired"), "{}", reply.text);

    // A token for another audience, and one signed with another key.
    let other_audience = api::access::tokens::Claims { aud: "someone-else".into(), exp: now + 600, ..claims };
    let token = jsonwebtoken::encode(&jsonwebtoken::Header::default(), &other_audience, &key).unwrap();
    assert_eq!(app.get("/api/v1/groups", &token).await.status, StatusCode::UNAUTHORIZED);
    let foreign_key = jsonwebtoken::EncodingKey::from_secret(b"another-secret-another-secret-1234").unwrap();
    let valid_claims = api::access::tokens::Claims { aud: "buurtverbinders-api".into(), ..other_audience };
    let token = jsonwebtoken::encode(&jsonwebtoken::Header::default(), &valid_claims, &foreign_key).unwrap();
    assert_eq!(app.get("/api/v1/groups", &token).await.status, StatusCode::UNAUTHORIZED);
});

on_both!(refresh_rotates_and_reuse_revokes_everything, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let login = app.login_reply("coordinator@example.org", "buurtverbinders-demo").await;
    let first = login.body["refreshToken"].as_str().unwrap().to_string();
    let rotated = app.call(Method::POST, "/api/v1/auth/refresh", None, Some(json!({"refreshToken": first}))).await;
    assert_eq!(rotated.status, StatusCode::OK, "{}", rotated.text);
    let second = rotated.body["refreshToken"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    assert_eq!(app.get("/api/v1/me", rotated.body["accessToken"].as_str().unwrap()).await.status, StatusCode::OK);
    // The first token was used: presenting it again means it leaked, so every token goes.
    let reuse = app.call(Method::POST, "/api/v1/auth/refresh", None, Some(json!({"refreshToken": first}))).await;
    assert_eq!(reuse.status, StatusCode::UNAUTHORIZED);
    let after = app.call(Method::POST, "/api/v1/auth/refresh", None, Some(json!({"refreshToken": second}))).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED, "the newer token was revoked too");
    assert_eq!(count(&mut app.conn(), "refresh_tokens", "revoked_at IS NULL"), 0);
    // The refresh token in the cookie works as well.
    let login = app.login_reply("coordinator@example.org", "buurtverbinders-demo").await;
    let token = login.body["refreshToken"].as_str().unwrap();
    let by_cookie = app
        .send(
            TestRequest::post()
                .uri("/api/v1/auth/refresh")
                .cookie(actix_web::cookie::Cookie::new("refresh_token", token.to_string())),
        )
        .await;
    assert_eq!(by_cookie.status, StatusCode::OK, "{}", by_cookie.text);
});

on_both!(logout_and_password_change_revoke_refresh_tokens, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let login = app.login_reply("connector@example.org", "buurtverbinders-demo").await;
    let refresh = login.body["refreshToken"].as_str().unwrap().to_string();
    let out = app.call(Method::POST, "/api/v1/auth/logout", None, Some(json!({"refreshToken": refresh}))).await;
    assert_eq!(out.status, StatusCode::NO_CONTENT);
    let again = app.call(Method::POST, "/api/v1/auth/refresh", None, Some(json!({"refreshToken": refresh}))).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);

    let login = app.login_reply("connector@example.org", "buurtverbinders-demo").await;
    let refresh = login.body["refreshToken"].as_str().unwrap().to_string();
    let admin = app.login("admin@example.org").await;
    let me = app.get("/api/v1/me", login.body["accessToken"].as_str().unwrap()).await;
    let id = me.body["account"]["id"].as_str().unwrap();
    let changed =
        app.patch(&format!("/api/v1/accounts/{id}"), &admin, json!({"password": "een-nieuw-wachtwoord"})).await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let again = app.call(Method::POST, "/api/v1/auth/refresh", None, Some(json!({"refreshToken": refresh}))).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.login_reply("connector@example.org", "buurtverbinders-demo").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.login_reply("connector@example.org", "een-nieuw-wachtwoord").await.status, StatusCode::OK);

    // Disabling stops the access token at once.
    let token = app.login("professional@example.org").await;
    let me = app.get("/api/v1/me", &token).await;
    let id = me.body["account"]["id"].as_str().unwrap();
    assert_eq!(
        app.patch(&format!("/api/v1/accounts/{id}"), &admin, json!({"disabled": true})).await.status,
        StatusCode::OK
    );
    assert_eq!(app.get("/api/v1/me", &token).await.status, StatusCode::UNAUTHORIZED);
});

on_both!(only_admins_manage_accounts, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let coordinator = app.login("coordinator@example.org").await;
    let body = json!({"email": "new@example.org", "displayName": "Nieuw", "role": "connector", "password": "lang-genoeg-wachtwoord"});
    let refused = app.post("/api/v1/accounts", &coordinator, body.clone()).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/api/v1/accounts", &coordinator).await.status, StatusCode::FORBIDDEN);
    let admin = app.login("admin@example.org").await;
    let created = app.post("/api/v1/accounts", &admin, body.clone()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert!(created.header("location").unwrap().ends_with(created.body["id"].as_str().unwrap()));
    let duplicate = app.post("/api/v1/accounts", &admin, body).await;
    assert_eq!(duplicate.status, StatusCode::CONFLICT);
    let short = app
        .post("/api/v1/accounts", &admin, json!({"email": "x", "displayName": "", "role": "boss", "password": "kort"}))
        .await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    let mut pointers: Vec<&str> =
        short.body["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    pointers.sort();
    assert_eq!(pointers, vec!["/displayName", "/email", "/password", "/role"]);
    assert_eq!(count(&mut app.conn(), "accounts", "email = 'new@example.org'"), 1);
});

on_both!(contact_details_follow_group_membership, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await; // member of De Linde
    let coordinator = app.login("coordinator@example.org").await;
    let people = app.get("/api/v1/people?name=esra", &connector).await; // Esra is in Kastanjeplein
    let esra = &people.body["items"][0];
    assert_eq!(esra["name"], "Esra Kaya");
    assert_eq!(esra["contactDetailsVisible"], false);
    assert!(esra["email"].is_null() && esra["phone"].is_null() && esra["postcode"].is_null());
    let own = app.get("/api/v1/people?name=bram", &connector).await; // Bram is in De Linde
    assert_eq!(own.body["items"][0]["email"], "bram.hoekstra@example.org");
    let all = app.get("/api/v1/people?name=esra", &coordinator).await;
    assert_eq!(all.body["items"][0]["email"], "esra.kaya@example.org");
    // Single reads follow the same rule, and others' details cannot be changed.
    let esra_id = esra["id"].as_str().unwrap();
    let read = app.get(&format!("/api/v1/people/{esra_id}"), &connector).await;
    assert!(read.body["email"].is_null());
    assert!(!read.text.contains("esra.kaya@"));
    let change = app.patch(&format!("/api/v1/people/{esra_id}"), &connector, json!({"phone": "0612345678"})).await;
    assert_eq!(change.status, StatusCode::FORBIDDEN);
    assert!(!change.text.contains("esra.kaya@"));
    assert_eq!(count(&mut app.conn(), "people", "phone = '0612345678'"), 0);
});

on_both!(members_and_changes_are_limited_to_own_groups, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await;
    let groups = app.get("/api/v1/groups", &connector).await;
    let id_of = |name: &str| {
        groups.body["items"].as_array().unwrap().iter().find(|g| g["name"] == name).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let own = id_of("Buurtverbinders De Linde");
    let other = id_of("Buurtverbinders Kastanjeplein");
    assert_eq!(app.get(&format!("/api/v1/groups/{own}/members"), &connector).await.status, StatusCode::OK);
    let refused = app.get(&format!("/api/v1/groups/{other}/members"), &connector).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!refused.text.contains("Esra"), "nothing of the other group leaks");
    let patch = app.patch(&format!("/api/v1/groups/{other}"), &connector, json!({"description": "overgenomen"})).await;
    assert_eq!(patch.status, StatusCode::FORBIDDEN);
    let person = app.person(&connector, "Nieuwe Buur").await;
    let add = app
        .post(&format!("/api/v1/groups/{other}/members"), &connector, json!({"personId": person, "kind": "resident"}))
        .await;
    assert_eq!(add.status, StatusCode::FORBIDDEN);
    assert_eq!(count(&mut app.conn(), "memberships", &format!("group_id = '{other}'")), 5, "nothing added");
    // Own group: a connector edits the description, but not the status.
    let own_patch =
        app.patch(&format!("/api/v1/groups/{own}"), &connector, json!({"meetingPlace": "Bibliotheek"})).await;
    assert_eq!(own_patch.status, StatusCode::OK, "{}", own_patch.text);
    let status = app.patch(&format!("/api/v1/groups/{own}"), &connector, json!({"status": "paused"})).await;
    assert_eq!(status.status, StatusCode::FORBIDDEN);
    // Creating groups and neighbourhoods is for coordinators.
    let create = app
        .post("/api/v1/groups", &connector, json!({"name": "Eigen groep", "neighbourhoodId": uuid::Uuid::now_v7()}))
        .await;
    assert_eq!(create.status, StatusCode::FORBIDDEN);
    let professional = app.login("professional@example.org").await;
    assert_eq!(app.get(&format!("/api/v1/groups/{own}/members"), &professional).await.status, StatusCode::OK);
    assert_eq!(app.get(&format!("/api/v1/groups/{other}/members"), &professional).await.status, StatusCode::FORBIDDEN);
});

on_both!(members_cannot_pull_someone_else_into_their_group_to_see_their_details, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let connector = app.login("connector@example.org").await; // member of De Linde
    let groups = app.get("/api/v1/groups?status=active", &connector).await;
    let linde = groups.body["items"][0]["id"].as_str().unwrap().to_string();
    // Make room first: De Linde is at 7 of 8.
    let ilse = app.get("/api/v1/people?name=ilse", &connector).await.body["items"][0].clone();
    assert_eq!(ilse["contactDetailsVisible"], false);
    let refused = app
        .post(
            &format!("/api/v1/groups/{linde}/members"),
            &connector,
            json!({"personId": ilse["id"], "kind": "resident"}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    let again = app.get(&format!("/api/v1/people/{}", ilse["id"].as_str().unwrap()), &connector).await;
    assert!(again.body["email"].is_null(), "still hidden");
    assert_eq!(count(&mut app.conn(), "memberships", &format!("group_id = '{linde}'")), 7, "nothing added");
    // Someone the connector entered themself can join.
    let neighbour = app.person(&connector, "Nieuwe Buurvrouw").await;
    let added = app
        .post(
            &format!("/api/v1/groups/{linde}/members"),
            &connector,
            json!({"personId": neighbour, "kind": "resident"}),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    // A coordinator can add anyone; someone in another group after confirming.
    let coordinator = app.login("coordinator@example.org").await;
    let group = app.group(&coordinator, "Coördinatorgroep").await;
    let warned = app
        .post(
            &format!("/api/v1/groups/{group}/members"),
            &coordinator,
            json!({"personId": ilse["id"], "kind": "resident"}),
        )
        .await;
    assert_eq!(warned.body["type"], "https://buurtverbinders.nl/problems/member-of-other-group", "{}", warned.text);
    let by_coordinator = app
        .post(
            &format!("/api/v1/groups/{group}/members"),
            &coordinator,
            json!({"personId": ilse["id"], "kind": "resident", "confirmOtherGroups": true}),
        )
        .await;
    assert_eq!(by_coordinator.status, StatusCode::CREATED);
});

on_both!(an_invited_account_sets_its_own_password_through_a_link_that_works_once, |backend| async move {
    let app = app_with(backend, |config| config.public_write_rate_limit_per_minute = 1000).await;
    app.seed();
    let admin = app.login("admin@example.org").await;
    let created = app
        .post(
            "/api/v1/accounts",
            &admin,
            json!({"email": "Nieuw@Example.org", "displayName": "Nieuwe Verbinder", "role": "connector"}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(created.body["passwordSet"], false);
    let id = created.body["id"].as_str().unwrap().to_string();
    // Without a password nobody logs in, whatever they type.
    assert_eq!(app.login_reply("nieuw@example.org", "!").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.login_reply("nieuw@example.org", "").await.status, StatusCode::UNAUTHORIZED);

    let coordinator = app.login("coordinator@example.org").await;
    let refused = app.post(&format!("/api/v1/accounts/{id}/password-link"), &coordinator, json!({})).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "admins only");
    let first = app.post(&format!("/api/v1/accounts/{id}/password-link"), &admin, json!({})).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    assert_eq!(first.body["purpose"], "invitation");
    let link = app.post(&format!("/api/v1/accounts/{id}/password-link"), &admin, json!({})).await;
    let token = link.body["token"].as_str().unwrap().to_string();
    assert_eq!(token.len(), 43);
    assert_eq!(count(&mut app.conn(), "password_links", &format!("token_hash = '{token}'")), 0, "only a hash is kept");
    assert_eq!(
        count(&mut app.conn(), "password_links", &format!("account_id = '{id}'")),
        1,
        "a new link replaces the old"
    );
    let old = format!("/api/v1/public/password-links/{}", first.body["token"].as_str().unwrap());
    assert_eq!(app.call(Method::GET, &old, None, None).await.status, StatusCode::NOT_FOUND);

    let path = format!("/api/v1/public/password-links/{token}");
    let info = app.call(Method::GET, &path, None, None).await;
    assert_eq!(info.status, StatusCode::OK, "{}", info.text);
    assert_eq!(info.body["displayName"], "Nieuwe Verbinder");
    assert_eq!(info.body["email"], "nieuw@example.org");
    assert_eq!(info.header("cache-control"), Some("no-store"));
    let short = app.call(Method::POST, &path, None, Some(json!({"password": "kort"}))).await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    assert_eq!(short.body["errors"][0]["pointer"], "/password");
    let blank = app.call(Method::POST, &path, None, Some(json!({"password": " ".repeat(12)}))).await;
    assert_eq!(blank.status, StatusCode::BAD_REQUEST, "twelve spaces are no password: {}", blank.text);
    let set = app.call(Method::POST, &path, None, Some(json!({"password": "mijn-eigen-wachtwoord"}))).await;
    assert_eq!(set.status, StatusCode::NO_CONTENT, "{}", set.text);
    assert_eq!(app.login_reply("nieuw@example.org", "mijn-eigen-wachtwoord").await.status, StatusCode::OK);
    let again = app.call(Method::POST, &path, None, Some(json!({"password": "nog-een-wachtwoord"}))).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "a link works once");
    assert_eq!(app.login_reply("nieuw@example.org", "nog-een-wachtwoord").await.status, StatusCode::UNAUTHORIZED);
    let account = app.get(&format!("/api/v1/accounts/{id}"), &admin).await;
    assert_eq!(account.body["passwordSet"], true);

    // A reset: the old password works until the new one is set; then every session ends.
    let signed_in = app.login_reply("nieuw@example.org", "mijn-eigen-wachtwoord").await;
    let refresh_token = signed_in.body["refreshToken"].as_str().unwrap().to_string();
    let reset = app.post(&format!("/api/v1/accounts/{id}/password-link"), &admin, json!({})).await;
    assert_eq!(reset.body["purpose"], "reset");
    let reset_path = format!("/api/v1/public/password-links/{}", reset.body["token"].as_str().unwrap());
    assert_eq!(app.login_reply("nieuw@example.org", "mijn-eigen-wachtwoord").await.status, StatusCode::OK);
    let set = app.call(Method::POST, &reset_path, None, Some(json!({"password": "een-nieuw-wachtwoord"}))).await;
    assert_eq!(set.status, StatusCode::NO_CONTENT);
    assert_eq!(app.login_reply("nieuw@example.org", "mijn-eigen-wachtwoord").await.status, StatusCode::UNAUTHORIZED);
    let refreshed =
        app.call(Method::POST, "/api/v1/auth/refresh", None, Some(json!({"refreshToken": refresh_token}))).await;
    assert_eq!(refreshed.status, StatusCode::UNAUTHORIZED, "sessions from before the reset end");

    // An expired link does not work.
    let late = app.post(&format!("/api/v1/accounts/{id}/password-link"), &admin, json!({})).await;
    let late_path = format!("/api/v1/public/password-links/{}", late.body["token"].as_str().unwrap());
    let mut conn = app.conn();
    diesel::RunQueryDsl::execute(
        diesel::sql_query(format!(
            "UPDATE password_links SET expires_at = created_at WHERE account_id = '{id}' AND used_at IS NULL"
        )),
        &mut conn,
    )
    .unwrap();
    drop(conn);
    assert_eq!(app.call(Method::GET, &late_path, None, None).await.status, StatusCode::NOT_FOUND);
    let unknown = app.call(Method::GET, "/api/v1/public/password-links/bestaat-niet", None, None).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
});

on_both!(an_admin_changes_roles_and_disables_others_but_never_their_own_account, |backend| async move {
    let app = app(backend).await;
    app.seed();
    let admin = app.login("admin@example.org").await;
    let me = app.get("/api/v1/me", &admin).await;
    let own = me.body["account"]["id"].as_str().unwrap().to_string();
    for body in [json!({"role": "connector"}), json!({"disabled": true})] {
        let refused = app.patch(&format!("/api/v1/accounts/{own}"), &admin, body).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    }
    assert_eq!(count(&mut app.conn(), "accounts", &format!("id = '{own}' AND role = 'admin' AND disabled = false")), 1);
    let renamed = app.patch(&format!("/api/v1/accounts/{own}"), &admin, json!({"displayName": "Beheer"})).await;
    assert_eq!(renamed.status, StatusCode::OK, "their own name they change");

    let connector = app.login("connector@example.org").await;
    let them = app.get("/api/v1/me", &connector).await.body["account"]["id"].as_str().unwrap().to_string();
    let promoted = app.patch(&format!("/api/v1/accounts/{them}"), &admin, json!({"role": "coordinator"})).await;
    assert_eq!(promoted.status, StatusCode::OK, "{}", promoted.text);
    assert_eq!(promoted.body["role"], "coordinator");
    let disabled = app.patch(&format!("/api/v1/accounts/{them}"), &admin, json!({"disabled": true})).await;
    assert_eq!(disabled.body["disabled"], true);
    assert_eq!(
        app.login_reply("connector@example.org", api::seed::DEMO_PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
});
